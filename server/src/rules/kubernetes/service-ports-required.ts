// NL216: a Service without ports; only headless and ExternalName Services may leave them out.

import { isSeq } from 'yaml';
import { get, pairOf } from '../../yaml/nodes';
import { defineRule } from '../rule';
import { required } from './k8s-validation';
import { intact, isHeadless, keySpan, kindSpan } from './service-spec';
import { servicesOf } from './service';

export default defineRule({
  code: 'NL216',
  name: 'service-ports-required',
  group: 'kubernetes',
  severity: 'error',
  description: 'A Service needs at least one port unless it is headless (clusterIP: None) or of type ExternalName.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/core/validation/validation.go ValidateService' },
  fixable: false,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      if (svc.type === 'ExternalName' || isHeadless(svc) || !intact(svc.resource)) continue;
      const ports = get(svc.spec, 'ports');
      if (isSeq(ports) && ports.items.length > 0) continue;
      // A value we cannot read (a template, a scalar) is another problem; only a missing or empty list is this one.
      if (ports !== undefined && !isSeq(ports)) continue;
      const present = pairOf(svc.spec, 'ports');
      const span = present ? keySpan(present) : kindSpan(svc.resource.root);
      if (span) ctx.report({ span, message: required(['spec', 'ports']) });
    }
  },
});
