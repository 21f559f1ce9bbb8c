// NL414: explicit subnets of two networks that overlap, so the second network cannot be created: the
// default IPAM driver refuses a pool that overlaps one already allocated in its address space.

import { defineRule } from '../rule';
import { composeFile } from './compose';
import { prefixOverlaps, prefixString } from './go-netip';
import { activePools, composeNetworks, isManaged, type IpamPool } from './networks';

function candidate(pool: IpamPool): boolean {
  const s = pool.subnet?.value;
  // 0.0.0.0/24 asks the Engine to pick any /24 (Docker ≥ 29.0); an ip_range skips the overlap check (moby#46756).
  return s !== undefined && s.addr.ip.value !== 0n && !pool.ipRange?.scalar;
}

export default defineRule({
  code: 'NL414',
  name: 'compose-network-overlap',
  group: 'compose',
  severity: 'error',
  description: 'Two networks of the file whose configured subnets overlap: the second one cannot be created.',
  upstream: {
    tool: 'Docker Engine',
    source: 'moby daemon/libnetwork/ipams/defaultipam address_space.go allocateSubnetL (ipamapi.ErrPoolOverlap)',
    note: 'All Engine versions with the default IPAM driver; the check is skipped for a pool with an ip_range (moby#46756).',
  },
  fixable: false,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    const pools = composeNetworks(compose)
      .filter((n) => isManaged(n) && (n.ipamDriver === undefined || n.ipamDriver === 'default'))
      .flatMap((n) => activePools(n).filter(candidate));
    for (const self of pools) {
      const others = pools.filter((o) => o.network !== self.network && o.network.doc === self.network.doc && prefixOverlaps(o.subnet!.value!, self.subnet!.value!));
      if (others.length === 0) continue;
      ctx.report({
        span: self.subnet!.scalar.span,
        message: 'invalid pool request: Pool overlaps with other one on this address space',
        related: others.map((o) => ({ uri: ctx.file.source.uri, span: o.subnet!.scalar.span, message: `network "${o.network.name}" uses ${prefixString(o.subnet!.value!)}` })),
      });
    }
  },
});
