// NL412: a network with IPv4 disabled and IPv6 not enabled, which the bridge driver refuses to create (and
// an overlay network refuses any network without IPv4).

import { isScalar } from 'yaml';
import { defineRule } from '../rule';
import { composeFile } from './compose';
import { composeNetworks, isBridge, isManaged } from './networks';

export default defineRule({
  code: 'NL412',
  name: 'compose-network-no-family',
  group: 'compose',
  severity: 'error',
  description: 'A network with enable_ipv4: false and without enable_ipv6: true (bridge), or with enable_ipv4: false on an overlay network.',
  upstream: {
    tool: 'Docker Engine',
    source: 'moby daemon/libnetwork/drivers/bridge/bridge_linux.go CreateNetwork; daemon/libnetwork/controller.go (Swarm scope)',
    note: 'enable_ipv4 needs docker compose 2.33.1 and Docker Engine 28.0 or later.',
  },
  fixable: false,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    for (const network of composeNetworks(compose)) {
      if (!isManaged(network) || network.enableIpv4 !== false) continue;
      const value = network.enableIpv4Pair?.value;
      const span = isScalar(value) && value.range ? { start: value.range[0], end: value.range[1] } : network.keySpan;
      if (network.driver === 'overlay') {
        ctx.report({ span, message: 'IPv4 cannot be disabled in a Swarm scoped network' });
      } else if (isBridge(network) && (network.enableIpv6 === false || network.enableIpv6 === undefined)) {
        ctx.report({ span, message: 'IPv4 or IPv6 must be enabled' });
      }
    }
  },
});
