// Port numbers, port ranges and Docker/Compose short port specs, parsed exactly as upstream parses them.

import { memoized } from './memo';
import { parseGoIp } from './ip';

export type PortNumberParse = { readonly ok: true; readonly port: number } | { readonly ok: false; readonly reason: 'empty' | 'syntax' | 'range' };

/**
 * A port as Go's `strconv.ParseUint(text, 10, 16)` reads it (Kubernetes, kubeadm `ParsePort`, and
 * go-connections before v0.7): decimal digits only, so "080" is 80 while "+1", "-1", "0x50" and " 80" are
 * syntax errors; values above 65535 are out of range. Port 0 parses; callers decide whether it is allowed.
 */
export function parsePortNumber(text: string): PortNumberParse {
  if (text === '') return { ok: false, reason: 'empty' };
  if (!/^[0-9]+$/.test(text)) return { ok: false, reason: 'syntax' };
  const digits = text.replace(/^0+(?=\d)/, '');
  if (digits.length > 5 || Number(digits) > 65535) return { ok: false, reason: 'range' };
  return { ok: true, port: Number(digits) };
}

export type PortRangeParse =
  | { readonly ok: true; readonly start: number; readonly end: number }
  | { readonly ok: false; readonly reason: 'empty' | 'syntax' | 'range' | 'reversed' };

/** `N` or `N-M` with both ends parsed by `parsePortNumber` and M >= N. */
export function parsePortRange(text: string): PortRangeParse {
  if (text === '') return { ok: false, reason: 'empty' };
  const dash = text.indexOf('-');
  const startText = dash < 0 ? text : text.slice(0, dash);
  const endText = dash < 0 ? text : text.slice(dash + 1);
  const start = parsePortNumber(startText);
  const end = parsePortNumber(endText);
  if (!start.ok || !end.ok) {
    const reasons = [start, end].map((p) => (p.ok ? undefined : p.reason));
    return { ok: false, reason: reasons.includes('range') && !reasons.includes('syntax') && !reasons.includes('empty') ? 'range' : 'syntax' };
  }
  if (end.port < start.port) return { ok: false, reason: 'reversed' };
  return { ok: true, start: start.port, end: end.port };
}

/**
 * go-connections v0.7 `parsePortNumber` (nat/parse.go): `strconv.ParseInt(s, 10, 0)`, so a sign is
 * allowed ("+80" is 80, "-0" is 0), then 0-65535. Returns the Go error text of the failure.
 */
function goPortNumber(raw: string): { ok: true; port: number } | { ok: false; error: string } {
  if (raw === '') return { ok: false, error: 'value is empty' };
  // One to five plain digits, nearly every port written: read at once, without the regex and BigInt below.
  if (raw.length <= 5) {
    let n = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c < 48 || c > 57) {
        n = -1;
        break;
      }
      n = n * 10 + (c - 48);
    }
    if (n >= 0) return n > 65535 ? { ok: false, error: 'value out of range (0–65535)' } : { ok: true, port: n };
  }
  const m = /^([+-]?)([0-9]+)$/.exec(raw);
  if (!m) return { ok: false, error: 'invalid syntax' };
  const value = BigInt(m[1] === '-' ? `-${m[2]}` : m[2]);
  if (value > 9223372036854775807n || value < -9223372036854775808n) return { ok: false, error: 'value out of range' };
  if (value < 0n || value > 65535n) return { ok: false, error: 'value out of range (0–65535)' };
  return { ok: true, port: Number(value) };
}

export type DockerPortRangeParse =
  | { readonly ok: true; readonly start: number; readonly end: number }
  | { readonly ok: false; readonly message: string };

/**
 * go-connections v0.7 `ParsePortRange` with its messages ("invalid start port 'a': invalid syntax",
 * "invalid port range: 9000-8000"): split at the first '-'; "80-80" is one port.
 */
export function parseDockerPortRange(ports: string): DockerPortRangeParse {
  if (ports === '') return { ok: false, message: 'empty string specified for ports' };
  const dash = ports.indexOf('-');
  const startText = dash < 0 ? ports : ports.slice(0, dash);
  const endText = dash < 0 ? '' : ports.slice(dash + 1);
  const start = goPortNumber(startText);
  if (!start.ok) return { ok: false, message: `invalid start port '${startText}': ${start.error}` };
  if (dash < 0 || startText === endText) return { ok: true, start: start.port, end: start.port };
  const end = goPortNumber(endText);
  if (!end.ok) return { ok: false, message: `invalid end port '${endText}': ${end.error}` };
  if (end.port < start.port) return { ok: false, message: `invalid port range: ${ports}` };
  return { ok: true, start: start.port, end: end.port };
}

export type GoSplitHostPort = { readonly ok: true; readonly host: string; readonly port: string } | { readonly ok: false; readonly error: string };

/** Go's `net.SplitHostPort`, error text included (`address [::: missing ']' in address`). */
export function goSplitHostPort(hostport: string): GoSplitHostPort {
  const addrErr = (why: string): GoSplitHostPort => ({ ok: false, error: `address ${hostport}: ${why}` });
  const missingPort = 'missing port in address';
  const tooManyColons = 'too many colons in address';
  let j = 0;
  let k = 0;
  const i = hostport.lastIndexOf(':');
  if (i < 0) return addrErr(missingPort);
  let host: string;
  if (hostport[0] === '[') {
    const end = hostport.indexOf(']');
    if (end < 0) return addrErr("missing ']' in address");
    if (end + 1 === hostport.length) return addrErr(missingPort);
    if (end + 1 !== i) return addrErr(hostport[end + 1] === ':' ? tooManyColons : missingPort);
    host = hostport.slice(1, end);
    j = 1;
    k = end + 1;
  } else {
    host = hostport.slice(0, i);
    if (host.includes(':')) return addrErr(tooManyColons);
  }
  if (hostport.slice(j).includes('[')) return addrErr("unexpected '[' in address");
  if (hostport.slice(k).includes(']')) return addrErr("unexpected ']' in address");
  return { ok: true, host, port: hostport.slice(i + 1) };
}

/** A piece of a port spec and its offsets in the spec. */
export interface SpecPart {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface SpecPortPart extends SpecPart {
  readonly range: { readonly start: number; readonly end: number };
}

export type DockerProtocol = 'tcp' | 'udp' | 'sctp';

export type DockerPortSpecParse =
  | {
      readonly ok: true;
      /** The host IP as Docker uses it, brackets stripped; offsets are inside the brackets. */
      readonly hostIp?: SpecPart;
      readonly hostPort?: SpecPortPart;
      readonly container: SpecPortPart;
      /** The text after '/', as written (may be empty: "80/" is tcp). */
      readonly protocol?: SpecPart;
      readonly protocolValue: DockerProtocol;
      readonly bracketed: boolean;
      /** An IPv6 host IP written without brackets (`::1:6000:6000`), which only the last-two-fields rule saves. */
      readonly unbracketedIpv6: boolean;
    }
  | {
      readonly ok: false;
      /** The exact go-connections v0.7 error text. */
      readonly message: string;
      /** What to underline; 'whole' for an empty spec and for host/container ranges of different lengths
       * (then the offsets span both port parts). */
      readonly part: 'ip' | 'hostPort' | 'container' | 'protocol' | 'whole';
      readonly start: number;
      readonly end: number;
    };

export type DockerPortSpecOk = Extract<DockerPortSpecParse, { ok: true }>;
export type DockerPortSpecError = Extract<DockerPortSpecParse, { ok: false }>;

/**
 * go-connections v0.7 `nat.ParsePortSpec`, which compose-go's `ParsePortConfig` calls for every short
 * `ports:` entry (compose-rules.md §4), step for step and in the same order so the first error is the
 * one Docker prints:
 * 1. split on ':'; 1 part is the container port, 2 are host:container, 3 are ip:host:container, and with
 *    more the last two are host and container and the rest is the IP (so `::1:6000:6000` binds `::1`);
 * 2. the container part splits at its first '/' into port and protocol (default tcp, lowercased);
 * 3. an empty container port, a protocol other than tcp/udp/sctp, a bad IP (brackets are stripped with
 *    `net.SplitHostPort(ip + ":")`, then Go's `net.ParseIP`), a bad container range, a bad host range,
 *    and ranges of different lengths (allowed only for a single container port) fail in that order.
 * Never throws.
 */
export const parseDockerPortSpec: (spec: string) => DockerPortSpecParse = memoized(parseDockerPortSpecOnce);

function parseDockerPortSpecOnce(spec: string): DockerPortSpecParse {
  const pieces: SpecPart[] = [];
  let from = 0;
  for (;;) {
    const colon = spec.indexOf(':', from);
    const to = colon < 0 ? spec.length : colon;
    pieces.push({ text: spec.slice(from, to), start: from, end: to });
    if (colon < 0) break;
    from = colon + 1;
  }
  const n = pieces.length;
  const none = (at: number): SpecPart => ({ text: '', start: at, end: at });
  let ipPart: SpecPart;
  let hostPart: SpecPart;
  const containerPiece = pieces[n - 1];
  if (n === 1) {
    ipPart = none(0);
    hostPart = none(0);
  } else if (n === 2) {
    ipPart = none(0);
    hostPart = pieces[0];
  } else {
    hostPart = pieces[n - 2];
    ipPart = { text: spec.slice(0, hostPart.start - 1), start: 0, end: hostPart.start - 1 };
  }

  const slash = containerPiece.text.indexOf('/');
  const containerText = slash < 0 ? containerPiece.text : containerPiece.text.slice(0, slash);
  const containerPart: SpecPart = { text: containerText, start: containerPiece.start, end: containerPiece.start + containerText.length };
  const protocolPart: SpecPart | undefined =
    slash < 0 ? undefined : { text: containerPiece.text.slice(slash + 1), start: containerPiece.start + slash + 1, end: containerPiece.end };

  if (containerText === '') {
    const whole = spec === '';
    return {
      ok: false,
      message: `no port specified: ${spec}<empty>`,
      part: whole ? 'whole' : 'container',
      start: whole ? 0 : containerPiece.start,
      end: whole ? 0 : containerPiece.end,
    };
  }

  // Go's strings.ToLower; the lowercased text is what the error message shows.
  const proto = (protocolPart?.text ?? '').toLowerCase() || 'tcp';
  if (proto !== 'tcp' && proto !== 'udp' && proto !== 'sctp') {
    const at = protocolPart ?? containerPart;
    return { ok: false, message: `invalid proto: ${proto}`, part: 'protocol', start: at.start, end: at.end };
  }

  let ip = ipPart.text;
  let hostIp: SpecPart | undefined;
  let bracketed = false;
  if (ip !== '' && ip[0] === '[') {
    const split = goSplitHostPort(`${ip}:`);
    if (!split.ok) return { ok: false, message: `invalid IP address ${ip}: ${split.error}`, part: 'ip', start: ipPart.start, end: ipPart.end };
    ip = split.host;
    bracketed = true;
    hostIp = { text: ip, start: ipPart.start + 1, end: ipPart.start + 1 + ip.length };
  } else if (ip !== '') {
    hostIp = ipPart;
  }
  if (ip !== '' && parseGoIp(ip) === undefined) {
    return { ok: false, message: `invalid IP address: ${ip}`, part: 'ip', start: ipPart.start, end: ipPart.end };
  }

  const containerRange = parseDockerPortRange(containerText);
  if (!containerRange.ok) {
    return { ok: false, message: `invalid containerPort: ${containerText}`, part: 'container', start: containerPart.start, end: containerPart.end };
  }

  let hostPort: SpecPortPart | undefined;
  if (hostPart.text !== '') {
    const hostRange = parseDockerPortRange(hostPart.text);
    if (!hostRange.ok) {
      return { ok: false, message: `invalid hostPort: ${hostPart.text}`, part: 'hostPort', start: hostPart.start, end: hostPart.end };
    }
    const containerLength = containerRange.end - containerRange.start;
    if (containerLength !== hostRange.end - hostRange.start && containerLength !== 0) {
      return {
        ok: false,
        message: `invalid ranges specified for container and host Ports: ${containerText} and ${hostPart.text}`,
        part: 'whole',
        start: hostPart.start,
        end: containerPart.end,
      };
    }
    hostPort = { text: hostPart.text, start: hostPart.start, end: hostPart.end, range: { start: hostRange.start, end: hostRange.end } };
  }

  return {
    ok: true,
    hostIp,
    hostPort,
    // Written out, not spread: a spread copies through a slow path, and this runs for every port of a file.
    container: { text: containerPart.text, start: containerPart.start, end: containerPart.end, range: { start: containerRange.start, end: containerRange.end } },
    protocol: protocolPart,
    protocolValue: proto,
    bracketed,
    unbracketedIpv6: !bracketed && ip.includes(':'),
  };
}
