// Hovers and capacity lines for cluster-config values outside the address catalogue: load-balancer pool
// addresses (MetalLB, bare metal), Calico pools and block sizes, and per-node masks (ClusterCIDRConfig,
// kube-controller-manager node-cidr-mask-size flags).

import type { HoverResult } from '../../types';
import type { Span } from '../../text/span';
import type { YamlFile } from '../../yaml/parse';
import { renderPath } from '../../yaml/nodes';
import { addressCount, parseCidr, type Cidr } from '../../net/cidr';
import { formatCount, formatCountWithPower, powerOfTwo } from '../../net/format';
import { parseIpRange } from '../../net/range';
import { cidrFacts, factsTable, perNodeSplit, rangeFacts } from '../../hover/facts';
import { cidrConfigContext } from '../../hover/role';
import type { CapacityLine } from '../../hover/capacity';
import { componentsOf, flagInt } from '../kubeadm/control-plane';
import { clusterCidr } from '../kubeadm/components';
import { addressPoolsOf, bareMetalClusters, clusterCidrConfigs, perNode } from './baremetal';
import { metalLbPools, type MetalLbAddress } from './metallb';
import { calicoPools, effectiveBlockSize } from './calico';
import { localize } from '../../l10n/localize';

function inside(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

function count(n: bigint): string {
  const p = powerOfTwo(n);
  return p ? `${formatCount(n)} (${p})` : formatCount(n);
}

/** Facts about one pool address (a CIDR or a start-end range) with the pool it belongs to. */
function poolFacts(text: string, pool: string, avoidBuggyIps: boolean): string | undefined {
  const extra: [string, string][] = [[localize('pool'), `\`${pool}\``]];
  if (avoidBuggyIps) extra.push(['avoidBuggyIPs', localize('addresses ending in .0 or .255 are skipped')]);
  if (text.includes('-')) {
    const r = parseIpRange(text);
    if (!r.ok) return undefined;
    return `${rangeFacts(r.start, r.end, r.count, text)}\n${extra.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`;
  }
  const cidr = parseOk(text);
  return cidr ? cidrFacts(cidr, text, { extra: [[localize('LoadBalancer addresses'), count(addressCount(cidr))], ...extra] }) : undefined;
}

function parseOk(text: string): Cidr | undefined {
  const p = parseCidr(text);
  return p.ok ? p.cidr : undefined;
}

export function clusterHoverAt(file: YamlFile, offset: number): HoverResult | undefined {
  for (const pool of metalLbPools(file)) {
    for (const address of pool.addresses) {
      if (!inside(address.value.span, offset) || !address.ok) continue;
      const avoid = /avoidBuggyIPs:\s*true/.test(file.text.slice(pool.resource.doc.span.start, pool.resource.doc.span.end));
      const markdown = address.mixed ? undefined : poolFacts(address.value.value.trim(), pool.name?.value ?? '', avoid);
      if (markdown) return { span: address.value.span, markdown };
    }
  }
  for (const cluster of bareMetalClusters(file)) {
    for (const pool of addressPoolsOf(cluster)) {
      for (const address of pool.addresses) {
        if (!inside(address.value.span, offset) || address.problem) continue;
        const markdown = poolFacts(address.value.value.trim(), pool.name ?? '', false);
        if (markdown) return { span: address.value.span, markdown };
      }
    }
  }
  for (const pool of calicoPools(file)) {
    const block = effectiveBlockSize(pool);
    if (pool.cidr && pool.parsed && inside(pool.cidr.span, offset) && block !== undefined) {
      return {
        span: pool.cidr.span,
        markdown: cidrFacts(pool.parsed.cidr, pool.cidr.value, { role: 'pod', unit: 'block', nodeMask: block, nodeMaskSource: pool.blockSize ? 'blockSize' : 'Calico default' }),
      };
    }
    if (pool.blockSize && inside(pool.blockSize.span, offset) && pool.parsed) {
      return { span: pool.blockSize.span, markdown: maskFacts(`blockSize: ${pool.blockSize.value}`, pool.parsed.cidr, pool.blockSize.value, 'block') };
    }
  }
  for (const config of clusterCidrConfigs(file)) {
    for (const side of [config.ipv4, config.ipv6]) {
      if (!side?.mask || !inside(side.mask.span, offset)) continue;
      const context = cidrConfigContext(config, side.key);
      return { span: side.mask.span, markdown: maskFacts(`spec.${side.key}.perNodeMaskSize: ${side.mask.value}`, side.parsed, side.mask.value, 'node', context.extra) };
    }
  }
  for (const component of componentsOf(file)) {
    if (component.component !== 'kube-controller-manager') continue;
    for (const flag of component.flags) {
      if (!flag.name.startsWith('node-cidr-mask-size') || !inside(flag.span, offset)) continue;
      const mask = flagInt(flag);
      if (mask === undefined) return undefined;
      const family = flag.name.endsWith('ipv6') ? 'IPv6' : flag.name.endsWith('ipv4') ? 'IPv4' : undefined;
      const cidr = clusterCidr(component)?.items.map((i) => i.cidr).find((c) => c && (!family || c.family === family));
      return { span: flag.span, markdown: maskFacts(`--${flag.name}=${flag.value}`, cidr, mask, 'node') };
    }
  }
  return undefined;
}

/** What a node mask or block size gives: addresses per node (block) and, with its range, how many. */
export function maskFacts(title: string, cidr: Cidr | undefined, mask: number, unit: 'node' | 'block', extra: readonly [string, string][] = []): string {
  const rows: [string, string][] = [];
  const bits = cidr?.bits ?? (mask > 32 ? 128 : 32);
  if (mask >= 0 && mask <= bits) rows.push([unit === 'node' ? localize('addresses per node') : localize('addresses per block'), count(1n << BigInt(bits - mask))]);
  if (cidr) {
    const split = perNodeSplit(cidr, mask);
    rows.push([unit === 'node' ? localize('nodes in `{0}`', cidr.canonical) : localize('blocks in `{0}`', cidr.canonical),
      split ? count(split.units) : localize('none: /{0} does not fit inside /{1}', mask, cidr.prefix)]);
  }
  rows.push(...extra);
  return factsTable(`**\`${title}\`**`, rows);
}

function metalLbLine(address: MetalLbAddress & { ok: true }, pool: string): CapacityLine | undefined {
  if (address.mixed || address.cidrs.length === 0) return undefined;
  return {
    span: address.value.span,
    field: renderPath(address.value.path),
    cidr: address.value.value,
    family: address.cidrs[0]!.family,
    addresses: address.count,
    usable: address.count,
    meaning: localize('{0} LoadBalancer addresses in pool {1}', address.count.toLocaleString('en-US'), pool),
    hint: localize('{0} addresses', formatCountWithPower(address.count)),
  };
}

export function poolCapacities(file: YamlFile): CapacityLine[] {
  const out: CapacityLine[] = [];
  for (const pool of metalLbPools(file)) {
    for (const address of pool.addresses) {
      if (!address.ok) continue;
      const line = metalLbLine(address, pool.name?.value ?? '');
      if (line) out.push(line);
    }
  }
  for (const cluster of bareMetalClusters(file)) {
    for (const pool of addressPoolsOf(cluster)) {
      for (const address of pool.addresses) {
        if (address.problem || address.count === undefined || !address.family) continue;
        out.push({
          span: address.value.span,
          field: renderPath(address.value.path),
          cidr: address.value.value,
          family: address.family,
          addresses: address.count,
          usable: address.count,
          meaning: localize('{0} LoadBalancer addresses in pool {1}', address.count.toLocaleString('en-US'), pool.name ?? ''),
          hint: localize('{0} addresses', formatCountWithPower(address.count)),
        });
      }
    }
  }
  for (const pool of calicoPools(file)) {
    const block = effectiveBlockSize(pool);
    if (!pool.cidr || !pool.parsed || block === undefined) continue;
    const cidr = pool.parsed.cidr;
    const split = perNodeSplit(cidr, block);
    out.push({
      span: pool.cidr.span,
      field: 'spec.cidr',
      cidr: cidr.canonical,
      family: cidr.family,
      addresses: addressCount(cidr),
      usable: addressCount(cidr),
      meaning: split
        ? localize('{0} IPAM blocks × {1} addresses (/{2})', split.units.toLocaleString('en-US'), split.perUnit.toLocaleString('en-US'), block)
        : localize('the block size /{0} does not fit inside /{1}', block, cidr.prefix),
      hint: split ? localize('{0} blocks × {1}', formatCountWithPower(split.units), formatCountWithPower(split.perUnit)) : localize('/{0} does not fit', block),
    });
  }
  for (const config of clusterCidrConfigs(file)) {
    const a = config.ipv4 ? perNode(config.ipv4) : undefined;
    const b = config.ipv6 ? perNode(config.ipv6) : undefined;
    for (const side of [config.ipv4, config.ipv6]) {
      if (!side?.mask || (a === undefined) || (b === undefined)) continue;
      out.push({
        span: side.mask.span,
        field: `spec.${side.key}.perNodeMaskSize`,
        cidr: `/${side.mask.value}`,
        family: side.key === 'ipv4' ? 'IPv4' : 'IPv6',
        addresses: side.key === 'ipv4' ? a : b,
        usable: side.key === 'ipv4' ? a : b,
        meaning: a === b
          ? localize('{0} addresses per node; IPv4 and IPv6 per node are equal', (side.key === 'ipv4' ? a : b).toLocaleString('en-US'))
          : localize('{0} addresses per node; IPv4 and IPv6 per node are NOT equal', (side.key === 'ipv4' ? a : b).toLocaleString('en-US')),
        hint: a === b
          ? localize('{0}/node = other family', formatCountWithPower(side.key === 'ipv4' ? a : b))
          : localize('{0}/node ≠ other family', formatCountWithPower(side.key === 'ipv4' ? a : b)),
      });
    }
  }
  return out;
}
