// NL206: spec.clusterIP and spec.clusterIPs disagree: the first cluster IP must be clusterIP, and clusterIPs
// must be empty when clusterIP is not set.

import type { Scalar } from 'yaml';
import type { Fix } from '../../types';
import { asMap, pairOf } from '../../yaml/nodes';
import { replaceScalarValue } from '../../yaml/edits';
import { isTemplatedValue } from '../../yaml/template';
import { defineRule } from '../rule';
import { invalid } from './k8s-validation';
import { insertPairBefore } from './pair-edits';
import { listValue } from './service-cluster-ips';
import { intact } from './service-spec';
import { servicesOf } from './service';

export default defineRule({
  code: 'NL206',
  name: 'service-cluster-ip-mismatch',
  group: 'kubernetes',
  severity: 'error',
  description: 'A Service\'s spec.clusterIPs must start with spec.clusterIP, and must be empty when spec.clusterIP is not set.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/core/validation/validation.go ValidateServiceClusterIPsRelatedFields; pkg/registry/core/service/storage/rest.go normalizeClusterIPs',
    note: 'On create a lone clusterIP is copied into an empty clusterIPs; a lone clusterIPs is never copied back.',
  },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      if (svc.type === 'ExternalName' || svc.clusterIPs.length === 0) continue;
      const first = svc.clusterIPs[0]!;
      const all = listValue(svc.clusterIPs);
      if (all.some(isTemplatedValue) || (svc.clusterIP && isTemplatedValue(svc.clusterIP.value))) continue;
      const clusterIP = svc.clusterIP;
      if (clusterIP && clusterIP.value !== '') {
        if (first.value === clusterIP.value) continue;
        ctx.report({
          span: first.span,
          message: invalid(['spec', 'clusterIPs'], all, 'first value must match `clusterIP`'),
          fixes: [
            { title: `Change clusterIPs[0] to ${clusterIP.value}`, edits: [replaceScalarValue(first.node, clusterIP.value)], safe: false },
            { title: `Change clusterIP to ${first.value}`, edits: [replaceScalarValue(clusterIP.node, first.value)], safe: false },
          ],
        });
        continue;
      }
      if (!intact(svc.resource)) continue;
      const fixes: Fix[] = [];
      if (clusterIP) {
        fixes.push({ title: `Set clusterIP to ${first.value}`, edits: [replaceScalarValue(clusterIP.node as Scalar, first.value)], safe: true });
      } else {
        const spec = asMap(svc.spec);
        const anchor = pairOf(svc.spec, 'clusterIPs');
        const edit = spec && anchor ? insertPairBefore(ctx.file.text, spec, anchor, 'clusterIP', first.value) : undefined;
        if (edit) fixes.push({ title: `Add clusterIP: ${first.value}`, edits: [edit], safe: true });
      }
      ctx.report({
        span: first.span,
        message: invalid(['spec', 'clusterIPs'], all, 'must be empty when `clusterIP` is not specified'),
        fixes,
      });
    }
  },
});
