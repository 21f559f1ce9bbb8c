// Single IP addresses read the way Kubernetes and Go read them, with a plain-English reason when they cannot be read.

import { memoized } from './memo';
import ipaddr from 'ipaddr.js';

export type Family = 'IPv4' | 'IPv6';

/**
 * A parsed address. An IPv4-mapped IPv6 address (`::ffff:a.b.c.d`) is stored as the IPv4 address it
 * maps, because Go's `net.ParseIP(...).To4()` and every Kubernetes family check treat it as IPv4.
 */
export interface IpAddress {
  readonly family: Family;
  /** Network byte order: 4 bytes for IPv4, 16 for IPv6. */
  readonly bytes: Uint8Array;
  /** The address as an unsigned integer (32 or 128 bits). */
  readonly value: bigint;
  /** Go's `String()`: dotted decimal for IPv4, RFC 5952 for IPv6. */
  readonly canonical: string;
}

/** Why a text is not an IP address at all; every kind is fatal. */
export type IpProblemKind =
  | 'empty'
  | 'whitespace'
  | 'placeholder'
  | 'template'
  | 'zone'
  | 'brackets'
  | 'port'
  | 'cidr'
  | 'invalid';

/** What the sloppy parser accepts but strict validation (Kubernetes 1.36 default) or canonical form does not. */
export type IpIssueKind = 'leading-zeros' | 'ipv4-mapped' | 'non-canonical';

export interface IpIssue {
  readonly kind: IpIssueKind;
  /** The canonical spelling of the same address, for the message and the quick fix. */
  readonly canonical: string;
}

export interface IpProblem {
  readonly kind: IpProblemKind;
  /** A plain-English reason for hovers and docs, e.g. "IPv4 octet 300 is larger than 255". */
  readonly message: string;
}

export type IpParse =
  | { readonly ok: true; readonly ip: IpAddress; readonly text: string; readonly issues: readonly IpIssue[] }
  | { readonly ok: false; readonly problem: IpProblem };

export function familyBits(family: Family): 32 | 128 {
  return family === 'IPv4' ? 32 : 128;
}

/**
 * Parses one IP address with Kubernetes' sloppy rules (`netutils.ParseIPSloppy`, a fork of Go 1.16's
 * `net.ParseIP`): IPv4 octets with leading zeros are decimal, IPv4-mapped IPv6 is accepted, and IPv6
 * may be in any case or expansion. What strict validation would reject comes back as `issues`, in the
 * order apimachinery `pkg/util/validation/ip.go` reports them (leading zeros, IPv4-mapped, then form).
 */
export const parseIp: (text: string) => IpParse = memoized(parseIpOnce);

function parseIpOnce(text: string): IpParse {
  // Almost every address of a real file is a clean IPv4 address: its value is read in one pass.
  const clean = cleanIpv4Value(text);
  if (clean >= 0) return { ok: true, ip: ipv4FromValue(clean, text), text, issues: [] };
  const early = precheck(text, 'IP address');
  if (early) return fail(early.kind, early.message);

  const shaped = shapeProblem(text);
  if (shaped) return fail(shaped.kind, shaped.message);

  const scan = scanIp(text);
  if (!scan.ok) return fail('invalid', scan.reason);

  const ip = ipFromScan(scan);
  const issues: IpIssue[] = [];
  if (scan.leadingZeros) issues.push({ kind: 'leading-zeros', canonical: ip.canonical });
  if (scan.v6 && ip.family === 'IPv4') issues.push({ kind: 'ipv4-mapped', canonical: ip.canonical });
  if (ip.family === 'IPv6' && text !== ip.canonical) issues.push({ kind: 'non-canonical', canonical: ip.canonical });
  return { ok: true, ip, text, issues };
}

/**
 * Go's current `net.ParseIP` (Go 1.22 and later wrap `net/netip.ParseAddr`): no leading zeros in IPv4
 * octets (since Go 1.17), at most four hex digits per IPv6 group, no zone, no IPv4 short forms.
 * Docker, go-connections `nat.ParsePortSpec` and MetalLB parse host addresses this way.
 */
export const parseGoIp: (text: string) => IpAddress | undefined = memoized(parseGoIpOnce);

function parseGoIpOnce(text: string): IpAddress | undefined {
  const scan = scanIp(text);
  if (!scan.ok || scan.leadingZeros) return undefined;
  return ipFromScan(scan);
}

/** True for values that contain a Helm/Jinja/shell/Compose template expression and are filled in later. */
export function isTemplate(text: string): boolean {
  // Compose and envsubst expand unbraced `$VAR` too (compose-spec 12-interpolation.md).
  return text.includes('{{') || text.includes('{%') || text.includes('${') || /\$[A-Za-z_]/.test(text);
}

const PLACEHOLDER_WORDS = new Set(['changeme', 'change_me', 'change-me', 'replace_me', 'replace-me', 'replaceme', 'todo', 'tbd', 'fixme', 'xxx']);
const PLACEHOLDER_TOKENS = new Set(['IP', 'IPS', 'IPV4', 'IPV6', 'CIDR', 'CIDRS', 'SUBNET', 'ADDR', 'ADDRESS', 'RANGE', 'NETWORK', 'PREFIX']);

/**
 * True for text that is obviously a to-be-replaced template rather than a mistyped address: angle
 * brackets (`<podCIDR>`, as in the Kubernetes and kubeadm docs), letters standing for octets or groups
 * (`x.x.x.x`, `a.b.c.d`, `10.0.0.X`, `fdXY:IJKL:MNOP:15::/64`), and words like `CHANGEME` or `POD_CIDR`.
 */
export function isPlaceholder(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (/<[^<>]*>/.test(t)) return true;
  if (PLACEHOLDER_WORDS.has(t.toLowerCase())) return true;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(t) && t.split('_').some((w) => PLACEHOLDER_TOKENS.has(w))) return true;

  // A CIDR placeholder may have a placeholder address, a placeholder prefix (`/XX`), or both.
  const slash = t.lastIndexOf('/');
  const address = slash >= 0 ? t.slice(0, slash) : t;
  const prefix = slash >= 0 ? t.slice(slash + 1) : undefined;
  const prefixIsPlaceholder = prefix !== undefined && /^([xXnN])\1?$/.test(prefix);
  if (prefix !== undefined && !prefixIsPlaceholder && !/^\d{1,3}$/.test(prefix)) return false;
  return prefixIsPlaceholder || isPlaceholderV4(address) || isPlaceholderV6(address);
}

/** A letter that stands for an octet: one letter (`a.b.c.d`) or a repeated x/y/z/n (`XXX`, `nnn`). */
function isPlaceholderOctet(part: string): boolean {
  return /^(?:[A-Za-z]|([xXyYzZnN])\1{1,2})$/.test(part);
}

function isPlaceholderV4(address: string): boolean {
  // The common case, every address of a big file: digits and dots only hold no placeholder octet.
  if (/^[0-9.]*$/.test(address)) return false;
  const parts = address.split('.');
  if (parts.length !== 4) return false;
  return parts.every((p) => /^\d{1,3}$/.test(p) || isPlaceholderOctet(p)) && parts.some(isPlaceholderOctet);
}

function isPlaceholderV6(address: string): boolean {
  if (!/^[0-9A-Za-z:.]+$/.test(address) || (address.match(/:/g) ?? []).length < 2) return false;
  const groups = address.split(':');
  let placeholder = false;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (g.includes('.')) {
      // Only the last group may be an embedded IPv4 address, which may itself be a placeholder.
      if (i !== groups.length - 1) return false;
      if (isPlaceholderV4(g)) placeholder = true;
      else if (!/^\d{1,3}(?:\.\d{1,3}){3}$/.test(g)) return false;
      continue;
    }
    if (g.length > 4) return false;
    // A group of letters with at least one that is not hex (`fdXY`, `IJKL`, `xxxx`) stands for digits;
    // a group that mixes digits and a stray letter (`dg8`) is more likely a typo.
    if (/^[A-Za-z]+$/.test(g) && /[g-zG-Z]/.test(g)) placeholder = true;
    else if (!/^[0-9A-Fa-f]*$/.test(g)) return false;
  }
  return placeholder;
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}

/** Checks shared by IPs, CIDRs and ranges before any parsing: empty, templated, placeholder, whitespace. */
export function precheck(text: string, what: string): IpProblem | undefined {
  if (text.trim() === '') return { kind: 'empty', message: `the value is empty; ${article(what)} ${what} is expected` };
  if (isTemplate(text)) {
    return { kind: 'template', message: 'the value is a template expression that is only known after rendering' };
  }
  if (isPlaceholder(text)) {
    return { kind: 'placeholder', message: `"${text.trim()}" is a placeholder: replace it with a real ${what}` };
  }
  if (/\s/.test(text)) {
    const trimmed = text.trim();
    if (/\s/.test(trimmed)) return { kind: 'whitespace', message: `${article(what)} ${what} cannot contain whitespace` };
    return { kind: 'whitespace', message: `leading or trailing whitespace is not allowed: use "${trimmed}"` };
  }
  return undefined;
}

/**
 * Recognises well-formed addresses wrapped in something that is not allowed where one bare address is
 * expected: brackets, a zone, a port or a prefix length. apimachinery's `ip_test.go` rejects all of these
 * ("[2001:db8::1]", "1234::abcd%eth0", "1.2.3.4:80", "1.2.3.0/24"); naming the wrapper makes the fix obvious.
 */
function shapeProblem(text: string): IpProblem | undefined {
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return { kind: 'invalid', message: 'the "[" has no matching "]"' };
    const inner = text.slice(1, close);
    const rest = text.slice(close + 1);
    const bare = inner.includes('%') ? inner.slice(0, inner.indexOf('%')) : inner;
    if (scanIp(bare).ok) {
      if (rest === '') return { kind: 'brackets', message: `brackets are only used around an IPv6 address followed by a port: use "${bare}"` };
      if (/^:\d*$/.test(rest)) return { kind: 'port', message: `a port is not allowed here: use "${bare}" without "${rest}"` };
    }
    return undefined;
  }
  const percent = text.indexOf('%');
  if (percent >= 0) {
    const bare = text.slice(0, percent);
    if (scanIp(bare).ok) {
      return { kind: 'zone', message: `a zone identifier ("${text.slice(percent)}") is not allowed here: use "${bare}"` };
    }
    return undefined;
  }
  const slash = text.indexOf('/');
  if (slash >= 0) {
    const bare = text.slice(0, slash);
    if (scanIp(bare).ok) {
      if (/^\d+$/.test(text.slice(slash + 1))) {
        return { kind: 'cidr', message: `"${text}" is a CIDR block, but a single IP address is expected here` };
      }
      return { kind: 'invalid', message: `unexpected "${text.slice(slash)}" after the address ${bare}` };
    }
    return undefined;
  }
  const colon = text.lastIndexOf(':');
  if (colon >= 0 && /^\d*$/.test(text.slice(colon + 1))) {
    // Only an IPv4 address can be told apart from its port; "2001:db8::1:80" is one valid IPv6 address.
    const bare = text.slice(0, colon);
    const scan = scanIp(bare);
    if (scan.ok && !scan.v6) {
      return { kind: 'port', message: `a port is not allowed here: use "${bare}" without "${text.slice(colon)}"` };
    }
  }
  return undefined;
}

/**
 * The value of `text[start, end)` when it is an IPv4 address in its one clean spelling (four decimal octets
 * 0-255 with no leading zero, nothing else), or -1. Such text is what `parseIp` accepts with no issue, and it is
 * almost every address of a real file: the checks ask this first and parse only the rest. No allocation.
 */
export function cleanIpv4Value(text: string, start = 0, end = text.length): number {
  let value = 0;
  let i = start;
  for (let octet = 0; octet < 4; octet++) {
    if (octet > 0) {
      if (i >= end || text.charCodeAt(i) !== 46) return -1;
      i++;
    }
    const first = i;
    let n = 0;
    while (i < end && i - first < 4) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
      i++;
    }
    const digits = i - first;
    if (digits === 0 || digits > 3 || n > 255 || (digits > 1 && text.charCodeAt(first) === 48)) return -1;
    value = value * 256 + n;
  }
  return i === end ? value : -1;
}

/** True when `text` is an IPv4 address written cleanly (see `cleanIpv4Value`): `parseIp` finds no issue in it. */
export function isCleanIpv4(text: string): boolean {
  return cleanIpv4Value(text) >= 0;
}

/** The result of the Go 1.16 `net.ParseIP` algorithm, plus what Go's stricter netip parser would reject. */
export type IpScan =
  | {
      readonly ok: true;
      /** True when written in IPv6 syntax (including `::ffff:1.2.3.4`). */
      readonly v6: boolean;
      /** 4 bytes when written as IPv4, else 16. */
      readonly bytes: Uint8Array;
      /** IPv4 octets (also embedded ones) with leading zeros, or IPv6 groups of more than four digits. */
      readonly leadingZeros: boolean;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * Scans text as Go 1.16's `net.ParseIP` does (kept by Kubernetes as `k8s.io/utils/net.ParseIPSloppy`):
 * the first '.' or ':' decides the family; IPv4 is exactly four decimal octets (so '127.1', '0x7f.0.0.1'
 * and '1.2.3' are invalid, unlike inet_aton or ipaddr.js); IPv6 groups are hex up to ffff with one '::'
 * and an optional embedded IPv4 tail.
 */
export function scanIp(text: string): IpScan {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '.') return scanV4(text, text);
    if (c === ':') return scanV6(text);
  }
  return { ok: false, reason: notAnAddressReason(text) };
}

function notAnAddressReason(text: string): string {
  if (/^\d+$/.test(text)) return `"${text}" is a plain number, not an IP address`;
  if (/^[A-Za-z0-9-]+$/.test(text) && /[A-Za-z]/.test(text)) return `"${text}" is a host name, not an IP address`;
  if (text.startsWith('%')) return 'a zone identifier needs an IPv6 address before it';
  return `"${text}" is not an IP address`;
}

function scanV4(s: string, whole: string): IpScan {
  // The common case, a cleanly written address, read at once; anything else (leading zeros, an octet over 255, the
  // wrong shape) goes the long way, which says what is wrong.
  const clean = cleanIpv4Value(s);
  if (clean >= 0) {
    const bytes = new Uint8Array([clean >>> 24, (clean >>> 16) & 255, (clean >>> 8) & 255, clean & 255]);
    return { ok: true, v6: false, bytes, leadingZeros: false };
  }
  const parts = s.split('.');
  if (parts.length !== 4 && /[A-Za-z]/.test(s) && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d+)?$/.test(s)) {
    return { ok: false, reason: `"${whole}" looks like a host name; an IP address is required here` };
  }
  if (parts.some((p) => p === '')) {
    return { ok: false, reason: `IPv4 address "${s}" has an empty octet` };
  }
  let leadingZeros = false;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < parts.length && i < 4; i++) {
    const p = parts[i];
    if (!/^\d+$/.test(p)) {
      const hint = /^0[xX]/.test(p) ? ' (hexadecimal octets are not accepted)' : '';
      return { ok: false, reason: `IPv4 octet "${p}" is not a decimal number${hint}` };
    }
    // Go's dtoi reads any number of leading zeros as decimal digits; only the value must fit in a byte.
    const digits = p.replace(/^0+(?=\d)/, '');
    if (digits.length > 3 || Number(digits) > 255) return { ok: false, reason: `IPv4 octet ${p} is larger than 255` };
    if (p.length > 1 && p[0] === '0') leadingZeros = true;
    bytes[i] = Number(digits);
  }
  if (parts.length !== 4) {
    return {
      ok: false,
      reason: `IPv4 address "${s}" has ${parts.length} octets; it needs exactly 4 decimal octets (short forms like 127.1 are not accepted)`,
    };
  }
  return { ok: true, v6: false, bytes, leadingZeros };
}

function isHexDigit(c: string | undefined): boolean {
  return c !== undefined && /^[0-9A-Fa-f]$/.test(c);
}

/** Go 1.16 `parseIPv6` (k8s.io/utils internal/third_party/forked/golang/net/ip.go), step for step. */
function scanV6(whole: string): IpScan {
  const bad = (reason: string): IpScan => ({ ok: false, reason });
  const ip = new Uint8Array(16);
  let s = whole;
  let ellipsis = -1;
  let leadingZeros = false;

  if (s.length >= 2 && s[0] === ':' && s[1] === ':') {
    ellipsis = 0;
    s = s.slice(2);
    if (s.length === 0) return { ok: true, v6: true, bytes: ip, leadingZeros };
  }

  let i = 0;
  while (i < 16) {
    let c = 0;
    let n = 0;
    while (c < s.length && isHexDigit(s[c])) {
      n = n * 16 + parseInt(s[c], 16);
      c++;
      if (n >= 0xffffff) break;
    }
    if (c === 0) {
      if (s === whole && s[0] === ':') return bad('an IPv6 address cannot start with a single ":"');
      if (s[0] === ':') return bad('"::" can appear only once in an IPv6 address, and ":::" is never valid');
      if (s.length === 0) return bad('an IPv6 address cannot end with ":"');
      return bad(`unexpected character "${s[0]}" in IPv6 address`);
    }
    if (n > 0xffff) return bad(`IPv6 group "${/^[0-9A-Fa-f]+/.exec(s)?.[0] ?? ''}" is larger than ffff`);

    if (c < s.length && s[c] === '.') {
      if ((ellipsis < 0 && i !== 12) || i + 4 > 16) {
        return bad('an embedded IPv4 address must be the last 32 bits of the IPv6 address');
      }
      const v4 = scanV4(s, s);
      if (!v4.ok) return bad(`the embedded IPv4 part "${s}" is invalid: ${v4.reason}`);
      ip.set(v4.bytes, i);
      leadingZeros ||= v4.leadingZeros;
      s = '';
      i += 4;
      break;
    }

    // netip.ParseAddr rejects groups of more than four digits even when they are leading zeros.
    if (c > 4) leadingZeros = true;
    ip[i] = n >> 8;
    ip[i + 1] = n & 0xff;
    i += 2;

    s = s.slice(c);
    if (s.length === 0) break;
    if (s[0] !== ':') return bad(`unexpected character "${s[0]}" in IPv6 address`);
    if (s.length === 1) return bad('an IPv6 address cannot end with a single ":"');
    s = s.slice(1);

    if (s[0] === ':') {
      if (ellipsis >= 0) return bad('"::" can appear only once in an IPv6 address');
      ellipsis = i;
      s = s.slice(1);
      if (s.length === 0) break;
    }
  }

  if (s.length !== 0) return bad('an IPv6 address has at most 8 groups');

  if (i < 16) {
    if (ellipsis < 0) return bad(`an IPv6 address needs 8 groups or a "::"; this one has ${i / 2}`);
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j];
    for (let j = ellipsis + n - 1; j >= ellipsis; j--) ip[j] = 0;
  } else if (ellipsis >= 0) {
    return bad('"::" must stand for at least one group of zeros, but this address already has 8 groups');
  }
  return { ok: true, v6: true, bytes: ip, leadingZeros };
}

/** True for the 16 bytes of an IPv4-mapped IPv6 address (`::ffff:0:0/96`, RFC 4291 §2.5.5.2). */
export function isV4MappedBytes(bytes: Uint8Array): boolean {
  if (bytes.length !== 16) return false;
  for (let i = 0; i < 10; i++) if (bytes[i] !== 0) return false;
  return bytes[10] === 0xff && bytes[11] === 0xff;
}

function ipFromScan(scan: Extract<IpScan, { ok: true }>): IpAddress {
  if (scan.v6 && isV4MappedBytes(scan.bytes)) return ipFromBytes(scan.bytes.slice(12));
  return ipFromBytes(scan.bytes);
}

/** Builds an address from 4 or 16 bytes, keeping the family the length implies. */
export function ipFromBytes(bytes: Uint8Array): IpAddress {
  if (bytes.length !== 4 && bytes.length !== 16) throw new RangeError(`an IP address has 4 or 16 bytes, not ${bytes.length}`);
  // Whole 32-bit words at a time: four BigInt steps for IPv6, one for IPv4.
  let value = 0n;
  for (let i = 0; i < bytes.length; i += 4) {
    const word = ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0;
    value = (value << 32n) | BigInt(word);
  }
  const copy = Uint8Array.from(bytes);
  const family: Family = bytes.length === 4 ? 'IPv4' : 'IPv6';
  return { family, bytes: copy, value, canonical: formatBytes(copy) };
}

/**
 * An IPv4 address from its 32-bit value (what `ipFromBytes` builds, without BigInt steps); `canonical` when the
 * caller already holds the dotted quad, as a parse of clean text does.
 */
export function ipv4FromValue(value: number, canonical?: string): IpAddress {
  const bytes = Uint8Array.of(value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255);
  return { family: 'IPv4', bytes, value: BigInt(value), canonical: canonical ?? formatV4(bytes) };
}

/** Builds an address of the given family from its integer value (which must fit the family). */
export function ipFromValue(family: Family, value: bigint): IpAddress {
  const length = family === 'IPv4' ? 4 : 16;
  if (value < 0n || value >> BigInt(length * 8) !== 0n) throw new RangeError(`${value} does not fit in an ${family} address`);
  if (family === 'IPv4') return ipv4FromValue(Number(value));
  // Four 32-bit words, high to low: four BigInt steps rather than sixteen.
  const bytes = new Uint8Array(16);
  for (let word = 0; word < 4; word++) {
    const w = Number(BigInt.asUintN(32, value >> BigInt(96 - 32 * word)));
    bytes[word * 4] = w >>> 24;
    bytes[word * 4 + 1] = (w >>> 16) & 255;
    bytes[word * 4 + 2] = (w >>> 8) & 255;
    bytes[word * 4 + 3] = w & 255;
  }
  return { family, bytes, value, canonical: formatV6(bytes) };
}

/** The canonical text of an address of 4 or 16 bytes, as `canonical` has it (for text that needs no `IpAddress`). */
export function formatBytes(bytes: Uint8Array): string {
  return bytes.length === 4 ? formatV4(bytes) : formatV6(bytes);
}

/** The decimal text of each octet, made once: dotted quads are written for every address a hover or a message shows. */
const OCTETS: readonly string[] = Array.from({ length: 256 }, (_, i) => String(i));

function formatV4(bytes: Uint8Array): string {
  return `${OCTETS[bytes[0]!]}.${OCTETS[bytes[1]!]}.${OCTETS[bytes[2]!]}.${OCTETS[bytes[3]!]}`;
}

/**
 * RFC 5952 text as Go's `netip.Addr.String()` writes it: lowercase hex without leading zeros, the longest
 * run of two or more zero groups replaced by "::" (the first one on a tie, never a single group), and
 * IPv4-mapped addresses as `::ffff:a.b.c.d` (RFC 5952 §5). `parseIp` never returns an IPv6 address in
 * `::ffff:0:0/96`, so only arithmetic (e.g. `nthAddress`) can reach that last branch.
 */
function formatV6(bytes: Uint8Array): string {
  if (isV4MappedBytes(bytes)) return `::ffff:${formatV4(bytes.subarray(12))}`;
  // RFC 5952: the longest run of two or more zero groups (the first of equal ones) becomes `::`.
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (bytes[2 * i] !== 0 || bytes[2 * i + 1] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && bytes[2 * j] === 0 && bytes[2 * j + 1] === 0) j++;
    if (j - i > bestLength && j - i >= 2) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += '::';
      i += bestLength - 1;
      continue;
    }
    if (out !== '' && !out.endsWith(':')) out += ':';
    out += ((bytes[2 * i]! << 8) | bytes[2 * i + 1]!).toString(16);
  }
  return out;
}

/** Orders IPv4 before IPv6, then by value. */
export function compareIp(a: IpAddress, b: IpAddress): number {
  if (a.family !== b.family) return a.family === 'IPv4' ? -1 : 1;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

export function ipEquals(a: IpAddress, b: IpAddress): boolean {
  return a.family === b.family && a.value === b.value;
}

/** The same address as an ipaddr.js object, for callers that want its helpers. */
export function toIpaddr(ip: IpAddress): ipaddr.IPv4 | ipaddr.IPv6 {
  return ipaddr.fromByteArray(Array.from(ip.bytes));
}

function fail(kind: IpProblemKind, message: string): IpParse {
  return { ok: false, problem: { kind, message } };
}
