// NL562: a Calico blockSize is 20-32 (IPv4) or 116-128 (IPv6), and an enabled pool holds at least one block.

import { defineRule } from '../rule';
import { calicoError, poolMessage, calicoPools, calicoSeverity, effectiveBlockSize } from './calico';

export default defineRule({
  code: 'NL562',
  name: 'calico-block-size',
  group: 'cluster',
  severity: 'error',
  description: 'A Calico IPPool blockSize is out of range for its family, or the enabled pool is smaller than one block.',
  upstream: {
    tool: 'Calico (calicoctl, API server)',
    source: 'libcalico-go lib/clientv3/ippool.go validateAndSetDefaults; lib/validator/v3/validator.go validateIPPoolSpec',
    note: 'Default block sizes: 26 (IPv4), 122 (IPv6).',
  },
  fixable: false,
  check(ctx) {
    for (const pool of calicoPools(ctx.file)) {
      if (!pool.parsed) continue;
      const severity = calicoSeverity(pool);
      const family = pool.parsed.cidr.family;
      const [low, high] = family === 'IPv4' ? [20, 32] : [116, 128];
      if (pool.blockSize && (pool.blockSize.value < low || pool.blockSize.value > high)) {
        ctx.report({
          span: pool.blockSize.span,
          severity,
          message: poolMessage(pool, calicoError('IPPool.Spec.BlockSize', pool.blockSize.value, `${family} block size must be between ${low} and ${high}`)),
        });
        continue;
      }
      const block = effectiveBlockSize(pool)!;
      if (!pool.disabled && pool.parsed.cidr.prefix > block) {
        ctx.report({
          span: pool.cidr!.span,
          severity,
          message: poolMessage(pool, calicoError('IPPool.Spec.CIDR', pool.cidr!.value, 'IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.')
            + ` (/${pool.parsed.cidr.prefix} is smaller than the block size /${block}${pool.blockSize ? '' : ', the default'})`),
          related: pool.blockSize ? [{ uri: ctx.file.source.uri, span: pool.blockSize.span, message: `blockSize ${pool.blockSize.value}` }] : [],
        });
      }
    }
  },
});
