// NL202: spec.ipFamilies names a family twice (this is also what caps the list at two entries).

import { renderPath } from '../../yaml/nodes';
import { removeSeqItem } from '../../yaml/edits';
import { asSeq } from '../../yaml/nodes';
import { defineRule } from '../rule';
import { servicesOf } from './service';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL202',
  name: 'service-ip-families-duplicate',
  group: 'kubernetes',
  severity: 'error',
  description: 'A Service\'s spec.ipFamilies lists the same family twice; a Service has at most one IPv4 and one IPv6 family.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/core/validation/validation.go ValidateServiceClusterIPsRelatedFields' },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      if (svc.type === 'ExternalName') continue;
      const seen = new Set<string>();
      for (const family of svc.ipFamilies) {
        // Upstream compares the raw values, so `[ipv6, ipv6]` is a duplicate as well as unsupported twice.
        if (seen.has(family.value)) {
          const index = family.path[family.path.length - 1] as number;
          const seq = asSeq(svc.ipFamiliesNode);
          const edit = seq ? removeSeqItem(ctx.file.text, seq, index) : undefined;
          ctx.report({
            span: family.span,
            message: `${renderPath(family.path)}: Duplicate value: ${JSON.stringify(family.value)}`,
            fixes: edit ? [{ title: localize('Remove the second {0}', family.value), edits: [edit], safe: true }] : [],
          });
        }
        seen.add(family.value);
      }
    }
  },
});
