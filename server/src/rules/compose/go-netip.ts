// Go's `net/netip` parsers (Go 1.23 and later), with their exact error texts: docker compose ≥ v5.1 parses
// subnets, gateways, static addresses, host IPs and DNS servers with them, and the Docker Engine validates
// IPAM configs on the parsed values. Kept next to the Compose rules because only they need Go's wording.

import { cidrOf, type Cidr } from '../../net/cidr';
import { ipFromBytes, isV4MappedBytes, type IpAddress } from '../../net/ip';

/** A `netip.Addr`: an IPv4 address (`Is4`), or an IPv6 address (`Is6`, IPv4-mapped included) with its zone. */
export interface NetipAddr {
  readonly ip: IpAddress;
  readonly zone: string;
}

export type NetipAddrParse = { readonly ok: true; readonly addr: NetipAddr } | { readonly ok: false; readonly error: string };

function quote(s: string): string {
  // strconv.Quote for the printable ASCII NetLens meets; other characters are escaped like Go does for them.
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function addrError(input: string, msg: string, at?: string): NetipAddrParse {
  const where = at !== undefined && at !== '' ? ` (at ${quote(at)})` : '';
  return { ok: false, error: `ParseAddr(${quote(input)}): ${msg}${where}` };
}

/** Go's `netip.ParseAddr`. */
export function parseAddr(s: string): NetipAddrParse {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '.') return parseIPv4(s);
    if (s[i] === ':') return parseIPv6(s);
    if (s[i] === '%') return addrError(s, 'missing IPv6 address');
  }
  return addrError(s, 'unable to parse IP');
}

function ipv4Fields(input: string, from: number, to: number, fields: number[]): string | undefined {
  let val = 0;
  let pos = 0;
  let digits = 0;
  const s = input.slice(from, to);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') {
      if (digits === 1 && val === 0) return 'IPv4 field has octet with leading zero';
      val = val * 10 + (c.charCodeAt(0) - 48);
      digits++;
      if (val > 255) return 'IPv4 field has value >255';
    } else if (c === '.') {
      if (i === 0 || i === s.length - 1 || s[i - 1] === '.') return `IPv4 field must have at least one digit\u0000${s.slice(i)}`;
      if (pos === 3) return 'IPv4 address too long';
      fields[pos++] = val;
      val = 0;
      digits = 0;
    } else {
      return `unexpected character\u0000${s.slice(i)}`;
    }
  }
  if (pos < 3) return 'IPv4 address too short';
  fields[3] = val;
  return undefined;
}

function fieldsError(input: string, problem: string): NetipAddrParse {
  const [msg, at] = problem.split('\u0000');
  return addrError(input, msg!, at);
}

function parseIPv4(s: string): NetipAddrParse {
  const fields = [0, 0, 0, 0];
  const problem = ipv4Fields(s, 0, s.length, fields);
  if (problem) return fieldsError(s, problem);
  return { ok: true, addr: { ip: ipFromBytes(Uint8Array.from(fields)), zone: '' } };
}

function hexValue(c: string): number {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c >= 'a' && c <= 'f') return c.charCodeAt(0) - 87;
  if (c >= 'A' && c <= 'F') return c.charCodeAt(0) - 55;
  return -1;
}

function parseIPv6(input: string): NetipAddrParse {
  let s = input;
  let zone = '';
  const percent = s.indexOf('%');
  if (percent !== -1) {
    zone = s.slice(percent + 1);
    s = s.slice(0, percent);
    if (zone === '') return addrError(input, 'zone must be a non-empty string');
  }
  const ip = new Uint8Array(16);
  let ellipsis = -1;
  if (s.length >= 2 && s[0] === ':' && s[1] === ':') {
    ellipsis = 0;
    s = s.slice(2);
    if (s.length === 0) return { ok: true, addr: { ip: ipFromBytes(ip), zone } };
  }
  let i = 0;
  while (i < 16) {
    let off = 0;
    let acc = 0;
    for (; off < s.length; off++) {
      const v = hexValue(s[off]!);
      if (v < 0) break;
      acc = acc * 16 + v;
      if (off > 3) return addrError(input, 'each group must have 4 or less digits', s);
      if (acc > 0xffff) return addrError(input, 'IPv6 field has value >=2^16', s);
    }
    if (off === 0) return addrError(input, 'each colon-separated field must have at least one digit', s);
    if (off < s.length && s[off] === '.') {
      if (ellipsis < 0 && i !== 12) return addrError(input, 'embedded IPv4 address must replace the final 2 fields of the address', s);
      if (i + 4 > 16) return addrError(input, 'too many hex fields to fit an embedded IPv4 at the end of the address', s);
      const end = input.length - (zone.length > 0 ? zone.length + 1 : 0);
      const fields = [0, 0, 0, 0];
      const problem = ipv4Fields(input, end - s.length, end, fields);
      if (problem) return fieldsError(input, problem);
      ip.set(fields, i);
      s = '';
      i += 4;
      break;
    }
    ip[i] = acc >> 8;
    ip[i + 1] = acc & 0xff;
    i += 2;
    s = s.slice(off);
    if (s.length === 0) break;
    if (s[0] !== ':') return addrError(input, 'unexpected character, want colon', s);
    if (s.length === 1) return addrError(input, 'colon must be followed by more characters', s);
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return addrError(input, 'multiple :: in address', s);
      ellipsis = i;
      s = s.slice(1);
      if (s.length === 0) break;
    }
  }
  if (s.length !== 0) return addrError(input, 'trailing garbage after address', s);
  if (i < 16) {
    if (ellipsis < 0) return addrError(input, 'address string too short');
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j]!;
    ip.fill(0, ellipsis, ellipsis + n);
  } else if (ellipsis >= 0) {
    return addrError(input, 'the :: must expand to at least one field of zeros');
  }
  return { ok: true, addr: { ip: ipFromBytes(ip), zone } };
}

/** `Addr.String()`. */
export function addrString(a: NetipAddr): string {
  return a.zone ? `${a.ip.canonical}%${a.zone}` : a.ip.canonical;
}

export function is4(a: NetipAddr): boolean {
  return a.ip.family === 'IPv4';
}

export function is4In6(a: NetipAddr): boolean {
  return a.ip.family === 'IPv6' && isV4MappedBytes(a.ip.bytes);
}

export function isUnspecified(a: NetipAddr): boolean {
  return a.ip.value === 0n;
}

/** `Addr.Unmap()`: an IPv4-mapped IPv6 address as the IPv4 address it maps. */
export function unmap(a: NetipAddr): NetipAddr {
  return is4In6(a) ? { ip: ipFromBytes(a.ip.bytes.slice(12)), zone: '' } : a;
}

/** A `netip.Prefix` as written (host bits kept) with its masked form. */
export interface NetipPrefix {
  readonly addr: NetipAddr;
  readonly bits: number;
  /** The block with host bits cleared (`Prefix.Masked()`), as NetLens' Cidr. */
  readonly cidr: Cidr;
}

export type NetipPrefixParse = { readonly ok: true; readonly prefix: NetipPrefix } | { readonly ok: false; readonly error: string };

/** Go's `netip.ParsePrefix`. */
export function parsePrefix(s: string): NetipPrefixParse {
  const fail = (msg: string): NetipPrefixParse => ({ ok: false, error: `netip.ParsePrefix(${quote(s)}): ${msg}` });
  const slash = s.lastIndexOf('/');
  if (slash < 0) return fail("no '/'");
  const addr = parseAddr(s.slice(0, slash));
  if (!addr.ok) return fail(addr.error);
  if (addr.addr.ip.family === 'IPv6' && addr.addr.zone !== '') return fail('IPv6 zones cannot be present in a prefix');
  const bitsText = s.slice(slash + 1);
  if (bitsText.length > 1 && (bitsText[0]! < '1' || bitsText[0]! > '9')) return fail(`bad bits after slash: ${quote(bitsText)}`);
  // strconv.Atoi: decimal digits that fit an int64.
  if (!/^[0-9]{1,18}$/.test(bitsText)) return fail(`bad bits after slash: ${quote(bitsText)}`);
  const bits = Number(bitsText);
  const max = addr.addr.ip.family === 'IPv4' ? 32 : 128;
  if (bits > max) return fail('prefix length out of range');
  return { ok: true, prefix: { addr: addr.addr, bits, cidr: cidrOf(addr.addr.ip, bits) } };
}

/** `Prefix.String()` as written (host bits kept). */
export function prefixString(p: NetipPrefix): string {
  return `${p.addr.ip.canonical}/${p.bits}`;
}

/** `Prefix.Masked().String()`. */
export function maskedString(p: NetipPrefix): string {
  return p.cidr.canonical;
}

export function isMasked(p: NetipPrefix): boolean {
  return p.cidr.network.value === p.addr.ip.value;
}

/** `Prefix.Contains(ip)`: same bit length (an IPv4-mapped address never matches an IPv4 prefix), no zone. */
export function prefixContains(p: NetipPrefix, a: NetipAddr): boolean {
  if (a.zone !== '' || p.addr.ip.family !== a.ip.family) return false;
  const hostBits = BigInt((p.addr.ip.family === 'IPv4' ? 32 : 128) - p.bits);
  return a.ip.value >> hostBits === p.addr.ip.value >> hostBits;
}

/** `Prefix.Overlaps(o)`. */
export function prefixOverlaps(p: NetipPrefix, o: NetipPrefix): boolean {
  if (p.addr.ip.family !== o.addr.ip.family) return false;
  const min = Math.min(p.bits, o.bits);
  const hostBits = BigInt((p.addr.ip.family === 'IPv4' ? 32 : 128) - min);
  return p.addr.ip.value >> hostBits === o.addr.ip.value >> hostBits;
}
