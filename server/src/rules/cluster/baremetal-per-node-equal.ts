// NL526: a ClusterCIDRConfig gives every node as many IPv6 as IPv4 pod addresses: (32 - v4 mask) == (128 - v6 mask).

import { defineRule } from '../rule';
import { formatCount } from '../../net/format';
import { clusterCidrConfigs, perNode } from './baremetal';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL526',
  name: 'baremetal-per-node-equal',
  group: 'cluster',
  severity: 'error',
  description: 'The IPv4 and IPv6 perNodeMaskSize of a ClusterCIDRConfig give a node different numbers of pod addresses.',
  upstream: {
    tool: 'GDC bare metal',
    source: 'GDC docs "IPv4/IPv6 dual-stack networking" and "ClusterCIDRConfig" (per-node sizes 24 ↔ 120)',
    note: 'Paraphrased; a node that runs out of one family cannot start dual-stack pods.',
  },
  fixable: true,
  check(ctx) {
    for (const config of clusterCidrConfigs(ctx.file)) {
      const v4 = config.ipv4;
      const v6 = config.ipv6;
      if (!v4?.mask || !v6?.mask) continue;
      const n4 = perNode(v4);
      const n6 = perNode(v6);
      if (n4 === undefined || n6 === undefined || n4 === n6) continue;
      const meant = 96 + v4.mask.value;
      ctx.report({
        span: v6.mask.span,
        message: `spec.ipv6.perNodeMaskSize ${v6.mask.value} gives each node ${formatCount(n6)} IPv6 addresses, but spec.ipv4.perNodeMaskSize ${v4.mask.value} gives ${formatCount(n4)} IPv4 addresses: they must be equal, (32 - ${v4.mask.value}) = (128 - ${meant}), so use ${meant}`,
        related: [{ uri: ctx.file.source.uri, span: v4.mask.span, message: `spec.ipv4.perNodeMaskSize ${v4.mask.value}` }],
        fixes: [{ title: localize('Set spec.ipv6.perNodeMaskSize to {0}', meant), edits: [{ span: v6.mask.span, newText: String(meant) }], safe: false }],
      });
    }
  },
});
