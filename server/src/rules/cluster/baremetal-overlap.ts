// NL529: the pod ranges, service ranges and load-balancer pools of a bare-metal Cluster do not overlap.

import { defineRule } from '../rule';
import { overlaps, type Cidr } from '../../net/cidr';
import type { Span } from '../../text/span';
import { addressPoolsOf, bareMetalClusters } from './baremetal';

interface Block {
  readonly what: string;
  readonly cidrs: readonly Cidr[];
  readonly span: Span;
  readonly text: string;
}

export default defineRule({
  code: 'NL529',
  name: 'baremetal-overlap',
  group: 'cluster',
  severity: 'warning',
  description: 'A bare-metal Cluster\'s pod range, service range and load-balancer pool addresses overlap each other.',
  upstream: { tool: 'GDC bare metal', source: 'GDC docs network requirements (pod, service, node, VIP and pool ranges must not overlap)' },
  fixable: false,
  check(ctx) {
    for (const cluster of bareMetalClusters(ctx.file)) {
      const blocks: Block[] = [
        ...cluster.pods.flatMap((p) => (p.cidr ? [{ what: 'pod range', cidrs: [p.cidr], span: p.value.span, text: p.value.value }] : [])),
        ...cluster.services.flatMap((s) => (s.cidr ? [{ what: 'service range', cidrs: [s.cidr], span: s.value.span, text: s.value.value }] : [])),
        ...addressPoolsOf(cluster).flatMap((pool) => pool.addresses.filter((a) => !a.problem).map((a) => ({
          what: `load-balancer pool ${JSON.stringify(pool.name ?? '')}`, cidrs: a.cidrs, span: a.value.span, text: a.value.value,
        }))),
      ];
      for (let i = 0; i < blocks.length; i++) {
        for (let j = 0; j < i; j++) {
          const a = blocks[i]!;
          const b = blocks[j]!;
          if (a.what === b.what && a.what.startsWith('load-balancer')) continue;
          if (!a.cidrs.some((x) => b.cidrs.some((y) => overlaps(x, y)))) continue;
          ctx.report({
            span: a.span,
            message: `${a.what} ${a.text} overlaps ${b.what} ${b.text}: the ranges of a cluster must not overlap`,
            related: [{ uri: ctx.file.source.uri, span: b.span, message: `${b.what} ${b.text}` }],
          });
        }
      }
    }
  },
});
