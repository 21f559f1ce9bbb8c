// NL234: a ServiceCIDR's spec.cidrs: one or two CIDRs, one per family; an IPv6 range shorter than /64 is
// accepted but the allocator cannot use it.

import { get, pairOf, renderPath, seqItems, stringAt, type Located } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { resourcesOf } from '../../yaml/resources';
import { parseCidr } from '../../net/cidr';
import { defineRule } from '../rule';
import { invalid, required } from './k8s-validation';
import { intact, keySpan, kindSpan } from './service-spec';
import { unservedVersion } from './multi-cidr-api';

export default defineRule({
  code: 'NL234',
  name: 'service-cidr-spec',
  group: 'kubernetes',
  severity: 'error',
  description: 'A ServiceCIDR lists one or two CIDRs, at most one of each family (and exists in the target version); an IPv6 CIDR shorter than /64 is accepted but never used for allocation.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/networking/validation/validation.go validateServiceCIDRSpec; pkg/registry/core/service/ipallocator (IPv6 prefix of at least /64)',
  },
  fixable: false,
  check(ctx) {
    for (const r of resourcesOf(ctx.file, ['kubernetes'])) {
      if (r.kind !== 'ServiceCIDR' || r.group !== 'networking.k8s.io') continue;
      const unserved = unservedVersion(r, ctx.settings);
      if (unserved) {
        ctx.report(unserved);
        continue;
      }
      const spec = get(r.root, 'spec');
      const cidrs = seqItems(get(spec, 'cidrs'), ['spec', 'cidrs'])
        .map((i) => stringAt(i.node, i.path))
        .filter((x): x is Located<string> => x !== undefined);
      if (cidrs.some((c) => isTemplatedValue(c.value))) continue;
      const values = cidrs.map((c) => c.value);
      if (cidrs.length === 0) {
        if (!intact(r)) continue;
        const present = pairOf(spec, 'cidrs');
        const span = present ? keySpan(present) : kindSpan(r.root);
        if (span) ctx.report({ span, message: required(['spec', 'cidrs'], 'at least one CIDR required') });
        continue;
      }
      if (cidrs.length > 2) {
        ctx.report({ span: cidrs[2]!.span, message: invalid(['spec', 'cidrs'], values, 'may only hold up to 2 values') });
        continue;
      }
      const parsed = cidrs.map((c) => parseCidr(c.value));
      if (cidrs.length === 2) {
        const [a, b] = parsed;
        if (!a!.ok || !b!.ok || a!.cidr.family === b!.cidr.family) {
          ctx.report({
            span: cidrs[1]!.span,
            message: invalid(['spec', 'cidrs'], values, 'may specify no more than one IP for each IP family, i.e 192.168.0.0/24 and 2001:db8::/64'),
          });
        }
      }
      parsed.forEach((p, i) => {
        if (!p.ok || p.cidr.family !== 'IPv6' || p.cidr.prefix >= 64) return;
        ctx.report({
          span: cidrs[i]!.span,
          severity: 'warning',
          message: `${renderPath(cidrs[i]!.path)}: shortest allowed prefix length for service CIDR is 64, got ${p.cidr.prefix} (the ServiceCIDR is created, but no cluster IP is ever allocated from it)`,
        });
      });
    }
  },
});
