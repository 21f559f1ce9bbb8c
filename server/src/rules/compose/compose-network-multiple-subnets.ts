// NL413: a bridge network with two IPv4 (or two IPv6) subnets, which the bridge driver refuses.

import { defineRule } from '../rule';
import { composeFile } from './compose';
import { activePools, composeNetworks, isBridge, isManaged, poolFamily, type IpamPool } from './networks';

export default defineRule({
  code: 'NL413',
  name: 'compose-network-multiple-subnets',
  group: 'compose',
  severity: 'error',
  description: 'A bridge network with more than one subnet of the same IP family.',
  upstream: {
    tool: 'Docker Engine',
    source: 'moby daemon/libnetwork/drivers/bridge/bridge_linux.go processIPAM',
    note: 'All Engine versions; IPv6 pools count only when enable_ipv6 is true. Other drivers (macvlan, ipvlan, overlay) accept several.',
  },
  fixable: false,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    for (const network of composeNetworks(compose)) {
      if (!isManaged(network) || !isBridge(network)) continue;
      const first = new Map<4 | 6, IpamPool>();
      for (const pool of activePools(network)) {
        const fam = poolFamily(pool);
        if (!fam) continue;
        const earlier = first.get(fam);
        if (!earlier) {
          first.set(fam, pool);
          continue;
        }
        ctx.report({
          span: pool.subnet!.scalar.span,
          message: "bridge driver doesn't support multiple subnets",
          related: [{ uri: ctx.file.source.uri, span: earlier.subnet!.scalar.span, message: `the first IPv${fam} subnet of network "${network.name}"` }],
        });
      }
    }
  },
});
