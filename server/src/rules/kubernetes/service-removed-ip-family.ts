// NL205: the singular `spec.ipFamily` of the pre-1.20 alpha was removed; `ipFamilies` replaced it.

import { renderPath } from '../../yaml/nodes';
import { defineRule } from '../rule';
import { removeLines } from '../../yaml/edits';
import { servicesOf } from './service';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL205',
  name: 'service-removed-ip-family',
  group: 'kubernetes',
  severity: 'error',
  description: 'The Service field spec.ipFamily was removed in Kubernetes 1.20; use spec.ipFamilies (a list) instead.',
  upstream: {
    tool: 'kubectl / kube-apiserver',
    source: 'strict field validation of the v1 Service schema',
    note: 'kubectl asks for strict field validation by default (--validate=strict), so the apply fails; clients that do not ask get the warning `unknown field "spec.ipFamily"` and the field is dropped, so the Service lands in the primary family.',
  },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      const field = svc.ipFamily;
      if (!field) continue;
      const value = field.value?.value;
      const canFix = value !== undefined && /^ipv[46]$/i.test(value) && svc.ipFamiliesNode === undefined && svc.ipFamilies.length === 0;
      const family = value && /^ipv6$/i.test(value) ? 'IPv6' : 'IPv4';
      const end = field.value?.span.end ?? field.key.span.end;
      // An ExternalName Service may not carry ipFamilies at all: there the fix is to drop the line.
      const drop = svc.type === 'ExternalName' ? removeLines(ctx.file.text, field.key.span.start, end) : undefined;
      ctx.report({
        span: field.key.span,
        message: `Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field ${JSON.stringify(renderPath(field.key.path))} (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)`,
        tags: ['deprecated'],
        fixes: drop
          ? [{ title: localize('Remove spec.ipFamily (ExternalName Services have no IP families)'), edits: [drop], safe: true }]
          : canFix && svc.type !== 'ExternalName'
          ? [{ title: localize('Replace with ipFamilies: [{0}]', family), edits: [{ span: { start: field.key.span.start, end }, newText: `ipFamilies: [${family}]` }], safe: true }]
          : [],
      });
    }
  },
});
