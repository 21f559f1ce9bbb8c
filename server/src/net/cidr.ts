// CIDR blocks read the way Kubernetes reads them, with containment, overlap and exact sizes in BigInt.

import { memoized } from './memo';
import {
  type Family,
  type IpAddress,
  type IpProblem,
  cleanIpv4Value,
  familyBits,
  formatBytes,
  ipFromBytes,
  ipFromValue,
  ipv4FromValue,
  isV4MappedBytes,
  parseIp,
  precheck,
  scanIp,
} from './ip';

export interface Cidr {
  readonly family: Family;
  /** The address as written, host bits included (`10.0.0.5` in `10.0.0.5/24`). */
  readonly address: IpAddress;
  readonly prefix: number;
  /** The address with the host bits cleared. */
  readonly network: IpAddress;
  readonly bits: 32 | 128;
  /** `${network.canonical}/${prefix}`, Go's `IPNet.String()`. */
  readonly canonical: string;
}

export type CidrIssue =
  | {
      /** Leading zeros in an IPv4 octet or the prefix length ("10.0.0.0/024"); `canonical` is the clean block. */
      readonly kind: 'leading-zeros' | 'ipv4-mapped';
      readonly canonical: string;
    }
  | {
      /** Bits set after the prefix: the writer meant either the block or the one address. */
      readonly kind: 'host-bits';
      readonly canonical: string;
      readonly network: string;
      readonly singleHost: string;
    }
  | {
      /** IPv6 address text that is not RFC 5952 (`2001:DB8:0::/48`); `canonical` keeps the address as written. */
      readonly kind: 'non-canonical';
      readonly canonical: string;
    };

export type CidrParse =
  | { readonly ok: true; readonly cidr: Cidr; readonly text: string; readonly issues: readonly CidrIssue[] }
  | { readonly ok: false; readonly problem: IpProblem };

/**
 * Parses `address/prefix` with Kubernetes' sloppy rules (`netutils.ParseCIDRSloppy`, Go 1.16's
 * `net.ParseCIDR`): leading zeros in octets and prefix, host bits and IPv4-mapped addresses are
 * accepted and reported as `issues` in apimachinery's order (leading zeros, IPv4-mapped, host bits),
 * followed by non-canonical IPv6 text. An IPv4-mapped block with a prefix of 96 or more is the IPv4
 * block it maps (`::ffff:10.0.0.0/104` is `10.0.0.0/8`), as Go's `IPNet.String()` prints it; with a
 * shorter prefix the mapping is masked away and the block is IPv6 (`::ffff:1.1.1.0/24` is `::/24`).
 */
export const parseCidr: (text: string) => CidrParse = memoized(parseCidrOnce);

function parseCidrOnce(text: string): CidrParse {
  // Most blocks of a real file are clean IPv4 blocks: the address is the network, the text its canonical form.
  if (isCleanIpv4Cidr(text)) {
    const slash = text.indexOf('/');
    const network = ipv4FromValue(cleanIpv4Value(text, 0, slash), text.slice(0, slash));
    return { ok: true, cidr: { family: 'IPv4', address: network, prefix: Number(text.slice(slash + 1)), network, bits: 32, canonical: text }, text, issues: [] };
  }
  const early = precheck(text, 'CIDR block');
  if (early) return { ok: false, problem: early };

  // Go splits at the first '/', so "192.168.0.1/0/99" has the prefix "0/99".
  const slash = text.indexOf('/');
  if (slash < 0) {
    const asIp = parseIp(text);
    if (asIp.ok) {
      const bits = familyBits(asIp.ip.family);
      return invalid(`"${text}" is a single address; a CIDR block needs a prefix length, such as ${asIp.ip.canonical}/${bits}`);
    }
    if (asIp.problem.kind !== 'invalid') return { ok: false, problem: asIp.problem };
    return invalid(`"${text}" is not a CIDR block (an address and a prefix length, such as 10.0.0.0/16 or 2001:db8::/64)`);
  }

  const addressText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const scan = scanIp(addressText);
  if (!scan.ok) {
    const asIp = parseIp(addressText);
    if (!asIp.ok && asIp.problem.kind !== 'invalid' && asIp.problem.kind !== 'empty') return { ok: false, problem: asIp.problem };
    return invalid(addressText === '' ? 'The address before "/" is missing' : scan.reason);
  }

  const family: Family = scan.v6 ? 'IPv6' : 'IPv4';
  const writtenBits = familyBits(family);
  if (prefixText === '') return invalid('the prefix length after "/" is missing');
  if (!/^\d+$/.test(prefixText)) return invalid(`the prefix length "${prefixText}" is not a decimal number`);
  const digits = prefixText.replace(/^0+(?=\d)/, '');
  const writtenPrefix = digits.length > 3 ? Infinity : Number(digits);
  if (writtenPrefix > writtenBits) {
    return invalid(`prefix length ${digits.length > 3 ? prefixText : writtenPrefix} is out of range 0-${writtenBits} for ${family}`);
  }

  const mapped = scan.v6 && isV4MappedBytes(scan.bytes);
  let address: IpAddress;
  let prefix = writtenPrefix;
  if (mapped && writtenPrefix >= 96) {
    address = ipFromBytes(scan.bytes.slice(12));
    prefix = writtenPrefix - 96;
  } else {
    address = ipFromBytes(scan.bytes);
  }
  const cidr = cidrOf(address, prefix);

  const issues: CidrIssue[] = [];
  const leadingZerosInPrefix = prefixText.length > 1 && prefixText[0] === '0';
  if (scan.leadingZeros || leadingZerosInPrefix) issues.push({ kind: 'leading-zeros', canonical: cidr.canonical });
  if (mapped) issues.push({ kind: 'ipv4-mapped', canonical: cidr.canonical });
  if (address.value !== cidr.network.value) {
    issues.push({
      kind: 'host-bits',
      canonical: cidr.canonical,
      network: cidr.canonical,
      singleHost: `${address.canonical}/${cidr.bits}`,
    });
  }
  if (cidr.family === 'IPv6' && !mapped && addressText !== address.canonical) {
    issues.push({ kind: 'non-canonical', canonical: `${address.canonical}/${prefix}` });
  }
  return { ok: true, cidr, text, issues };
}

/**
 * True when `text` is an IPv4 block written cleanly: a clean address (`cleanIpv4Value`), `/`, a prefix of 0-32
 * without a leading zero, and no bit set after the prefix. `parseCidr` finds no issue in exactly these; the
 * checks ask this first and parse only the rest. No allocation.
 */
export function isCleanIpv4Cidr(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash < 0) return false;
  const value = cleanIpv4Value(text, 0, slash);
  if (value < 0) return false;
  const digits = text.length - slash - 1;
  if (digits < 1 || digits > 2) return false;
  const d0 = text.charCodeAt(slash + 1) - 48;
  const d1 = digits === 2 ? text.charCodeAt(slash + 2) - 48 : 0;
  if (d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9 || (digits === 2 && d0 === 0)) return false;
  const prefix = digits === 2 ? d0 * 10 + d1 : d0;
  if (prefix > 32) return false;
  // The host bits are the value modulo 2^(32 - prefix): plain arithmetic, no 32-bit overflow.
  return value % 2 ** (32 - prefix) === 0;
}

/** The block of `prefix` bits around `address` (host bits are kept in `address`, cleared in `network`). */
export function cidrOf(address: IpAddress, prefix: number): Cidr {
  const bits = familyBits(address.family);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) throw new RangeError(`prefix ${prefix} is out of range 0-${bits}`);
  const network = ipFromValue(address.family, address.value & networkMask(bits, prefix));
  return { family: address.family, address, prefix, network, bits, canonical: `${network.canonical}/${prefix}` };
}

function networkMask(bits: 32 | 128, prefix: number): bigint {
  const all = (1n << BigInt(bits)) - 1n;
  return all ^ ((1n << BigInt(bits - prefix)) - 1n);
}

function hostMask(c: Cidr): bigint {
  return (1n << BigInt(c.bits - c.prefix)) - 1n;
}

/** Whether `ip` lies inside `outer`; addresses of the other family never do. */
export function contains(outer: Cidr, ip: IpAddress): boolean {
  return outer.family === ip.family && samePrefix(ip.bytes, outer.network.bytes, outer.prefix);
}

/**
 * Whether the first `prefix` bits of two addresses of one family agree, compared byte by byte: no BigInt is made,
 * which matters to the look-ups that run for every address of a file (special ranges, cluster ranges).
 */
function samePrefix(a: Uint8Array, b: Uint8Array, prefix: number): boolean {
  const whole = prefix >> 3;
  for (let i = 0; i < whole; i++) if (a[i] !== b[i]) return false;
  const rest = prefix & 7;
  return rest === 0 || ((a[whole]! ^ b[whole]!) & (0xff00 >> rest) & 0xff) === 0;
}

/** Whether every address of `inner` lies inside `outer`. */
export function containsCidr(outer: Cidr, inner: Cidr): boolean {
  return outer.family === inner.family && inner.prefix >= outer.prefix && contains(outer, inner.network);
}

/** Whether two blocks share any address; blocks either nest or are disjoint. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return containsCidr(a, b) || containsCidr(b, a);
}

export function firstAddress(c: Cidr): IpAddress {
  return c.network;
}

export function lastAddress(c: Cidr): IpAddress {
  return ipFromValue(c.family, c.network.value | hostMask(c));
}

/** `lastAddress(c).canonical`, worked out on the bytes: no BigInt (a hover shows it for every block). */
export function lastAddressText(c: Cidr): string {
  const bytes = c.network.bytes.slice();
  const whole = c.prefix >> 3;
  if (whole < bytes.length) {
    bytes[whole] = bytes[whole]! | (0xff >> (c.prefix & 7));
    bytes.fill(0xff, whole + 1);
  }
  return formatBytes(bytes);
}

/** 2^(bits - prefix): every address of the block, network and broadcast included. */
export function addressCount(c: Cidr): bigint {
  return 1n << BigInt(c.bits - c.prefix);
}

/**
 * Addresses a host can use. IPv4 loses the network and broadcast addresses, except on /31
 * point-to-point links (RFC 3021, 2 usable) and /32 host routes (1). IPv6 has no broadcast (RFC 4291),
 * so every address counts; the Subnet-Router anycast address (RFC 4291 §2.6.1) is usable by a router and
 * is left in. Kubernetes' Service allocator is stricter (it never hands out the network address, see
 * k8s-rules.md §4); its capacity is a rule's concern, not this count.
 */
export function usableHostCount(c: Cidr): bigint {
  const total = addressCount(c);
  if (c.family === 'IPv6') return total;
  if (c.prefix === 32) return 1n;
  if (c.prefix === 31) return 2n;
  return total - 2n;
}

/** The n-th address of the block (0 is the network address), or undefined when n is outside it. */
export function nthAddress(c: Cidr, n: bigint): IpAddress | undefined {
  if (n < 0n || n >= addressCount(c)) return undefined;
  return ipFromValue(c.family, c.network.value + n);
}

/** How many blocks of `newPrefix` fit in `c` (node pod ranges in a cluster CIDR), or undefined if none can. */
export function subnetCount(c: Cidr, newPrefix: number): bigint | undefined {
  if (!Number.isInteger(newPrefix) || newPrefix < c.prefix || newPrefix > c.bits) return undefined;
  return 1n << BigInt(newPrefix - c.prefix);
}

export function cidrEquals(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && a.prefix === b.prefix && a.network.value === b.network.value;
}

function invalid(message: string): CidrParse {
  return { ok: false, problem: { kind: 'invalid', message } };
}
