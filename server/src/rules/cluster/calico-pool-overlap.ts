// NL564: a new Calico IPPool must not overlap an existing one.

import { defineRule } from '../rule';
import { overlaps } from '../../net/cidr';
import { calicoError, poolMessage, calicoPools, calicoSeverity, type CalicoPool } from './calico';

export default defineRule({
  code: 'NL564',
  name: 'calico-pool-overlap',
  group: 'cluster',
  severity: 'error',
  description: 'Two Calico IPPools in the file overlap; creating the second one fails.',
  upstream: { tool: 'Calico (calicoctl, API server)', source: 'libcalico-go lib/clientv3/ippool.go validateAndSetDefaults (create)' },
  fixable: false,
  check(ctx) {
    const earlier: CalicoPool[] = [];
    for (const pool of calicoPools(ctx.file)) {
      if (!pool.parsed) continue;
      const clash = earlier.find((p) => p.name !== pool.name && overlaps(p.parsed!.cidr, pool.parsed!.cidr));
      if (clash) {
        ctx.report({
          span: pool.cidr!.span,
          severity: calicoSeverity(pool),
          message: poolMessage(pool, calicoError('IPPool.Spec.CIDR', pool.cidr!.value, `IPPool(${pool.name}) CIDR overlaps with IPPool(${clash.name}) CIDR ${clash.parsed!.cidr.canonical}`)),
          related: [{ uri: ctx.file.source.uri, span: clash.cidr!.span, message: `IPPool ${clash.name}` }],
        });
      }
      earlier.push(pool);
    }
  },
});
