// The top-level `networks` of a Compose file as docker compose passes them to the Engine: driver, IP families,
// and each `ipam.config` pool parsed with Go's net/netip (docker compose ≥ v5.1 parseIPAMPool).

import { isAlias, isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Span } from '../../text/span';
import type { FieldPath } from '../../yaml/nodes';
import type { YamlDocument } from '../../yaml/parse';
import { asMap, get, pairOf } from '../../yaml/nodes';
import { entries, items, keySpan, type ComposeFile, type ComposeScalar } from './compose';
import { parseAddr, parsePrefix, type NetipAddr, type NetipPrefix } from './go-netip';

/** true / false, `undefined` when absent, `unknown` when interpolated from an unknown variable or not a boolean. */
export type Tristate = boolean | undefined | 'unknown';

export interface ParsedField<T> {
  readonly scalar: ComposeScalar;
  /** The parsed value, or the error docker compose prints; neither when the text is unknown. */
  readonly value?: T;
  readonly error?: string;
}

export interface IpamPool {
  readonly network: ComposeNetwork;
  readonly node: Node;
  readonly path: FieldPath;
  readonly index: number;
  readonly subnet?: ParsedField<NetipPrefix>;
  readonly ipRange?: ParsedField<NetipPrefix>;
  readonly gateway?: ParsedField<NetipAddr>;
  readonly aux: readonly (ParsedField<NetipAddr> & { readonly name: string; readonly keySpan: Span })[];
}

export interface ComposeNetwork {
  readonly name: string;
  readonly doc: YamlDocument;
  readonly path: FieldPath;
  readonly keySpan: Span;
  /** The network's mapping, or undefined for `net:` / `net: {}`-less declarations. */
  readonly node?: YAMLMap;
  /** The driver as written, or undefined (the Engine's default driver, `bridge` on Linux). */
  readonly driver: string | undefined | 'unknown';
  readonly external: Tristate;
  readonly enableIpv4: Tristate;
  readonly enableIpv4Pair?: Pair;
  /** `enable_ipv6`, or the `com.docker.network.enable_ipv6` driver option when that is absent. */
  readonly enableIpv6: Tristate;
  readonly enableIpv6Pair?: Pair;
  /** The IPAM driver, or undefined for the default one. */
  readonly ipamDriver: string | undefined | 'unknown';
  readonly pools: readonly IpamPool[];
}

/** Whether some top-level `networks:` of the file come through YAML aliases or merge keys, so NetLens may not see every name. */
export function networksOpaque(compose: ComposeFile): boolean {
  return compose.docs.some((d) => {
    const top = isMap(d.doc.contents) ? d.doc.contents.get('networks', true) : undefined;
    return isAlias(top) || (isMap(top) && top.items.some((p) => isAlias(p.key) || (isScalar(p.key) && p.key.value === '<<')));
  });
}

/** compose-go's `toBoolean` cast on a string, or the YAML boolean itself. */
export function readBool(s: ComposeScalar | undefined): Tristate {
  if (!s) return undefined;
  if (s.go.type === 'bool') return s.node.value === true;
  if (s.go.type === 'null') return undefined;
  if (s.text === undefined) return 'unknown';
  const lower = s.text.toLowerCase();
  if (['true', 'y', 'yes', 'on'].includes(lower)) return true;
  if (['false', 'n', 'no', 'off'].includes(lower)) return false;
  return 'unknown';
}

function readText(s: ComposeScalar | undefined): string | undefined | 'unknown' {
  if (!s) return undefined;
  if (s.text === undefined) return s.go.type === 'null' ? undefined : 'unknown';
  return s.text;
}

function field<T>(compose: ComposeFile, node: unknown, path: FieldPath, parse: (text: string) => { ok: true; value: T } | { ok: false; error: string }): ParsedField<T> | undefined {
  const scalar = compose.scalar(node, path);
  if (!scalar) return undefined;
  // compose-go skips empty strings (`if pool.Subnet != ""`).
  if (scalar.go.type === 'null' || scalar.text === undefined || scalar.text === '') return { scalar };
  const r = parse(scalar.text);
  return r.ok ? { scalar, value: r.value } : { scalar, error: r.error };
}

const prefix = (label: string) => (t: string) => {
  const r = parsePrefix(t);
  return r.ok ? { ok: true as const, value: r.prefix } : { ok: false as const, error: `invalid ${label}: ${r.error}` };
};
const addr = (label: string) => (t: string) => {
  const r = parseAddr(t);
  return r.ok ? { ok: true as const, value: r.addr } : { ok: false as const, error: `invalid ${label}: ${r.error}` };
};

export function composeNetworks(compose: ComposeFile): ComposeNetwork[] {
  const out: ComposeNetwork[] = [];
  for (const doc of compose.docs) {
    const networks = asMap(get(doc.doc.contents, 'networks'));
    if (!networks) continue;
    for (const pair of networks.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const name = String(pair.key.value);
      const path: FieldPath = ['networks', name];
      const node = isMap(pair.value) ? (pair.value as YAMLMap) : undefined;
      const at = (key: string) => compose.scalar(node?.get(key, true), [...path, key]);
      const externalNode = node?.get('external', true);
      const external: Tristate = isMap(externalNode) ? true : readBool(at('external'));
      const enableIpv4Pair = node ? pairOf(node, 'enable_ipv4') : undefined;
      const enableIpv6Pair = node ? pairOf(node, 'enable_ipv6') : undefined;
      let enableIpv6 = readBool(at('enable_ipv6'));
      if (enableIpv6 === undefined) {
        const opts = asMap(node?.get('driver_opts', true));
        const opt = compose.scalar(opts ? get(opts, 'com.docker.network.enable_ipv6') : undefined, [...path, 'driver_opts', 'com.docker.network.enable_ipv6']);
        if (opt) enableIpv6 = opt.text === undefined ? 'unknown' : ['1', 't', 'true'].includes(opt.text.toLowerCase()) ? true : ['0', 'f', 'false'].includes(opt.text.toLowerCase()) ? false : 'unknown';
      }
      const ipam = asMap(node?.get('ipam', true));
      const pools: IpamPool[] = [];
      const network: ComposeNetwork = {
        name,
        doc,
        path,
        keySpan: keySpan(pair)!,
        ...(node ? { node } : {}),
        driver: readText(at('driver')),
        external,
        enableIpv4: readBool(at('enable_ipv4')),
        ...(enableIpv4Pair ? { enableIpv4Pair } : {}),
        enableIpv6,
        ...(enableIpv6Pair ? { enableIpv6Pair } : {}),
        ipamDriver: readText(compose.scalar(ipam ? get(ipam, 'driver') : undefined, [...path, 'ipam', 'driver'])),
        pools,
      };
      for (const item of items(ipam ? get(ipam, 'config') : undefined, [...path, 'ipam', 'config'])) {
        if (!isMap(item.node)) continue;
        const p = item.path;
        const aux: (ParsedField<NetipAddr> & { name: string; keySpan: Span })[] = [];
        for (const e of entries(get(item.node, 'aux_addresses'))) {
          const f = field(compose, e.value, [...p, 'aux_addresses', e.key], addr('auxiliary address'));
          if (f) aux.push({ ...f, name: e.key, keySpan: keySpan(e.pair)! });
        }
        const subnet = field(compose, get(item.node, 'subnet'), [...p, 'subnet'], prefix('subnet'));
        const ipRange = field(compose, get(item.node, 'ip_range'), [...p, 'ip_range'], prefix('ip-range'));
        const gateway = field(compose, get(item.node, 'gateway'), [...p, 'gateway'], addr('gateway address'));
        pools.push({
          network,
          node: item.node,
          path: p,
          index: item.index,
          ...(subnet ? { subnet } : {}),
          ...(ipRange ? { ipRange } : {}),
          ...(gateway ? { gateway } : {}),
          aux,
        });
      }
      out.push(network);
    }
  }
  return out;
}

/** The bridge driver (the Engine's default on Linux). */
export function isBridge(n: ComposeNetwork): boolean {
  return n.driver === undefined || n.driver === 'bridge';
}

/** Whether Docker creates the network from this file (not external, not depending on an unknown variable). */
export function isManaged(n: ComposeNetwork): boolean {
  return n.external === undefined || n.external === false;
}

/** The family of a pool as the Engine decides it: `Subnet.Addr().Is6()` (an IPv4-mapped subnet is IPv6). */
export function poolFamily(pool: IpamPool): 4 | 6 | undefined {
  const s = pool.subnet?.value;
  if (!s) return undefined;
  return s.addr.ip.family === 'IPv6' ? 6 : 4;
}

/**
 * Pools the Engine uses: IPv6 pools only when IPv6 is enabled (moby validateIpamConfig skips them otherwise),
 * IPv4 pools unless IPv4 is disabled; a family whose switch depends on an unknown variable counts as off.
 */
export function activePools(n: ComposeNetwork): IpamPool[] {
  return n.pools.filter((p) => {
    const family = poolFamily(p);
    if (family === 6) return n.enableIpv6 === true;
    if (family === 4) return n.enableIpv4 === true || n.enableIpv4 === undefined;
    return false;
  });
}

/** The network attachments of a service: `networks:` as a list or a mapping. */
export interface NetworkAttachment {
  readonly name: string;
  readonly keySpan: Span;
  readonly path: FieldPath;
  readonly node?: YAMLMap;
}

export function attachments(compose: ComposeFile, serviceNode: Node, servicePath: FieldPath): NetworkAttachment[] {
  const networks = isMap(serviceNode) ? (serviceNode as YAMLMap).get('networks', true) : undefined;
  const path = [...servicePath, 'networks'];
  const out: NetworkAttachment[] = [];
  if (isMap(networks)) {
    for (const e of entries(networks)) {
      out.push({ name: e.key, keySpan: keySpan(e.pair)!, path: [...path, e.key], ...(isMap(e.value) ? { node: e.value as YAMLMap } : {}) });
    }
  } else {
    for (const item of items(networks, path)) {
      const s = compose.scalar(item.node, item.path);
      if (s?.text !== undefined) out.push({ name: s.text, keySpan: s.span, path: item.path });
    }
  }
  return out;
}
