// NL410: an `ipam.config` pool that docker compose cannot parse or the Engine refuses: subnet, ip_range,
// gateway and aux_addresses, with the messages of docker compose's parseIPAMPool and moby's validateIpamConfig.

import type { Span } from '../../text/span';
import { defineRule, type RuleContext } from '../rule';
import { composeFile } from './compose';
import { isMasked, maskedString, prefixContains, prefixOverlaps, prefixString, addrString, type NetipAddr, type NetipPrefix } from './go-netip';
import { composeNetworks, isManaged, poolFamily, type IpamPool, type ParsedField } from './networks';

function family(p: NetipPrefix | NetipAddr): 4 | 6 {
  const ip = 'bits' in p ? p.addr.ip : p.ip;
  return ip.family === 'IPv6' ? 6 : 4;
}

/** moby daemon/network.go validateAddress. */
function addressProblem(a: NetipAddr, subnet: NetipPrefix): string | undefined {
  if (family(a) !== family(subnet)) return `parent subnet is an IPv${family(subnet)} block`;
  if (!prefixContains(subnet, a)) return `parent subnet ${prefixString(subnet)} doesn't contain this address`;
  return undefined;
}

function checkPool(ctx: RuleContext, pool: IpamPool): void {
  const report = (span: Span, message: string) => ctx.report({ span, message });
  // docker compose ≥ 5.1 pkg/compose/create.go parseIPAMPool.
  const fields: (ParsedField<unknown> | undefined)[] = [pool.subnet, pool.ipRange, pool.gateway, ...pool.aux];
  for (const f of fields) if (f?.error) report(f.scalar.span, f.error);

  // moby daemon/network.go validateIpamConfig (skipped for IPv6 pools of a network without IPv6).
  const subnet = pool.subnet?.value;
  if (!subnet) return;
  const fam = poolFamily(pool)!;
  const v6 = pool.network.enableIpv6;
  if (fam === 6 && v6 !== true) return;
  if (!isMasked(subnet)) report(pool.subnet!.scalar.span, `invalid subnet ${prefixString(subnet)}: it should be ${maskedString(subnet)}`);

  const range = pool.ipRange?.value;
  if (range) {
    const span = pool.ipRange!.scalar.span;
    const r = prefixString(range);
    if (family(range) !== fam) {
      report(span, `invalid ip-range ${r}: parent subnet is an IPv${fam} block`);
    } else {
      if (range.bits < subnet.bits) report(span, `invalid ip-range ${r}: CIDR block is bigger than its parent subnet ${prefixString(subnet)}`);
      if (!isMasked(range)) report(span, `invalid ip-range ${r}: it should be ${maskedString(range)}`);
      if (!prefixOverlaps(subnet, range)) report(span, `invalid ip-range ${r}: parent subnet ${prefixString(subnet)} doesn't contain ip-range`);
    }
  }
  const gateway = pool.gateway?.value;
  if (gateway) {
    const problem = addressProblem(gateway, subnet);
    if (problem) report(pool.gateway!.scalar.span, `invalid gateway ${addrString(gateway)}: ${problem}`);
  }
  for (const aux of pool.aux) {
    if (!aux.value) continue;
    const problem = addressProblem(aux.value, subnet);
    if (problem) report(aux.scalar.span, `invalid auxiliary address ${aux.name}: ${problem}`);
  }
}

export default defineRule({
  code: 'NL410',
  name: 'compose-network-ipam',
  group: 'compose',
  severity: 'error',
  description: 'An ipam.config pool whose subnet, ip_range, gateway or aux_addresses docker compose cannot parse or the Engine refuses.',
  upstream: {
    tool: 'docker compose, Docker Engine',
    source: 'docker compose pkg/compose/create.go parseIPAMPool (Go net/netip); moby daemon/network.go validateIpamConfig',
    note: 'Parse messages as docker compose 5.1 and later print them; the Engine checks exist since Docker 25 (wrapped in "invalid network config:").',
  },
  fixable: false,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    for (const network of composeNetworks(compose)) {
      if (!isManaged(network)) continue;
      for (const pool of network.pools) checkPool(ctx, pool);
    }
  },
});
