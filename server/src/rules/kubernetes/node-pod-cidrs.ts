// NL233: a Node's podCIDRs: at most one per family (so at most two) and no duplicates; podCIDR, when also
// written, is overwritten by podCIDRs[0].

import { get, seqItems, stringAt, type Located } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { resourcesOf } from '../../yaml/resources';
import { parseCidr } from '../../net/cidr';
import { defineRule } from '../rule';
import { duplicate, invalid } from './k8s-validation';

export default defineRule({
  code: 'NL233',
  name: 'node-pod-cidrs',
  group: 'kubernetes',
  severity: 'error',
  description: 'A Node has at most one pod CIDR of each family, without duplicates; a podCIDR that differs from podCIDRs[0] is silently replaced.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/core/validation/validation.go ValidateNode; pkg/apis/core/v1/conversion.go Convert_v1_NodeSpec_To_core_NodeSpec',
  },
  fixable: false,
  check(ctx) {
    for (const node of resourcesOf(ctx.file, ['kubernetes'])) {
      if (node.kind !== 'Node' || node.group !== '') continue;
      const spec = get(node.root, 'spec');
      const cidrs = seqItems(get(spec, 'podCIDRs'), ['spec', 'podCIDRs'])
        .map((i) => stringAt(i.node, i.path))
        .filter((x): x is Located<string> => x !== undefined);
      if (cidrs.some((c) => isTemplatedValue(c.value))) continue;
      const values = cidrs.map((c) => c.value);
      if (cidrs.length > 1) {
        const parsed = cidrs.map((c) => parseCidr(c.value));
        // With an unparseable entry upstream reports an internal error instead; the entry has its own (NL101).
        if (parsed.every((p) => p.ok)) {
          const families = new Set(parsed.map((p) => (p.ok ? p.cidr.family : '')));
          if (cidrs.length > 2 || families.size < 2) {
            ctx.report({ span: cidrs[1]!.span, message: invalid(['spec', 'podCIDRs'], values, 'may specify no more than one CIDR for each IP family') });
          }
        }
        const seen = new Set<string>();
        for (const c of cidrs) {
          if (seen.has(c.value)) ctx.report({ span: c.span, message: duplicate(c.path, c.value) });
          seen.add(c.value);
        }
      }
      const single = stringAt(get(spec, 'podCIDR'), ['spec', 'podCIDR']);
      if (single && single.value !== '' && cidrs.length > 0 && !isTemplatedValue(single.value) && single.value !== cidrs[0]!.value) {
        ctx.report({
          span: single.span,
          severity: 'warning',
          message: `spec.podCIDR: ${JSON.stringify(single.value)} differs from spec.podCIDRs[0] (${JSON.stringify(cidrs[0]!.value)}); the API server keeps podCIDRs and sets podCIDR to its first entry`,
        });
      }
    }
  },
});
