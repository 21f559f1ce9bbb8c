// NL505: kind publishes the API server on apiServerAddress; anything but loopback exposes it to the network.

import { defineRule } from '../rule';
import { getIn, stringAt } from '../../yaml/nodes';
import { parseGoIp } from '../../net/ip';
import { kindClusters } from './kind';

export default defineRule({
  code: 'NL505',
  name: 'kind-api-server-address',
  group: 'cluster',
  severity: 'information',
  description: 'kind networking.apiServerAddress is not a loopback address, so the cluster\'s API server is reachable from other hosts.',
  upstream: {
    tool: 'kind',
    source: 'kind docs user/configuration (API Server: "strongly recommended" to keep 127.0.0.1); pkg/cluster/internal/providers/docker/provision.go',
  },
  fixable: false,
  check(ctx) {
    for (const cluster of kindClusters(ctx.file)) {
      const value = stringAt(getIn(cluster.resource.root, ['networking', 'apiServerAddress']), ['networking', 'apiServerAddress']);
      if (!value) continue;
      const ip = parseGoIp(value.value);
      if (!ip) continue;
      const loopback = ip.family === 'IPv4' ? ip.bytes[0] === 127 : ip.value === 1n;
      if (loopback) continue;
      ctx.report({
        span: value.span,
        message: `networking.apiServerAddress ${ip.canonical}: the API server of this kind cluster is published on ${ip.value === 0n ? 'every address of the host' : 'a non-loopback address'} and reachable from the network; kind recommends keeping the default 127.0.0.1 (::1 for ipv6)`,
      });
    }
  },
});
