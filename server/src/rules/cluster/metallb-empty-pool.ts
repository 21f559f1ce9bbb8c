// NL542: a MetalLB IPAddressPool needs at least one address.

import { defineRule } from '../rule';
import { get, getIn } from '../../yaml/nodes';
import { metalLbPools } from './metallb';

export default defineRule({
  code: 'NL542',
  name: 'metallb-empty-pool',
  group: 'cluster',
  severity: 'error',
  description: 'A MetalLB IPAddressPool has no spec.addresses.',
  upstream: { tool: 'MetalLB', source: 'internal/config/config.go addressPoolFromCR ("pool has no prefixes defined")' },
  fixable: false,
  check(ctx) {
    for (const pool of metalLbPools(ctx.file)) {
      if (pool.addresses.length > 0) continue;
      const list = getIn(pool.resource.root, ['spec', 'addresses']) as { range?: [number, number]; items?: unknown[] } | undefined;
      if (list && (list.items?.length ?? 0) > 0) continue;
      const at = (list?.range ? list : get(pool.resource.root, 'kind')) as { range?: [number, number] } | undefined;
      if (!at?.range) continue;
      ctx.report({ span: { start: at.range[0], end: at.range[1] }, message: `parsing address pool ${pool.name?.value ?? ''}: pool has no prefixes defined` });
    }
  },
});
