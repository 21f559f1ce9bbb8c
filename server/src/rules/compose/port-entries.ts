// Every `ports:` entry of every service, short syntax parsed by go-connections' rules and long syntax read
// field by field, and the host bindings they publish (what conflicts and hovers are about).

import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { Span } from '../../text/span';
import type { FieldPath } from '../../yaml/nodes';
import type { Interpolation } from '../../yaml/interpolate';
import { parseGoIp, type IpAddress } from '../../net/ip';
import { parseDockerPortSpec, type DockerPortSpecParse } from '../../net/ports';
import { composeServices, entries, items, type ComposeFile, type ComposeScalar, type ComposeService } from './compose';
import { parseAddr, unmap } from './go-netip';

export interface ShortPortEntry {
  readonly kind: 'short';
  readonly service: ComposeService;
  readonly node: Node;
  readonly path: FieldPath;
  readonly index: number;
  readonly scalar: ComposeScalar;
  /** The spec compose parses (the interpolated string, or an int in decimal); undefined when unknown or not a port type. */
  readonly spec?: string;
  readonly parsed?: DockerPortSpecParse;
}

export interface LongPortField {
  readonly keySpan: Span;
  readonly value: Node | null;
  readonly scalar?: ComposeScalar;
}

export interface LongPortEntry {
  readonly kind: 'long';
  readonly service: ComposeService;
  readonly node: YAMLMap;
  readonly path: FieldPath;
  readonly index: number;
  readonly fields: ReadonlyMap<string, LongPortField>;
}

export type PortEntry = ShortPortEntry | LongPortEntry;

const ENTRIES = new WeakMap<ComposeFile, PortEntry[]>();
const BINDINGS = new WeakMap<ComposeFile, PortBinding[]>();

/** Every ports entry of every service, in file order (computed once per Compose view). */
export function portEntries(compose: ComposeFile): PortEntry[] {
  const hit = ENTRIES.get(compose);
  if (hit) return hit;
  const out: PortEntry[] = [];
  for (const service of composeServices(compose.file)) {
    const portsNode = isMap(service.node) ? (service.node as YAMLMap).get('ports', true) : undefined;
    for (const item of items(portsNode, [...service.path, 'ports'])) {
      if (isMap(item.node)) {
        const fields = new Map<string, LongPortField>();
        for (const e of entries(item.node)) {
          fields.set(e.key, {
            keySpan: { start: e.keyNode.range![0], end: e.keyNode.range![1] },
            value: e.value,
            ...(isScalar(e.value) ? { scalar: compose.scalar(e.value, [...item.path, e.key]) } : {}),
          });
        }
        out.push({ kind: 'long', service, node: item.node as YAMLMap, path: item.path, index: item.index, fields });
        continue;
      }
      const scalar = compose.scalar(item.node, item.path);
      if (!scalar) continue;
      const spec = scalar.go.type === 'string' || scalar.go.type === 'int' ? scalar.text : undefined;
      out.push({
        kind: 'short',
        service,
        node: item.node,
        path: item.path,
        index: item.index,
        scalar,
        spec,
        parsed: spec !== undefined ? parseDockerPortSpec(spec) : undefined,
      });
    }
  }
  ENTRIES.set(compose, out);
  return out;
}

/** Go's `strconv.Atoi` on an interpolated `target` (compose-go's `toInt` cast). */
export function atoi(text: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const n = BigInt(text);
  if (n > 9223372036854775807n || n < -9223372036854775808n) return undefined;
  return Number(n);
}

/** A long-syntax `target` as compose reads it: an int, or a string cast with `strconv.Atoi`. */
export function longTarget(entry: LongPortEntry): number | undefined {
  const s = entry.fields.get('target')?.scalar;
  if (!s || s.text === undefined) return undefined;
  if (s.go.type === 'int') return Number(s.go.int!);
  if (s.go.type === 'string') return atoi(s.text);
  return undefined;
}

/** A host address of a binding, unmapped (`::ffff:127.0.0.1` binds 127.0.0.1, as the port allocator does). */
export interface HostAddress {
  readonly ip: IpAddress;
  readonly wildcard: boolean;
}

/** One host binding: what Docker's port allocator reserves for a container port. */
export interface PortBinding {
  readonly entry: PortEntry;
  /** Where a finding about this binding goes. */
  readonly span: Span;
  /** `undefined` for no host IP: Docker binds both 0.0.0.0 and :: (IPv4-only networks too, via the userland proxy). */
  readonly hostIp?: HostAddress;
  /** The fixed host ports, or undefined when Docker picks (ephemeral, or a dynamic range for one container port). */
  readonly hostPorts?: { readonly start: number; readonly end: number };
  readonly containerPorts: { readonly start: number; readonly end: number };
  readonly protocol: string;
  /** compose-go EnforceUnicity's key for each mapping: equal keys are merged silently. */
  readonly keys: readonly string[];
  readonly interpolation: Interpolation;
}

/** What compose-go's EnforceUnicity reads of a binding: one key per mapping, mapping i on host and container port start + i. */
export interface UniqueBinding {
  readonly keys: readonly string[];
  readonly hostPorts?: { readonly start: number; readonly end: number };
  readonly containerPorts?: { readonly start: number; readonly end: number };
}

/**
 * compose-go's EnforceUnicity, one binding after another of a service: the canonical transform makes each container
 * port of an entry a mapping of its own, and a mapping whose key an earlier mapping has is merged into that one.
 * Returns what the binding still adds (itself when none of its keys was seen, nothing when all were, else the runs
 * of its new mappings) and adds its keys to `seen`.
 */
export function newMappings<B extends UniqueBinding>(b: B, seen: Set<string>): B[] {
  const isNew = b.keys.map((k) => !seen.has(k));
  for (const k of b.keys) seen.add(k);
  if (isNew.every((n) => n)) return [b];
  const out: B[] = [];
  for (let i = 0; i < isNew.length; i++) {
    if (!isNew[i]) continue;
    let j = i;
    while (j + 1 < isNew.length && isNew[j + 1]) j++;
    out.push(narrowed(b, i, j));
    i = j;
  }
  return out;
}

/** Mappings i..j of a binding: its keys, and its ports when they count one per mapping. */
function narrowed<B extends UniqueBinding>(b: B, i: number, j: number): B {
  const part = (r: { readonly start: number; readonly end: number } | undefined) =>
    r && r.end - r.start + 1 === b.keys.length ? { start: r.start + i, end: r.start + j } : r;
  return { ...b, keys: b.keys.slice(i, j + 1), hostPorts: part(b.hostPorts), containerPorts: part(b.containerPorts) };
}

function hostAddress(ip: IpAddress): HostAddress {
  return { ip, wildcard: ip.value === 0n };
}

/** The bindings of a service's port entries (entries that do not parse, or depend on unknown variables, have none). */
export function portBindings(compose: ComposeFile): PortBinding[] {
  const hit = BINDINGS.get(compose);
  if (hit) return hit;
  const out: PortBinding[] = [];
  for (const entry of portEntries(compose)) {
    const b = entry.kind === 'short' ? shortBinding(entry) : longBinding(entry);
    if (b) out.push(b);
  }
  BINDINGS.set(compose, out);
  return out;
}

function shortBinding(entry: ShortPortEntry): PortBinding | undefined {
  const p = entry.parsed;
  if (!p || !p.ok) return undefined;
  const ipText = p.hostIp?.text ?? '';
  const ip = ipText === '' ? undefined : parseGoIp(ipText);
  if (ipText !== '' && !ip) return undefined;
  const container = p.container.range;
  const host = p.hostPort?.range;
  const dynamic = host !== undefined && container.start === container.end && host.start !== host.end;
  const keys: string[] = [];
  for (let i = 0; i <= container.end - container.start; i++) {
    let published = '%!s(<nil>)';
    if (host) published = dynamic ? `${host.start}-${host.end}` : String(host.start + i);
    const target = container.start + i === 0 ? '%!d(<nil>)' : String(container.start + i);
    keys.push(`${ipText || '0.0.0.0'}:${published}:${target}/${p.protocolValue}`);
  }
  // Absent parts are undefined properties rather than spread-in objects: one object shape for every binding.
  return {
    entry,
    span: entry.scalar.span,
    hostIp: ip ? hostAddress(ip) : undefined,
    hostPorts: host && !dynamic && !(host.start === 0 && host.end === 0) ? host : undefined,
    containerPorts: container,
    protocol: p.protocolValue,
    keys,
    interpolation: entry.scalar.interpolation,
  };
}

/** moby `network.ParsePortRange` (api/types/network): `start[-end][/proto]`, unsigned decimal ports. */
export function mobyParsePortRange(s: string): { ok: true; start: number; end: number } | { ok: false; message: string } {
  if (s === '') return { ok: false, message: 'invalid port range: value is empty' };
  const slash = s.indexOf('/');
  const range = slash < 0 ? s : s.slice(0, slash);
  const dash = range.indexOf('-');
  const startText = dash < 0 ? range : range.slice(0, dash);
  const endText = dash < 0 ? '' : range.slice(dash + 1);
  const start = mobyPortNumber(startText);
  if (typeof start === 'string') return { ok: false, message: `invalid start port '${startText}': ${start}` };
  if (dash < 0 || startText === endText) return { ok: true, start, end: start };
  const end = mobyPortNumber(endText);
  if (typeof end === 'string') return { ok: false, message: `invalid end port '${endText}': ${end}` };
  if (end < start) return { ok: false, message: `invalid port range: ${s}` };
  return { ok: true, start, end };
}

/** moby `parsePortNumber`: `strconv.ParseUint(s, 10, 16)`, returning Go's error text when it fails. */
export function mobyPortNumber(s: string): number | string {
  if (s === '') return 'value is empty';
  if (!/^[0-9]+$/.test(s)) return 'invalid syntax';
  const n = BigInt(s);
  if (n > 65535n) return 'value out of range';
  return Number(n);
}

function longBinding(entry: LongPortEntry): PortBinding | undefined {
  const target = longTarget(entry);
  if (target === undefined || target < 0 || target > 65535) return undefined;
  const protocolScalar = entry.fields.get('protocol')?.scalar;
  if (protocolScalar && protocolScalar.text === undefined) return undefined;
  const protocol = (protocolScalar?.text ?? 'tcp').toLowerCase() || 'tcp';
  const ipScalar = entry.fields.get('host_ip')?.scalar;
  let hostIp: HostAddress | undefined;
  if (ipScalar) {
    if (ipScalar.text === undefined) return undefined;
    if (ipScalar.text !== '') {
      const a = parseAddr(ipScalar.text);
      if (!a.ok) return undefined;
      hostIp = hostAddress(unmap(a.addr).ip);
    }
  }
  const pub = entry.fields.get('published')?.scalar;
  let hostPorts: { start: number; end: number } | undefined;
  let publishedKey = '%!s(<nil>)';
  let interpolation: Interpolation = { kind: 'literal', value: '' };
  if (pub) {
    if (pub.text === undefined) return undefined;
    interpolation = pub.interpolation;
    publishedKey = pub.go.type === 'int' ? `%!s(int=${pub.text})` : pub.text;
    if (pub.text !== '') {
      const r = mobyParsePortRange(pub.text);
      if (!r.ok) return undefined;
      // A published range is a pool Docker picks one free port from.
      if (r.start === r.end && r.start !== 0) hostPorts = { start: r.start, end: r.end };
    }
  }
  const hostKey = ipScalar ? (ipScalar.text ?? '') : '0.0.0.0';
  return {
    entry,
    span: pub?.span ?? entry.fields.get('target')!.scalar!.span,
    hostIp,
    hostPorts,
    containerPorts: { start: target, end: target },
    protocol,
    keys: [`${hostKey}:${publishedKey}:${target === 0 ? '%!d(<nil>)' : target}/${protocolScalar?.text ?? 'tcp'}`],
    interpolation,
  };
}
