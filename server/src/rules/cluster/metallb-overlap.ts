// NL543: no two MetalLB pool addresses overlap, in one pool or across pools; pool names are unique.

import { defineRule } from '../rule';
import { overlaps, type Cidr } from '../../net/cidr';
import type { Span } from '../../text/span';
import { metalLbPools } from './metallb';

export default defineRule({
  code: 'NL543',
  name: 'metallb-overlap',
  group: 'cluster',
  severity: 'error',
  description: 'Two MetalLB pool addresses overlap (MetalLB rejects the whole configuration), or two pools in one namespace share a name.',
  upstream: { tool: 'MetalLB', source: 'internal/config/config.go poolsFor (cidrsOverlap, "duplicate definition of pool")' },
  fixable: false,
  check(ctx) {
    const seen: { cidr: Cidr; span: Span }[] = [];
    const names = new Map<string, Span>();
    for (const pool of metalLbPools(ctx.file)) {
      const name = pool.name?.value ?? '';
      if (pool.name) {
        const key = `${pool.namespace ?? ''}/${name}`;
        const earlier = names.get(key);
        if (earlier) {
          ctx.report({
            span: pool.name.span,
            severity: 'warning',
            message: `duplicate definition of pool ${JSON.stringify(name)}: applied together, the second IPAddressPool replaces the first`,
            related: [{ uri: ctx.file.source.uri, span: earlier, message: 'the first definition' }],
          });
        } else names.set(key, pool.name.span);
      }
      for (const address of pool.addresses) {
        if (!address.ok) continue;
        for (const cidr of address.cidrs) {
          const clash = seen.find((s) => overlaps(s.cidr, cidr));
          if (clash) {
            ctx.report({
              span: address.value.span,
              message: `CIDR ${JSON.stringify(cidr.canonical)} in pool ${JSON.stringify(name)} overlaps with already defined CIDR ${JSON.stringify(clash.cidr.canonical)}`,
              related: [{ uri: ctx.file.source.uri, span: clash.span, message: `CIDR ${clash.cidr.canonical}` }],
            });
            break;
          }
        }
        for (const cidr of address.cidrs) seen.push({ cidr, span: address.value.span });
      }
    }
  },
});
