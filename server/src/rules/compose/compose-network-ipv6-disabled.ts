// NL411: an IPv6 subnet in `ipam.config` of a network without `enable_ipv6: true`. Docker Engine 25.0.3 and
// later drop the IPv6 pool without a word, so the containers get no IPv6 address.

import { isScalar, type Scalar } from 'yaml';
import type { Fix } from '../../types';
import { defineRule } from '../rule';
import { composeFile } from './compose';
import { prefixString } from './go-netip';
import { composeNetworks, isManaged, poolFamily, type ComposeNetwork } from './networks';
import { localize } from '../../l10n/localize';
import { lineBreakOf, lineStart } from '../../yaml/edits';

/** The edit that turns IPv6 on: `enable_ipv6: true` replacing a false value, or a new first key of the network. */
function enableIpv6Fix(text: string, network: ComposeNetwork): Fix | undefined {
  const existing = network.enableIpv6Pair?.value;
  if (existing && isScalar(existing) && existing.range) {
    return { title: localize('Set enable_ipv6: true'), edits: [{ span: { start: existing.range[0], end: existing.range[1] }, newText: 'true' }], safe: false };
  }
  const node = network.node;
  if (!node || node.flow) return undefined;
  const firstKey = node.items[0]?.key as Scalar | undefined;
  if (!firstKey?.range) return undefined;
  const at = firstKey.range[0];
  const start = lineStart(text, at);
  const indent = text.slice(start, at);
  if (!/^[ ]*$/.test(indent)) return undefined;
  const newline = lineBreakOf(text);
  return { title: localize('Add enable_ipv6: true'), edits: [{ span: { start, end: start }, newText: `${indent}enable_ipv6: true${newline}` }], safe: false };
}

export default defineRule({
  code: 'NL411',
  name: 'compose-network-ipv6-disabled',
  group: 'compose',
  severity: 'warning',
  description: 'An IPv6 subnet on a network without enable_ipv6: true, which current Docker Engines silently ignore.',
  upstream: {
    tool: 'Docker Engine',
    source: 'moby daemon/network.go validateIpamConfig ("IPv6 subnet is discarded with no error when IPv6 is disabled", moby#47202)',
    note: 'Docker ≤ 24 and ≥ 25.0.3 ignore the subnet; 25.0.0-25.0.2 enabled IPv6 automatically; Docker ≥ 29.1 then refuses static ipv6_address on the network.',
  },
  fixable: true,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    for (const network of composeNetworks(compose)) {
      if (!isManaged(network) || (network.enableIpv6 !== undefined && network.enableIpv6 !== false)) continue;
      for (const pool of network.pools) {
        if (poolFamily(pool) !== 6) continue;
        const fix = enableIpv6Fix(ctx.file.text, network);
        ctx.report({
          span: pool.subnet!.scalar.span,
          message: `IPv6 subnet ${prefixString(pool.subnet!.value!)} is ignored: network "${network.name}" does not set enable_ipv6: true, so Docker creates it without IPv6`,
          ...(fix ? { fixes: [fix] } : {}),
        });
      }
    }
  },
});
