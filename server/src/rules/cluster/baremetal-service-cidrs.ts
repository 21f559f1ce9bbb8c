// NL521: a bare-metal cluster's services.cidrBlocks is one range, or one IPv4 and one IPv6 range (which makes it dual-stack).

import { defineRule } from '../rule';
import { bareMetalClusters } from './baremetal';

export default defineRule({
  code: 'NL521',
  name: 'baremetal-service-cidrs',
  group: 'cluster',
  severity: 'warning',
  description: 'spec.clusterNetwork.services.cidrBlocks of a bare-metal Cluster has more than two ranges, or two of one family.',
  upstream: {
    tool: 'bmctl / GDC bare metal',
    source: 'GDC docs "IPv4/IPv6 dual-stack networking" (dual-stack = one IPv4 and one IPv6 service range)',
    note: 'The webhook\'s exact text is not public; the rule is in our words.',
  },
  fixable: false,
  check(ctx) {
    for (const cluster of bareMetalClusters(ctx.file)) {
      const parsed = cluster.services.filter((s) => s.cidr);
      if (parsed.length < 2) continue;
      const v4 = parsed.filter((s) => s.cidr!.family === 'IPv4').length;
      const v6 = parsed.length - v4;
      if (parsed.length === 2 && v4 === 1) continue;
      const span = { start: parsed[0]!.value.span.start, end: parsed[parsed.length - 1]!.value.span.end };
      ctx.report({
        span,
        message: `spec.clusterNetwork.services.cidrBlocks: ${parsed.length} ranges (${v4} IPv4, ${v6} IPv6): a cluster takes one service range, or one IPv4 and one IPv6 range for dual-stack`,
      });
    }
  },
});
