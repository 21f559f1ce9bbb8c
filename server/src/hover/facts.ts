// What an address, a CIDR, a range or a port binding means, as Markdown: family, canonical form, bounds,
// exact counts (BigInt) and the special-purpose range it falls in.

import type { Cidr } from '../net/cidr';
import { addressCount, firstAddress, lastAddressText, nthAddress, usableHostCount } from '../net/cidr';
import type { Family, IpAddress } from '../net/ip';
import { formatCount, powerOfTwo } from '../net/format';
import { specialRangeOf, specialRangeOfCidr } from '../net/special';
import { localizationInForce, localize } from '../l10n/localize';

/** A count with its power of two when it is one. (A block's counts are kept by prefix: `blockCounts`.) */
function count(n: bigint): string {
  const p = powerOfTwo(n);
  return p ? `${formatCount(n)} (${p})` : formatCount(n);
}

/**
 * Row labels, titles and range names in the language in force, each translated once per language: every hover has
 * half a dozen, and the set is small (labels, range names, a title per family).
 */
let labelsIn = localizationInForce();
let labels = new Map<string, string>();

function label(english: string, family?: string): string {
  if (localizationInForce() !== labelsIn) {
    labelsIn = localizationInForce();
    labels = new Map();
  }
  const key = family === undefined ? english : `${english}\u0000${family}`;
  let text = labels.get(key);
  if (text === undefined) {
    text = family === undefined ? localize(english) : localize(english, family);
    labels.set(key, text);
  }
  return text;
}

/** `private-use (`10.0.0.0/8`, RFC 1918)`; a plain public address has no block to name. */
function rangeText(special: { name: string; cidr: string; rfc: string; spans?: readonly { name: string }[] }): string {
  const rfc = special.rfc && !special.name.includes(special.rfc) ? special.rfc : '';
  const block = special.cidr ? `\`${special.cidr}\`` : '';
  const where = block && rfc ? `${block}, ${rfc}` : block || rfc;
  let text = where ? `${label(special.name)} (${where})` : label(special.name);
  if (special.spans) for (let i = 0; i < special.spans.length; i++) text += `${i === 0 ? ': ' : ', '}${label(special.spans[i]!.name)}`;
  return text;
}

/** A hover: a bold title line, then a two-column table of facts. */
export function factsTable(title: string, list: readonly [string, string][]): string {
  return rows(title, list);
}

function rows(title: string, list: readonly (readonly [string, string])[]): string {
  return `${title}\n\n| | |\n|---|---|${moreRows(list)}`;
}

/** Table rows after others. (Hovers build their usual rows as one string: they are made for every value hovered.) */
function moreRows(list: readonly (readonly [string, string])[]): string {
  let text = '';
  for (let i = 0; i < list.length; i++) text += `\n| ${list[i]![0]} | ${list[i]![1]} |`;
  return text;
}

export function ipFacts(ip: IpAddress, written: string): string {
  const special = specialRangeOf(ip);
  const canonical = written !== ip.canonical ? `\n| ${label('canonical')} | \`${ip.canonical}\` |` : '';
  return `**\`${written}\`** — ${label('{0} address', ip.family)}\n\n| | |\n|---|---|\n| ${label('family')} | ${ip.family} |${canonical}\n| ${label('range')} | ${rangeText(special)} |`;
}

export interface CidrContext {
  /** `service`: a Service IP range (kube-apiserver allocator); `pod`: a pod range split per node (or per IPAM block). */
  readonly role?: 'service' | 'pod';
  /** The node mask for a pod range (kube-controller-manager defaults: /24 IPv4, /64 IPv6). */
  readonly nodeMask?: number;
  /** Where the node mask came from, said in the hover. */
  readonly nodeMaskSource?: string;
  /** What a pod range is split into: node ranges (default) or Calico IPAM blocks. */
  readonly unit?: 'node' | 'block';
  /** The second range of a dual-stack list: kubernetes.default and cluster DNS come from the first one. */
  readonly secondary?: boolean;
  /** Further rows the field adds (a ClusterCIDRConfig's per-node comparison across families). */
  readonly extra?: readonly [string, string][];
}

/** Allocatable ClusterIPs of a service range: the IPAddress allocator (1.34+) and, for large IPv6 ranges, the legacy bitmap's cap. */
export function allocatableClusterIps(cidr: Cidr): { current: bigint; legacy?: bigint } {
  const total = addressCount(cidr);
  let current = cidr.family === 'IPv4' ? total - 2n : total - 1n;
  if (current < 0n) current = 0n;
  const cap = (1n << 64n) - 1n;
  if (current > cap) current = cap;
  // The bitmap allocator (before DisableAllocatorDualWrite, 1.34) keeps at most 65536 slots per range.
  if (cidr.family === 'IPv6' && total > 65536n) return { current, legacy: 65535n };
  return { current };
}

/** Nodes × addresses per node of a pod range and node mask, or undefined when the mask does not fit. */
export function perNodeSplit(cidr: Cidr, mask: number): { units: bigint; perUnit: bigint } | undefined {
  if (!Number.isInteger(mask) || mask < cidr.prefix || mask > cidr.bits) return undefined;
  return { units: 1n << BigInt(mask - cidr.prefix), perUnit: 1n << BigInt(cidr.bits - mask) };
}

/**
 * A block's address count and usable-host count as text, kept: they depend on its family and prefix alone, and a
 * file's blocks have few sizes.
 */
const BLOCK_COUNTS: Readonly<Record<Family, (readonly [string, string] | undefined)[]>> = { IPv4: [], IPv6: [] };

function blockCounts(cidr: Cidr): readonly [string, string] {
  let known = BLOCK_COUNTS[cidr.family][cidr.prefix];
  if (!known) {
    known = [count(addressCount(cidr)), count(usableHostCount(cidr))];
    BLOCK_COUNTS[cidr.family][cidr.prefix] = known;
  }
  return known;
}

export function cidrFacts(cidr: Cidr, written: string, context: CidrContext = {}): string {
  const [addresses, usable] = blockCounts(cidr);
  const special = specialRangeOfCidr(cidr);
  const network = written !== cidr.canonical ? `\n| ${label('network')} | \`${cidr.canonical}\` |` : '';
  const usual =
    `**\`${written}\`** — ${label('{0} CIDR', cidr.family)}\n\n| | |\n|---|---|\n| ${label('family')} | ${cidr.family} |${network}` +
    `\n| ${label('first – last')} | \`${firstAddress(cidr).canonical}\` – \`${lastAddressText(cidr)}\` |` +
    `\n| ${label('addresses')} | ${addresses} |\n| ${label('usable hosts')} | ${usable} |\n| ${label('range')} | ${rangeText(special)} |`;
  if (context.role === undefined && context.extra === undefined) return usual;
  const list: [string, string][] = [];
  if (context.role === 'service') {
    // kube-apiserver never hands out the network address, nor the IPv4 broadcast address; IPv6 allocators cap at 2^64-1.
    const allocatable = allocatableClusterIps(cidr);
    list.push([localize('allocatable ClusterIPs'), formatCount(allocatable.current)]);
    if (allocatable.legacy !== undefined) list.push([localize('before 1.34 (bitmap allocator)'), localize('{0} (IPv6 ranges are capped at 65,536 slots)', formatCount(allocatable.legacy))]);
    if (context.secondary) {
      list.push([localize('`kubernetes.default`, cluster DNS'), localize('from the first (primary) range of the list')]);
    } else {
      const apiserver = nthAddress(cidr, 1n);
      const dns = nthAddress(cidr, 10n);
      if (apiserver) list.push(['`kubernetes.default`', localize('`{0}` (index 1)', apiserver.canonical)]);
      if (dns) list.push([localize('cluster DNS (kubeadm)'), localize('`{0}` (index 10)', dns.canonical)]);
    }
  }
  if (context.role === 'pod') {
    const mask = context.nodeMask ?? (cidr.family === 'IPv4' ? 24 : 64);
    const unit = context.unit ?? 'node';
    const split = perNodeSplit(cidr, mask);
    if (split) {
      list.push([unit === 'node' ? localize('node mask') : localize('block size'), `/${mask}${context.nodeMaskSource ? ` (${localize(context.nodeMaskSource)})` : ''}`]);
      list.push([unit === 'node' ? localize('nodes × addresses per node') : localize('blocks × addresses per block'), `${count(split.units)} × ${count(split.perUnit)}`]);
    } else {
      list.push([unit === 'node' ? localize('node mask') : localize('block size'), localize('/{0} does not fit inside /{1}', mask, cidr.prefix)]);
    }
  }
  for (const row of context.extra ?? []) list.push([row[0], row[1]]);
  return usual + moreRows(list);
}

export function rangeFacts(startIp: IpAddress, endIp: IpAddress, n: bigint, written: string): string {
  return rows(`**\`${written}\`** — ${label('{0} address range', startIp.family)}`, [
    [label('first – last'), `\`${startIp.canonical}\` – \`${endIp.canonical}\``],
    [label('addresses'), count(n)],
    [label('range'), label(specialRangeOf(startIp).name)],
  ]);
}
