// NL209: spec.clusterIPs[i] is not of the family spec.ipFamilies[i] names; both lists are in the same order.

import type { Fix } from '../../types';
import { replaceScalarValue } from '../../yaml/edits';
import { isTemplatedValue } from '../../yaml/template';
import { defineRule } from '../rule';
import { invalid } from './k8s-validation';
import { clusterIpsState } from './service-cluster-ips';
import { isHeadless } from './service-spec';
import { servicesOf } from './service';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL209',
  name: 'service-cluster-ips-family-order',
  group: 'kubernetes',
  severity: 'error',
  description: 'Each cluster IP must be of the family at the same position in spec.ipFamilies (the first is the primary family).',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/core/validation/validation.go ValidateServiceClusterIPsRelatedFields' },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      if (svc.type === 'ExternalName' || isHeadless(svc)) continue;
      const state = clusterIpsState(svc, ctx.settings);
      const families = svc.ipFamilies;
      if (state.templated || state.hasInvalid || state.ips.length === 0 || families.length === 0) continue;
      if (families.some((f) => isTemplatedValue(f.value))) continue;
      const actual = state.parsed.map((p) => p?.family);
      // Both lists of two, in opposite orders: reordering ipFamilies is the whole fix.
      const swapped = state.ips.length === 2 && families.length === 2 && families[0]!.value !== families[1]!.value &&
        actual[0] === families[1]!.value && actual[1] === families[0]!.value;
      const reorder: Fix | undefined = swapped
        ? {
            title: localize('Reorder ipFamilies to [{0}] to match clusterIPs', actual.join(', ')),
            edits: [replaceScalarValue(families[0]!.node, families[1]!.value), replaceScalarValue(families[1]!.node, families[0]!.value)],
            safe: true,
          }
        : undefined;
      for (const family of families) {
        const i = family.path[family.path.length - 1] as number;
        const ip = state.ips[i];
        const got = actual[i];
        if (!ip || !got) continue;
        const wanted = family.value;
        if ((wanted === 'IPv4' && got === 'IPv6') || (wanted === 'IPv6' && got !== 'IPv6')) {
          ctx.report({
            span: ip.span,
            message: invalid(['spec', 'clusterIPs', i], ip.value, `expected an ${wanted} value as indicated by \`ipFamilies[${i}]\``),
            fixes: reorder
              ? [reorder]
              : [{ title: localize('Change ipFamilies[{0}] to {1}', i, got), edits: [replaceScalarValue(family.node, got)], safe: false }],
          });
        }
      }
    }
  },
});
