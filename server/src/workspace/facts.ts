// What one parsed file contributes to the workspace model: the cluster definitions it holds (kubeadm, kind,
// bare metal, k3s, control-plane static pods), its member ranges (load-balancer and Calico pools, node
// addresses, ServiceCIDRs) and its Compose facts. Read through the rule views, so the model and the rules
// agree on every value; the result is plain data with spans and no `yaml` nodes.

import { isMap, type Node, type YAMLMap } from 'yaml';
import type { Settings } from '../types';
import type { Span } from '../text/span';
import type { YamlFile } from '../yaml/parse';
import { asMap, get, getIn, pairOf, seqItems, stringAt } from '../yaml/nodes';
import { resourcesOf, type Resource } from '../yaml/resources';
import { kindSpan } from '../rules/kubernetes/service-spec';
import { isTemplatedValue } from '../yaml/template';
import { cidrOf, firstAddress, lastAddress, parseCidr, type Cidr } from '../net/cidr';
import { familyBits, parseIp } from '../net/ip';
import { kubeadmNodeMask, kubeadmObjects, nodeIpsOf, subnetsOf } from '../rules/kubeadm/kubeadm';
import { componentsOf, flagItems, lastFlag, type ComponentFlags } from '../rules/kubeadm/control-plane';
import { allocatesNodeCidrs, maskFlags, nodeMaskSizes } from '../rules/kubeadm/components';
import { kindClusters, kindSubnets, type KindCluster } from '../rules/cluster/kind';
import { addressPoolsOf, bareMetalClusters, BAREMETAL_GROUP, type BareMetalCluster } from '../rules/cluster/baremetal';
import { k3sConfigs, k3sValue } from '../rules/cluster/k3s';
import { metalLbPools } from '../rules/cluster/metallb';
import { calicoPools } from '../rules/cluster/calico';
import { composeFile, composeServices, networkMode, profiles, type ComposeFile } from '../rules/compose/compose';
import { portBindings, type PortBinding } from '../rules/compose/port-entries';
import { hostAllocation } from '../rules/compose/port-allocator';
import { attachments, composeNetworks, activePools, networksOpaque } from '../rules/compose/networks';
import { isComposeFileName } from '../yaml/detect';
import type {
  ClusterDefinition, ComposeBinding, ComposeFacts, ComposeServiceFacts, FileFacts, MemberRange, NetRange, NodeMasks, Origin,
} from './types';

/** The documented defaults of each tool, used when a definition leaves a range out. */
const KUBEADM_SERVICE_SUBNET = '10.96.0.0/12';
const KIND_DEFAULTS: Record<string, { pods: string; services: string }> = {
  ipv4: { pods: '10.244.0.0/16', services: '10.96.0.0/16' },
  ipv6: { pods: 'fd00:10:244::/56', services: 'fd00:10:96::/112' },
  dual: { pods: '10.244.0.0/16,fd00:10:244::/56', services: '10.96.0.0/16,fd00:10:96::/112' },
};
const K3S_DEFAULTS = { 'cluster-cidr': '10.42.0.0/16', 'service-cidr': '10.43.0.0/16' } as const;
const DEFAULT_MASKS = { IPv4: 24, IPv6: 64 } as const;

/**
 * Whether a text can contribute anything, decided without parsing: a stream of Kubernetes objects (it has an
 * `apiVersion:`) that names none of the groups and components above, and is no Compose file, contributes
 * nothing. The language server's index skips the parse of such files; `factsOf` of them is empty (tested).
 */
export function mayHaveFacts(text: string, uri: string): boolean {
  if (!/^apiVersion\s*:/m.test(text)) return true;
  if (isComposeFileName(uri) || /^services\s*:/m.test(text)) return true;
  return /kubeadm\.k8s\.io|kind\.x-k8s\.io|baremetal\.cluster\.gke\.io|metallb\.io|projectcalico\.org|ServiceCIDR|kube-apiserver|kube-controller-manager|kube-proxy|kubelet\.config|kubeproxy\.config/.test(text);
}

/** The facts of a file that contributes nothing. */
export function emptyFacts(uri: string): FileFacts {
  return withFingerprint({ uri, definitions: [], members: [] });
}

export function factsOf(file: YamlFile, settings: Settings): FileFacts {
  const uri = file.source.uri;
  if (file.templated) return emptyFacts(uri);
  const definitions = [...kubeadmDefinitions(file), ...kindDefinitions(file), ...bareMetalDefinitions(file), ...k3sDefinitions(file), ...flagDefinitions(file)];
  const members = [...poolMembers(file), ...nodeMembers(file), ...serviceCidrMembers(file)];
  const compose = composeFacts(file, settings);
  return withFingerprint({ uri, definitions, members, ...(compose ? { compose } : {}) });
}

/**
 * The facts with their fingerprint, worked out the first time it is read: the language server reads it only for
 * files other open documents depend on, and compares a document's facts with `sameFacts` as it is edited.
 */
function withFingerprint(facts: Omit<FileFacts, 'fingerprint'>): FileFacts {
  let fingerprint: string | undefined;
  return Object.defineProperty({ ...facts }, 'fingerprint', {
    enumerable: true,
    get: () => (fingerprint ??= fingerprintOf(facts)),
  }) as FileFacts;
}

/** Whether two files' facts are equal (plain data compared in depth), fingerprints aside. */
export function sameFacts(a: FileFacts | undefined, b: FileFacts | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  // The fingerprint is not read: reading it would work it out.
  return samePlain(a, b, 'fingerprint');
}

function samePlain(a: unknown, b: unknown, skip?: string): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const k in x) {
    if (k === skip || x[k] === undefined) continue;
    count++;
    if (!samePlain(x[k], y[k])) return false;
  }
  for (const k in y) if (k !== skip && y[k] !== undefined) count--;
  return count === 0;
}

/**
 * A 64-bit hash of plain data (two 32-bit lanes, FNV-1a and a multiply-xorshift one) over a walk that writes each
 * value's type, and keys in their order: the facts of a 2,000-service Compose file hash in under half the time
 * `JSON.stringify` takes to spell them out (the strings held a megabyte each). Different facts give the same
 * fingerprint with a chance of about 2^-64.
 */
export function fingerprintOf(value: unknown): string {
  let a = 0x811c9dc5;
  let b = 0x6b43a9b5;
  const mix = (c: number): void => {
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  };
  const add = (s: string): void => {
    for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
    // A separator (no UTF-16 unit is this large), so that ["ab", "c"] and ["a", "bc"] differ.
    mix(0x10000);
  };
  const walk = (x: unknown): void => {
    switch (typeof x) {
      case 'string':
        mix(0x10001);
        add(x);
        return;
      case 'number':
        // Small integers (offsets, ports, prefix lengths) are mixed as they are; others as their text.
        if ((x | 0) === x) {
          mix(0x10002);
          mix(x & 0xffff);
          mix(x >>> 16);
        } else {
          mix(0x10003);
          add(String(x));
        }
        return;
      case 'bigint':
        mix(0x10004);
        add(x.toString(16));
        return;
      case 'boolean':
        mix(x ? 0x10005 : 0x10006);
        return;
      case 'object':
        if (x === null) mix(0x10007);
        else if (Array.isArray(x)) {
          mix(0x10008);
          for (let i = 0; i < x.length; i++) walk(x[i]);
          mix(0x10009);
        } else {
          mix(0x1000a);
          const record = x as Record<string, unknown>;
          for (const k in record) {
            const v = record[k];
            // As JSON does, a property that is undefined is no property.
            if (v === undefined) continue;
            add(k);
            walk(v);
          }
          mix(0x1000b);
        }
        return;
      default:
        mix(0x1000c);
    }
  };
  walk(value);
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Where a finding about a whole document points: its `kind` value (or its start). */
function kindSpanOf(resource: Resource): Span {
  return kindSpan(resource.root) ?? resource.doc.span;
}

/** Ranges from a comma list with spans, or null when one item does not parse. */
function rangesOf(items: readonly { text: string; span: Span; cidr?: Cidr }[], uri: string, field: string): NetRange[] | null {
  if (items.some((i) => !i.cidr)) return null;
  return items.map((i) => ({ cidr: i.cidr!, text: i.text, origin: { uri, span: i.span, field } }));
}

/** A tool's default value, pointing at the document that leaves it out. */
function defaults(text: string, uri: string, span: Span, field: string): NetRange[] {
  return text.split(',').flatMap((t) => {
    const p = parseCidr(t);
    return p.ok ? [{ cidr: p.cidr, text: t, origin: { uri, span, field, isDefault: true } }] : [];
  });
}

function defaultMasks(uri: string, span: Span, field: string): NodeMasks {
  const origin: Origin = { uri, span, field, isDefault: true };
  return { IPv4: { value: DEFAULT_MASKS.IPv4, origin }, IPv6: { value: DEFAULT_MASKS.IPv6, origin } };
}

function kubeadmDefinitions(file: YamlFile): ClusterDefinition[] {
  const uri = file.source.uri;
  const out: ClusterDefinition[] = [];
  const components = componentsOf(file);
  for (const object of kubeadmObjects(file)) {
    if (object.kind !== 'ClusterConfiguration') continue;
    const resource = object.resource;
    const span = kindSpanOf(resource);
    const of = (name: ComponentFlags['component']) => components.find((c) => c.source === 'kubeadm' && c.component === name && c.resource === resource);
    const written = flagOrSubnet(of('kube-apiserver'), 'service-cluster-ip-range', resource, 'serviceSubnet', uri);
    const services = written === undefined ? defaults(KUBEADM_SERVICE_SUBNET, uri, span, 'networking.serviceSubnet') : written;
    const pods = flagOrSubnet(of('kube-controller-manager'), 'cluster-cidr', resource, 'podSubnet', uri);
    const nodeMasks: { IPv4?: NodeMasks['IPv4']; IPv6?: NodeMasks['IPv6'] } = {};
    for (const family of ['IPv4', 'IPv6'] as const) {
      const mask = kubeadmNodeMask(resource, family);
      if (mask.mask === undefined) continue;
      nodeMasks[family] = { value: mask.mask, origin: mask.arg ? { uri, span: mask.arg.span, field: mask.source } : { uri, span, field: mask.source, isDefault: true } };
    }
    out.push({ level: 'config', tool: 'kubeadm', uri, docIndex: resource.doc.index, span, services, ...(pods !== undefined ? { pods } : {}), nodeMasks, dnsIndex: 10 });
  }
  return out;
}

/**
 * A kubeadm range: the component's extraArgs flag (which kubeadm passes over its own value), else networking.*.
 * Undefined when neither is written, null when the written value is a template or does not parse.
 */
function flagOrSubnet(component: ComponentFlags | undefined, flagName: string, resource: Resource, key: 'podSubnet' | 'serviceSubnet', uri: string): NetRange[] | null | undefined {
  const flag = component ? lastFlag(component, flagName) : undefined;
  if (flag && flag.value !== '') {
    if (isTemplatedValue(flag.value)) return null;
    return rangesOf(flagItems(flag), uri, `${component!.component === 'kube-apiserver' ? 'apiServer' : 'controllerManager'}.extraArgs ${flagName}`);
  }
  const raw = stringAt(getIn(resource.root, ['networking', key]), ['networking', key]);
  if (!raw || raw.value === '') return undefined;
  if (isTemplatedValue(raw.value)) return null;
  const subnets = subnetsOf(resource, key);
  return subnets ? rangesOf(subnets.items, uri, `networking.${key}`) : null;
}

/** kind runs kubeadm with its own defaults; kubeadmConfigPatches that touch the ranges make the config unreadable here. */
function kindDefinitions(file: YamlFile): ClusterDefinition[] {
  const uri = file.source.uri;
  return kindClusters(file).map((cluster): ClusterDefinition => {
    const span = kindSpanOf(cluster.resource);
    const patched = kindPatchesRanges(cluster);
    const known = KIND_DEFAULTS[cluster.family];
    const range = (key: 'podSubnet' | 'serviceSubnet'): NetRange[] | null => {
      if (patched || !known) return null;
      const raw = stringAt(getIn(cluster.resource.root, ['networking', key]), ['networking', key]);
      if (raw && raw.value !== '') {
        if (isTemplatedValue(raw.value)) return null;
        const subnets = kindSubnets(cluster, key);
        return subnets ? rangesOf(subnets.items, uri, `networking.${key}`) : null;
      }
      return defaults(key === 'podSubnet' ? known.pods : known.services, uri, span, `networking.${key}`);
    };
    return { level: 'config', tool: 'kind', uri, docIndex: cluster.resource.doc.index, span, services: range('serviceSubnet'), pods: range('podSubnet'), nodeMasks: defaultMasks(uri, span, 'kube-controller-manager default'), dnsIndex: 10 };
  });
}

function kindPatchesRanges(cluster: KindCluster): boolean {
  const patches = getIn(cluster.resource.root, ['kubeadmConfigPatches']);
  return seqItems(patches, ['kubeadmConfigPatches']).some((item) => {
    const text = stringAt(item.node, item.path)?.value ?? '';
    return /Subnet|cluster-cidr|service-cluster-ip-range|node-cidr-mask/.test(text);
  });
}

function bareMetalDefinitions(file: YamlFile): ClusterDefinition[] {
  const uri = file.source.uri;
  return bareMetalClusters(file).map((cluster: BareMetalCluster): ClusterDefinition => {
    const span = kindSpanOf(cluster.resource);
    const read = (entries: BareMetalCluster['pods'], key: 'pods' | 'services'): NetRange[] | null | undefined => {
      if (entries.length === 0) return undefined;
      if (entries.some((e) => !e.cidr)) return null;
      return entries.map((e, i) => ({ cidr: e.cidr!, text: e.value.value, origin: { uri, span: e.value.span, field: `spec.clusterNetwork.${key}.cidrBlocks[${i}]` } }));
    };
    const services = read(cluster.services, 'services');
    const pods = read(cluster.pods, 'pods');
    return {
      level: 'config', tool: 'bare metal', uri, docIndex: cluster.resource.doc.index, span,
      ...(services !== undefined ? { services } : {}), ...(pods !== undefined ? { pods } : {}),
      nodeMasks: defaultMasks(uri, span, 'bare-metal default'),
    };
  });
}

function k3sDefinitions(file: YamlFile): ClusterDefinition[] {
  const uri = file.source.uri;
  return k3sConfigs(file).map((config): ClusterDefinition => {
    const first = config.root.items[0]?.key as Node | undefined;
    const span = first?.range ? { start: first.range[0], end: first.range[1] } : config.doc.span;
    const range = (key: keyof typeof K3S_DEFAULTS): NetRange[] | null => {
      const value = k3sValue(config, key);
      if (value) return rangesOf(value.items, uri, key);
      // Written but unreadable (a template): unknown. Not written: k3s' default.
      if (pairOf(config.root, key) || pairOf(config.root, `${key}+`)) return null;
      return defaults(K3S_DEFAULTS[key], uri, span, key);
    };
    return { level: 'config', tool: 'k3s', uri, docIndex: config.doc.index, span, services: range('service-cidr'), pods: range('cluster-cidr'), nodeMasks: defaultMasks(uri, span, 'k3s default'), dnsIndex: 10 };
  });
}

/** Static pod manifests of kube-apiserver (service ranges) and kube-controller-manager (pod ranges, node masks). */
function flagDefinitions(file: YamlFile): ClusterDefinition[] {
  const uri = file.source.uri;
  const out: ClusterDefinition[] = [];
  for (const component of componentsOf(file)) {
    if (component.source !== 'static-pod') continue;
    const span = kindSpanOf(component.resource);
    const base = { level: 'flags' as const, uri, docIndex: component.resource.doc.index, span };
    if (component.component === 'kube-apiserver') {
      const flag = lastFlag(component, 'service-cluster-ip-range');
      if (!flag || flag.value === '') continue;
      const services = isTemplatedValue(flag.value) ? null : rangesOf(flagItems(flag), uri, '--service-cluster-ip-range');
      out.push({ ...base, tool: 'kube-apiserver', services, nodeMasks: {} });
    } else if (component.component === 'kube-controller-manager') {
      const flag = lastFlag(component, 'cluster-cidr');
      if (!flag || flag.value === '' || !allocatesNodeCidrs(component)) continue;
      const pods = isTemplatedValue(flag.value) ? null : rangesOf(flagItems(flag), uri, '--cluster-cidr');
      const nodeMasks: { IPv4?: NodeMasks['IPv4']; IPv6?: NodeMasks['IPv6'] } = {};
      if (pods) {
        const flags = maskFlags(component);
        const result = nodeMaskSizes(flags, pods.map((p) => p.cidr));
        if (result.ok) {
          for (const family of ['IPv4', 'IPv6'] as const) {
            const written = family === 'IPv4' ? (flags.ipv4 ?? flags.generic) : (flags.ipv6 ?? flags.generic);
            nodeMasks[family] = {
              value: result.masks[family],
              origin: written ? { uri, span: written.span, field: `--${written.name}` } : { uri, span, field: 'kube-controller-manager default', isDefault: true },
            };
          }
        }
      }
      out.push({ ...base, tool: 'kube-controller-manager', pods, nodeMasks });
    }
  }
  return out;
}

function member(role: MemberRange['role'], tool: MemberRange['tool'], what: string, text: string, cidrs: readonly Cidr[], uri: string, docIndex: number, span: Span): MemberRange | undefined {
  if (cidrs.length === 0) return undefined;
  const family = cidrs[0]!.family;
  if (cidrs.some((c) => c.family !== family)) return undefined;
  let start = firstAddress(cidrs[0]!).value;
  let end = lastAddress(cidrs[0]!).value;
  for (const c of cidrs) {
    if (firstAddress(c).value < start) start = firstAddress(c).value;
    if (lastAddress(c).value > end) end = lastAddress(c).value;
  }
  return { role, tool, what, text, family, cidrs, start, end, uri, docIndex, span };
}

function poolMembers(file: YamlFile): MemberRange[] {
  const uri = file.source.uri;
  const out: (MemberRange | undefined)[] = [];
  for (const pool of metalLbPools(file)) {
    const what = `MetalLB IPAddressPool ${JSON.stringify(pool.name?.value ?? '')}`;
    for (const address of pool.addresses) {
      if (!address.ok || address.mixed) continue;
      out.push(member('pool', 'MetalLB', what, address.value.value, address.cidrs, uri, pool.resource.doc.index, address.value.span));
    }
  }
  for (const cluster of bareMetalClusters(file)) {
    for (const pool of addressPoolsOf(cluster)) {
      const what = `load-balancer pool ${JSON.stringify(pool.name ?? '')}`;
      for (const address of pool.addresses) {
        if (address.problem) continue;
        out.push(member('pool', 'bare metal', what, address.value.value, address.cidrs, uri, cluster.resource.doc.index, address.value.span));
      }
    }
  }
  for (const pool of calicoPools(file)) {
    if (!pool.parsed || pool.disabled || !pool.cidr) continue;
    out.push(member('calico', 'Calico', `Calico IPPool ${JSON.stringify(pool.name)}`, pool.cidr.value, [pool.parsed.cidr], uri, pool.resource.doc.index, pool.cidr.span));
  }
  return out.filter((m): m is MemberRange => m !== undefined);
}

/** Node addresses: kubeadm's advertiseAddress and kubelet node-ip, bare-metal node pool addresses. */
function nodeMembers(file: YamlFile): MemberRange[] {
  const uri = file.source.uri;
  const out: (MemberRange | undefined)[] = [];
  const single = (what: string, text: string, span: Span, docIndex: number, tool: MemberRange['tool']) => {
    if (isTemplatedValue(text)) return;
    const p = parseIp(text.trim());
    if (!p.ok) return;
    out.push(member('node', tool, what, text, [cidrOf(p.ip, familyBits(p.ip.family))], uri, docIndex, span));
  };
  for (const object of kubeadmObjects(file)) {
    for (const path of [['localAPIEndpoint', 'advertiseAddress'], ['controlPlane', 'localAPIEndpoint', 'advertiseAddress']]) {
      if (object.kind !== 'InitConfiguration' && object.kind !== 'JoinConfiguration') continue;
      const value = stringAt(getIn(object.resource.root, path), path);
      if (value && value.value !== '') single(`${object.kind} ${path.join('.')}`, value.value, value.span, object.resource.doc.index, 'kubeadm');
    }
    const ips = nodeIpsOf(object);
    for (const item of ips?.items ?? []) single(`${object.kind} kubelet node-ip`, item.text, item.span, object.resource.doc.index, 'kubeadm');
  }
  for (const resource of resourcesOf(file)) {
    if (resource.group !== BAREMETAL_GROUP) continue;
    const path = resource.kind === 'Cluster' ? ['spec', 'controlPlane', 'nodePoolSpec', 'nodes'] : resource.kind === 'NodePool' ? ['spec', 'nodes'] : undefined;
    if (!path) continue;
    for (const item of seqItems(getIn(resource.root, path), path)) {
      const address = stringAt(get(item.node, 'address'), [...item.path, 'address']);
      if (address) single(`${resource.kind} node address`, address.value, address.span, resource.doc.index, 'bare metal');
    }
  }
  return out.filter((m): m is MemberRange => m !== undefined);
}

function serviceCidrMembers(file: YamlFile): MemberRange[] {
  const uri = file.source.uri;
  const out: (MemberRange | undefined)[] = [];
  for (const resource of resourcesOf(file, ['kubernetes'])) {
    if (resource.kind !== 'ServiceCIDR' || resource.group !== 'networking.k8s.io') continue;
    const name = stringAt(getIn(resource.root, ['metadata', 'name']), ['metadata', 'name'])?.value ?? '';
    for (const item of seqItems(getIn(resource.root, ['spec', 'cidrs']), ['spec', 'cidrs'])) {
      const value = stringAt(item.node, item.path);
      if (!value || isTemplatedValue(value.value)) continue;
      const p = parseCidr(value.value);
      if (p.ok) out.push(member('service-cidr', 'Kubernetes', `ServiceCIDR ${JSON.stringify(name)}`, value.value, [p.cidr], uri, resource.doc.index, value.span));
    }
  }
  return out.filter((m): m is MemberRange => m !== undefined);
}

function tagOf(node: unknown): string | undefined {
  return node && typeof node === 'object' && 'tag' in node ? (node as { tag?: string }).tag : undefined;
}

/** What the model keeps of a binding (one per published port of a file: written out rather than spread together). */
function bindingFacts(b: PortBinding): ComposeBinding {
  const out: { -readonly [K in keyof ComposeBinding]: ComposeBinding[K] } = { span: b.span, protocol: b.protocol, keys: b.keys };
  if (b.hostIp) out.hostIp = hostAllocation(b);
  if (b.hostPorts) out.hostPorts = { start: b.hostPorts.start, end: b.hostPorts.end };
  return out;
}

function composeFacts(file: YamlFile, settings: Settings): ComposeFacts | undefined {
  const compose: ComposeFile = composeFile(file, settings);
  if (compose.docs.length === 0) return undefined;
  const bindings = portBindings(compose);
  // Bindings by service and service keys by node, found once: a 2,000-service file made these lookups quadratic.
  const bindingsOf = new Map<unknown, typeof bindings>();
  for (const b of bindings) {
    const key = `${b.entry.service.name}\u0000${b.entry.service.doc.index}`;
    const list = bindingsOf.get(key);
    if (list) list.push(b);
    else bindingsOf.set(key, [b]);
  }
  const keyPairs = new Map<unknown, { readonly key: unknown }>();
  for (const doc of compose.docs) for (const p of asMap(get(doc.doc.contents, 'services'))?.items ?? []) if (!keyPairs.has(p.value)) keyPairs.set(p.value, p);
  const services: ComposeServiceFacts[] = composeServices(file).map((service) => {
    const node = isMap(service.node) ? (service.node as YAMLMap) : undefined;
    const pair = keyPairs.get(service.node);
    const key = pair?.key as Node | undefined;
    const span = key?.range ? { start: key.range[0], end: key.range[1] } : service.doc.span;
    const list = profiles(compose, service);
    const mode = networkMode(compose, service);
    const portsNode = node?.get('ports', true);
    const networksNode = node?.get('networks', true);
    return {
      name: service.name,
      span,
      profiles: list.some((p) => p.startsWith('\u0000')) ? 'unknown' : list,
      ...(mode ? { networkMode: { text: mode.text ?? 'unknown', span: mode.span } } : {}),
      portsReplaced: ['!override', '!reset'].includes(tagOf(portsNode) ?? ''),
      networksReplaced: ['!override', '!reset'].includes(tagOf(networksNode) ?? ''),
      bindings: (bindingsOf.get(`${service.name}\u0000${service.doc.index}`) ?? []).filter((b) => b.entry.service.doc === service.doc && b.hostPorts).map(bindingFacts),
      networks: attachments(compose, service.node, service.path).map((a) => ({ name: a.name, span: a.keySpan })),
    };
  });
  const networks = composeNetworks(compose);
  const subnets = networks.flatMap((n) => activePools(n).flatMap((pool) => {
    const subnet = pool.subnet;
    return subnet?.value ? [{ network: n.name, cidr: subnet.value.cidr, text: subnet.scalar.text ?? subnet.scalar.raw, span: subnet.scalar.span }] : [];
  }));
  return { services, networks: networks.map((n) => ({ name: n.name, span: n.keySpan })), networksOpaque: networksOpaque(compose), subnets };
}
