// The IANA special-purpose address registries, to say what kind of space an address or block is in.

import ipaddr from 'ipaddr.js';
import { type Cidr, cidrOf, contains, containsCidr, overlaps } from './cidr';
import { type Family, type IpAddress, ipFromBytes } from './ip';

export interface SpecialRange {
  /** What the space is, for hovers: 'private-use (RFC 1918)', 'loopback', 'global unicast', ... */
  readonly name: string;
  /** The registry block as IANA writes it; empty for public IPv4, which no registry block describes. */
  readonly cidr: string;
  /** The defining RFC; empty when there is none. */
  readonly rfc: string;
  /** IANA's "Globally Reachable" column (false where the registry says N/A). */
  readonly global: boolean;
}

/** A block's range; `spans` lists what a block covers when it is not inside one range. */
export interface CidrSpecialRange extends SpecialRange {
  readonly spans?: readonly SpecialRange[];
}

interface Entry extends SpecialRange {
  readonly block: Cidr;
  /** What look-ups return for this entry: the registry fields alone, made once. */
  readonly public: SpecialRange;
}

// Sources: IANA "IPv4 Special-Purpose Address Registry" and "IPv6 Special-Purpose Address Registry"
// (RFC 6890 layout), plus the blocks of the IPv4 and IPv6 Address Space registries they leave out
// (multicast, 240/4, fec0::/10, 2000::/3, the IETF-reserved IPv6 blocks). Nested entries are fine: the
// most specific block wins. With these, every IPv6 address has a block; public IPv4 has none.
export const SPECIAL_PURPOSE_TABLE: readonly (readonly [cidr: string, name: string, rfc: string, global: boolean])[] = [
  ['0.0.0.0/8', '"this network"', 'RFC 791', false],
  ['0.0.0.0/32', 'unspecified ("this host on this network")', 'RFC 1122', false],
  ['10.0.0.0/8', 'private-use (RFC 1918)', 'RFC 1918', false],
  ['100.64.0.0/10', 'shared address space / CGNAT (RFC 6598)', 'RFC 6598', false],
  ['127.0.0.0/8', 'loopback', 'RFC 1122', false],
  ['169.254.0.0/16', 'link-local', 'RFC 3927', false],
  ['172.16.0.0/12', 'private-use (RFC 1918)', 'RFC 1918', false],
  ['192.0.0.0/24', 'IETF protocol assignments', 'RFC 6890', false],
  ['192.0.2.0/24', 'documentation (RFC 5737)', 'RFC 5737', false],
  ['192.31.196.0/24', 'AS112-v4', 'RFC 7535', true],
  ['192.52.193.0/24', 'AMT', 'RFC 7450', true],
  ['192.88.99.0/24', 'deprecated 6to4 relay anycast', 'RFC 7526', false],
  ['192.168.0.0/16', 'private-use (RFC 1918)', 'RFC 1918', false],
  ['192.175.48.0/24', 'direct delegation AS112 service', 'RFC 7534', true],
  ['198.18.0.0/15', 'benchmarking (RFC 2544)', 'RFC 2544', false],
  ['198.51.100.0/24', 'documentation (RFC 5737)', 'RFC 5737', false],
  ['203.0.113.0/24', 'documentation (RFC 5737)', 'RFC 5737', false],
  ['224.0.0.0/4', 'multicast', 'RFC 5771', false],
  ['240.0.0.0/4', 'reserved for future use', 'RFC 1112', false],
  ['255.255.255.255/32', 'limited broadcast', 'RFC 919', false],

  ['::/128', 'unspecified', 'RFC 4291', false],
  ['::1/128', 'loopback', 'RFC 4291', false],
  ['::ffff:0:0/96', 'IPv4-mapped', 'RFC 4291', false],
  ['64:ff9b::/96', 'IPv4/IPv6 translation (NAT64 well-known prefix)', 'RFC 6052', true],
  ['64:ff9b:1::/48', 'local-use IPv4/IPv6 translation', 'RFC 8215', false],
  ['100::/64', 'discard-only', 'RFC 6666', false],
  ['2001::/23', 'IETF protocol assignments', 'RFC 2928', false],
  ['2001::/32', 'Teredo', 'RFC 4380', false],
  ['2001:2::/48', 'benchmarking (RFC 5180)', 'RFC 5180', false],
  ['2001:3::/32', 'AMT', 'RFC 7450', true],
  ['2001:4:112::/48', 'AS112-v6', 'RFC 7535', true],
  ['2001:10::/28', 'deprecated ORCHID', 'RFC 4843', false],
  ['2001:20::/28', 'ORCHIDv2', 'RFC 7343', true],
  ['2001:30::/28', 'drone remote ID protocol entity tags', 'RFC 9374', true],
  ['2001:db8::/32', 'documentation (RFC 3849)', 'RFC 3849', false],
  ['2002::/16', '6to4', 'RFC 3056', false],
  ['2620:4f:8000::/48', 'direct delegation AS112 service', 'RFC 7534', true],
  ['3fff::/20', 'documentation (RFC 9637)', 'RFC 9637', false],
  ['5f00::/16', 'segment routing (SRv6) SIDs', 'RFC 9602', false],
  ['fc00::/7', 'unique local (ULA, RFC 4193)', 'RFC 4193', false],
  ['fe80::/10', 'link-local', 'RFC 4291', false],
  ['fec0::/10', 'site-local (deprecated, RFC 3879)', 'RFC 3879', false],
  ['ff00::/8', 'multicast', 'RFC 4291', false],
  ['2000::/3', 'global unicast', 'RFC 4291', true],
  // The rest of the IPv6 space is "Reserved by IETF" in the IANA IPv6 Address Space registry.
  ...['::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3', '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5', 'f800::/6', 'fe00::/9'].map(
    (cidr) => [cidr, 'reserved by IETF', 'RFC 4291', false] as const,
  ),
];

// The table is parsed with ipaddr.js rather than our own parser, so a parser bug cannot move a range.
// IPv6 blocks keep their IPv6 family (ipFromBytes does not fold `::ffff:0:0/96` into IPv4).
const ENTRIES: readonly Entry[] = SPECIAL_PURPOSE_TABLE.map(([cidr, name, rfc, global]) => {
  const [addr, prefix] = ipaddr.parseCIDR(cidr);
  const block = cidrOf(ipFromBytes(Uint8Array.from(addr.toByteArray())), prefix);
  return { name, cidr, rfc, global, block, public: Object.freeze({ name, cidr, rfc, global }) };
});

/** The table by family: a look-up only ever compares entries of the address's own family. */
const BY_FAMILY: Readonly<Record<Family, readonly Entry[]>> = {
  IPv4: ENTRIES.filter((e) => e.block.family === 'IPv4'),
  IPv6: ENTRIES.filter((e) => e.block.family === 'IPv6'),
};

/**
 * The entries that can hold an address with a given first byte, by family and byte (table order kept). Every
 * entry whose block holds an address or a block holds its first address, so a look-up scans one short list: one
 * entry for `10.x`, about fifteen for `2001:x` instead of the family's twenty or fifty.
 */
const BY_FIRST_BYTE: Readonly<Record<Family, readonly (readonly Entry[])[]>> = {
  IPv4: byFirstByte(BY_FAMILY.IPv4),
  IPv6: byFirstByte(BY_FAMILY.IPv6),
};

function byFirstByte(entries: readonly Entry[]): Entry[][] {
  return Array.from({ length: 256 }, (_, byte) =>
    entries.filter((e) => {
      const first = e.block.network.bytes[0]!;
      const span = e.block.prefix >= 8 ? 1 : 2 ** (8 - e.block.prefix);
      return byte >= first && byte < first + span;
    }),
  );
}

/** The entries strictly inside each entry's block (table order kept): what a block inside it can overlap. */
const INSIDE = new Map<Entry, readonly Entry[]>(
  ENTRIES.map((outer) => [outer, ENTRIES.filter((e) => e !== outer && e.block.prefix > outer.block.prefix && containsCidr(outer.block, e.block))]),
);

const FALLBACK: Readonly<Record<Family, SpecialRange>> = {
  IPv4: { name: 'global unicast', cidr: '', rfc: '', global: true },
  IPv6: { name: 'reserved by IETF', cidr: '', rfc: 'RFC 4291', global: false },
};

/**
 * Regions of the address space by their first 16 bits (IPv4) or 32 bits (IPv6), with the range that holds every
 * address and block there (null: none does), or `mixed` when an entry lies inside the region. Worked out on the
 * first look-up in a region: a file's addresses fall in a few regions (`10.96`, `192.168`, `2001:db8`), and the
 * look-ups after the first in each are one read.
 */
const REGIONS: Readonly<Record<Family, Map<number, Entry | null | 'mixed'>>> = { IPv4: new Map(), IPv6: new Map() };
const REGION_BITS: Readonly<Record<Family, number>> = { IPv4: 16, IPv6: 32 };
const REGIONS_LIMIT = 20_000;

function regionOf(family: Family, bytes: Uint8Array): Entry | null | 'mixed' {
  const key = family === 'IPv4' ? (bytes[0]! << 8) | bytes[1]! : ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const known = REGIONS[family].get(key);
  if (known !== undefined) return known;
  const bits = REGION_BITS[family];
  const region = cidrOf(ipFromBytes(regionStart(bytes, bits)), bits);
  let verdict: Entry | null | 'mixed' = null;
  for (const e of BY_FAMILY[family]) {
    if (e.block.prefix > bits && containsCidr(region, e.block)) {
      verdict = 'mixed';
      break;
    }
    if (containsCidr(e.block, region) && (verdict === null || e.block.prefix > verdict.block.prefix)) verdict = e;
  }
  // Bounded, as the other caches: random IPv6 text could otherwise add a region per address.
  if (REGIONS[family].size >= REGIONS_LIMIT) REGIONS[family].clear();
  REGIONS[family].set(key, verdict);
  return verdict;
}

/** The first address of the region of `bits` bits around an address's bytes. */
function regionStart(bytes: Uint8Array, bits: number): Uint8Array {
  const start = new Uint8Array(bytes.length);
  start.set(bytes.subarray(0, bits >> 3));
  return start;
}

/** The most specific special-purpose range holding `ip`, or global unicast / reserved when none does. */
export function specialRangeOf(ip: IpAddress): SpecialRange {
  const region = regionOf(ip.family, ip.bytes);
  if (region !== 'mixed') return region ? region.public : FALLBACK[ip.family];
  let best: Entry | undefined;
  for (const e of BY_FIRST_BYTE[ip.family][ip.bytes[0]!]!) if ((!best || e.block.prefix > best.block.prefix) && contains(e.block, ip)) best = e;
  return best ? best.public : FALLBACK[ip.family];
}

/**
 * The most specific range holding the whole block. When the block also covers a smaller range without
 * being that range's registry block itself (`192.0.0.0/16`, `0.0.0.0/0`, `2001::/22`), it spans several
 * kinds of space: the result is named so and lists them in `spans`. Single-address entries
 * (`255.255.255.255/32`, `::1/128`) do not make a block mixed.
 */
export function specialRangeOfCidr(c: Cidr): CidrSpecialRange {
  // A block inside a region no entry lies in is held by the region's range, and holds no range of its own.
  if (c.prefix >= REGION_BITS[c.family]) {
    const region = regionOf(c.family, c.network.bytes);
    if (region !== 'mixed') return region ? region.public : FALLBACK[c.family];
  }
  let best: Entry | undefined;
  for (const e of BY_FIRST_BYTE[c.family][c.network.bytes[0]!]!) if ((!best || e.block.prefix > best.block.prefix) && containsCidr(e.block, c)) best = e;
  if (best && best.block.prefix === c.prefix) return best.public;
  // Blocks that overlap `c` without holding it lie inside it (blocks nest or are disjoint), so inside the range
  // that holds it, or (without one) among the entries of its first byte when its prefix fixes that byte.
  const candidates = best ? INSIDE.get(best)! : c.prefix >= 8 ? BY_FIRST_BYTE[c.family][c.network.bytes[0]!]! : BY_FAMILY[c.family];
  const inner = candidates.filter((e) => e.block.prefix < e.block.bits && overlaps(e.block, c));
  const outer = best ? best.public : FALLBACK[c.family];
  if (inner.length === 0) return outer;
  // List only the outermost inner ranges; their own sub-ranges are part of them. Without a containing
  // block the IPv6 inner blocks cover everything, while IPv4 still has public space around them.
  const top = inner.filter((e) => !inner.some((o) => o !== e && o.block.prefix < e.block.prefix && containsCidr(o.block, e.block)));
  const around = best || c.family === 'IPv4' ? [outer] : [];
  return {
    name: 'several ranges',
    cidr: c.canonical,
    rfc: '',
    global: false,
    spans: [...around, ...top.map((e) => e.public)],
  };
}
