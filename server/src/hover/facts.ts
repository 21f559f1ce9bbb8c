// What an address, a CIDR, a range or a port binding means, as Markdown: family, canonical form, bounds,
// exact counts (BigInt) and the special-purpose range it falls in.

import type { Cidr } from '../net/cidr';
import { addressCount, firstAddress, lastAddress, nthAddress, usableHostCount } from '../net/cidr';
import type { IpAddress } from '../net/ip';
import { formatCount, powerOfTwo } from '../net/format';
import { specialRangeOf, specialRangeOfCidr } from '../net/special';

function count(n: bigint): string {
  const p = powerOfTwo(n);
  return p ? `${formatCount(n)} (${p})` : formatCount(n);
}

/** `private-use (`10.0.0.0/8`, RFC 1918)`; a plain public address has no block to name. */
function rangeText(special: { name: string; cidr: string; rfc: string; spans?: readonly { name: string }[] }): string {
  const where = [special.cidr ? `\`${special.cidr}\`` : '', special.rfc].filter((x) => x !== '').join(', ');
  const spans = special.spans && special.spans.length > 0 ? `: ${special.spans.map((s) => s.name).join(', ')}` : '';
  return `${special.name}${where ? ` (${where})` : ''}${spans}`;
}

function rows(title: string, list: [string, string][]): string {
  const lines = [title, '', '| | |', '|---|---|'];
  for (const [k, v] of list) lines.push(`| ${k} | ${v} |`);
  return lines.join('\n');
}

export function ipFacts(ip: IpAddress, written: string): string {
  const special = specialRangeOf(ip);
  const list: [string, string][] = [['family', ip.family]];
  if (written !== ip.canonical) list.push(['canonical', `\`${ip.canonical}\``]);
  list.push(['range', rangeText(special)]);
  return rows(`**\`${written}\`** — ${ip.family} address`, list);
}

export interface CidrContext {
  /** `service`: a Service IP range (kube-apiserver allocator); `pod`: a pod range split per node. */
  readonly role?: 'service' | 'pod';
  /** The node mask for a pod range (kube-controller-manager defaults: /24 IPv4, /64 IPv6). */
  readonly nodeMask?: number;
  /** Where the node mask came from, said in the hover. */
  readonly nodeMaskSource?: string;
}

export function cidrFacts(cidr: Cidr, written: string, context: CidrContext = {}): string {
  const total = addressCount(cidr);
  const special = specialRangeOfCidr(cidr);
  const list: [string, string][] = [['family', cidr.family]];
  if (written !== cidr.canonical) list.push(['network', `\`${cidr.canonical}\``]);
  list.push(['first – last', `\`${firstAddress(cidr).canonical}\` – \`${lastAddress(cidr).canonical}\``]);
  list.push(['addresses', count(total)]);
  list.push(['usable hosts', count(usableHostCount(cidr))]);
  list.push(['range', rangeText(special)]);
  if (context.role === 'service') {
    // kube-apiserver never hands out the network address, nor the IPv4 broadcast address; IPv6 allocators cap at 2^64-1.
    let allocatable = cidr.family === 'IPv4' ? total - 2n : total - 1n;
    if (allocatable < 0n) allocatable = 0n;
    const cap = (1n << 64n) - 1n;
    if (allocatable > cap) allocatable = cap;
    list.push(['allocatable ClusterIPs', formatCount(allocatable)]);
    const apiserver = nthAddress(cidr, 1n);
    const dns = nthAddress(cidr, 10n);
    if (apiserver) list.push(['`kubernetes.default`', `\`${apiserver.canonical}\` (index 1)`]);
    if (dns) list.push(['cluster DNS (kubeadm)', `\`${dns.canonical}\` (index 10)`]);
  }
  if (context.role === 'pod') {
    const mask = context.nodeMask ?? (cidr.family === 'IPv4' ? 24 : 64);
    if (mask >= cidr.prefix && mask <= cidr.bits) {
      const nodes = 1n << BigInt(mask - cidr.prefix);
      const perNode = 1n << BigInt(cidr.bits - mask);
      list.push(['node mask', `/${mask}${context.nodeMaskSource ? ` (${context.nodeMaskSource})` : ''}`]);
      list.push(['nodes × addresses per node', `${count(nodes)} × ${count(perNode)}`]);
    } else {
      list.push(['node mask', `/${mask} does not fit inside /${cidr.prefix}`]);
    }
  }
  return rows(`**\`${written}\`** — ${cidr.family} CIDR`, list);
}

export function rangeFacts(startIp: IpAddress, endIp: IpAddress, n: bigint, written: string): string {
  return rows(`**\`${written}\`** — ${startIp.family} address range`, [
    ['first – last', `\`${startIp.canonical}\` – \`${endIp.canonical}\``],
    ['addresses', count(n)],
    ['range', specialRangeOf(startIp).name],
  ]);
}
