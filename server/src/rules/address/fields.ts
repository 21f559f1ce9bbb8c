// The catalogue of address fields: which field of which object holds an IP or a CIDR, and how strictly
// its owner parses it (KEP-4858 "Affected Fields"; kubeadm ValidateNetworking).

import { isScalar, type Scalar } from 'yaml';
import { isTemplatedValue } from '../../yaml/template';
import { asSeq, get, getIn, renderPath, seqItems, stringAt, type FieldPath, type Located } from '../../yaml/nodes';
import { configFilesOf, podSpecOf, resourcesOf, type Resource } from '../../yaml/resources';
import type { YamlFile } from '../../yaml/parse';
import { splitCommaList } from '../../net/list';
import { subSpan } from '../../yaml/scalar-source';
import type { Span } from '../../text/span';
import { flagsOfContainer, type Component } from '../kubeadm/control-plane';

/**
 * - `k8s-legacy`: sloppy parsing, strict from 1.36 (StrictIPCIDRValidation), canonical form only warned.
 * - `k8s-strict`: always strict and canonical (ServiceCIDR, IPAddress).
 * - `kubeadm`: kubeadm's sloppy ParseCIDRs/ParseIPSloppy; host bits are masked silently.
 * - `component`: a control-plane component flag or config field, parsed sloppily when the component starts.
 * - `unvalidated`: the API server does not look at it (loadBalancerIP, containers[].ports[].hostIP).
 * - `go`: Go's own `net.ParseIP` / `net.ParseCIDR` (kind, k3s, bare-metal, pflag IP flags): like `component`,
 *   except that IPv4 octets with leading zeros do not parse at all (Go 1.17 and later).
 */
export type AddressMode = 'k8s-legacy' | 'k8s-strict' | 'kubeadm' | 'component' | 'unvalidated' | 'go';

/** A command-line argument inside kubeadm extraArgs: a map key (v1beta3) or a `{name, value}` item (v1beta4). */
export interface ArgSegment {
  readonly arg: string;
}

/** A command-line flag of a control-plane container (static pod manifest): `--flag=value` or `--flag value`. */
export interface FlagSegment {
  readonly flag: string;
  readonly component: Component;
}

export type PathSegment = string | '*' | ArgSegment | FlagSegment;
export type AddressType = 'ip' | 'cidr';

export interface AddressField {
  readonly kinds: readonly string[];
  /** API groups the kinds belong to; omitted means any group. */
  readonly groups?: readonly string[];
  /** Path from the object root (or from the pod spec when `inPodSpec`); '*' walks every sequence item. */
  readonly path: readonly PathSegment[];
  readonly inPodSpec?: boolean;
  readonly type: AddressType;
  readonly mode: AddressMode;
  /** The value is a comma-separated list in one scalar. */
  readonly commaList?: boolean;
  /** The owner splits the list at commas without trimming (Go's `strings.Split`), so a space before an item is part of it. */
  readonly exactItems?: boolean;
  /** Values that mean something else and are not addresses (`None` for a headless clusterIP). */
  readonly allow?: readonly string[];
  /** Upstream trims surrounding spaces before parsing (loadBalancerSourceRanges). */
  readonly trim?: boolean;
  /** The upstream error text when the value does not parse; defaults to the apimachinery text. */
  readonly parseMessage?: string;
  /** For component flags: how upstream names the value in its messages (`--cluster-cidr`). */
  readonly label?: string;
  /** The owner's whole message when the value does not parse, for owners that do not use apimachinery's format. */
  readonly parseError?: (value: AddressValue) => string;
  /** Why the owner never reads this value here (a flag of a controller that is off); its errors are then warnings. */
  readonly ignoredWhen?: (value: AddressValue) => string | undefined;
  /** Only objects for which this holds have the field (an EndpointSlice's addresses are IPs for IPv4/IPv6 slices). */
  readonly when?: (resource: Resource) => boolean;
  /** The path as upstream prints it, when it differs from the YAML keys (a lone clusterIP is checked as clusterIPs[0]). */
  readonly printedPath?: (path: FieldPath) => FieldPath;
  /** The path upstream's validation errors print, when it differs from the one its warnings print (`spec.LoadBalancerSourceRanges[0]`). */
  readonly errorPath?: (path: FieldPath) => FieldPath;
}

const CORE = [''];
const KUBEADM = ['kubeadm.k8s.io'];
const KIND = ['kind.x-k8s.io'];
const BAREMETAL = ['baremetal.cluster.gke.io'];
/** The kind NetLens gives a k3s / RKE2 `config.yaml`, which has no apiVersion of its own (yaml/detect.ts). */
export const K3S_CONFIG = 'K3sConfig';

/** kube-apiserver `getServiceIPAndRanges`: only the first two entries are parsed, each with its own message. */
function apiServerRangeParseError(v: AddressValue): string {
  return (v.listIndex ?? 0) === 0 ? 'service-cluster-ip-range[0] is not a valid cidr' : 'service-cluster-ip-range[1] is not an ip net';
}

/** pflag's IP flags (`net.ParseIP` after trimming spaces). */
function pflagIpError(v: AddressValue): string {
  return `invalid argument ${JSON.stringify(v.listText)} for "${v.field.label ?? ''}" flag: failed to parse IP: ${JSON.stringify(v.listText)}`;
}

/** kube-controller-manager reads --cluster-cidr only for node IPAM: with --allocate-node-cidrs and not the cloud allocator. */
function nodeIpamOff(v: AddressValue): string | undefined {
  const at = v.path.indexOf('containers');
  const containerPath = v.path.slice(0, at + 2);
  const flags = flagsOfContainer(getIn(v.resource.root, containerPath), containerPath, 'kube-controller-manager');
  const last = (name: string): string | undefined => [...flags].reverse().find((f) => f.name === name)?.value;
  if (last('cidr-allocator-type') === 'CloudAllocator') return 'the CloudAllocator does not read --cluster-cidr';
  if (!['1', 't', 'T', 'true', 'TRUE', 'True'].includes(last('allocate-node-cidrs') ?? 'false')) return 'node IPAM is off (no --allocate-node-cidrs), so nothing reads it yet';
  return undefined;
}

const STATIC_POD_FLAGS: readonly [Component, string, AddressType, ((v: AddressValue) => string)?][] = [
  ['kube-apiserver', 'service-cluster-ip-range', 'cidr', apiServerRangeParseError],
  ['kube-apiserver', 'advertise-address', 'ip', pflagIpError],
  ['kube-controller-manager', 'cluster-cidr', 'cidr'],
  ['kube-controller-manager', 'service-cluster-ip-range', 'cidr'],
  ['kube-proxy', 'cluster-cidr', 'cidr'],
];

export const ADDRESS_FIELDS: readonly AddressField[] = [
  {
    kinds: ['Service'], groups: CORE, path: ['spec', 'clusterIP'], type: 'ip', mode: 'k8s-legacy', allow: ['None', ''],
    // On create a lone clusterIP is copied into clusterIPs (normalizeClusterIPs) and checked there, so upstream
    // prints it as spec.clusterIPs[0]; next to clusterIPs it is only compared with clusterIPs[0] (NL206).
    when: (r) => getIn(r.root, ['spec', 'clusterIPs']) === undefined,
    printedPath: () => ['spec', 'clusterIPs', 0],
  },
  { kinds: ['Service'], groups: CORE, path: ['spec', 'clusterIPs', '*'], type: 'ip', mode: 'k8s-legacy', allow: ['None'] },
  { kinds: ['Service'], groups: CORE, path: ['spec', 'externalIPs', '*'], type: 'ip', mode: 'k8s-legacy' },
  { kinds: ['Service'], groups: CORE, path: ['spec', 'loadBalancerIP'], type: 'ip', mode: 'unvalidated', allow: [''] },
  {
    kinds: ['Service'], groups: CORE, path: ['spec', 'loadBalancerSourceRanges', '*'], type: 'cidr', mode: 'k8s-legacy', trim: true,
    // ValidateService builds its error path with a capital L; the warnings (warnings.go) spell it in lower case.
    errorPath: (p) => p.map((s) => (s === 'loadBalancerSourceRanges' ? 'LoadBalancerSourceRanges' : s)),
  },
  { kinds: ['Node'], groups: CORE, path: ['spec', 'podCIDR'], type: 'cidr', mode: 'k8s-legacy', allow: [''] },
  { kinds: ['Node'], groups: CORE, path: ['spec', 'podCIDRs', '*'], type: 'cidr', mode: 'k8s-legacy' },
  { kinds: ['Endpoints'], groups: CORE, path: ['subsets', '*', 'addresses', '*', 'ip'], type: 'ip', mode: 'k8s-legacy' },
  { kinds: ['Endpoints'], groups: CORE, path: ['subsets', '*', 'notReadyAddresses', '*', 'ip'], type: 'ip', mode: 'k8s-legacy' },
  { kinds: ['NetworkPolicy'], groups: ['networking.k8s.io'], path: ['spec', 'ingress', '*', 'from', '*', 'ipBlock', 'cidr'], type: 'cidr', mode: 'k8s-legacy' },
  { kinds: ['NetworkPolicy'], groups: ['networking.k8s.io'], path: ['spec', 'ingress', '*', 'from', '*', 'ipBlock', 'except', '*'], type: 'cidr', mode: 'k8s-legacy' },
  { kinds: ['NetworkPolicy'], groups: ['networking.k8s.io'], path: ['spec', 'egress', '*', 'to', '*', 'ipBlock', 'cidr'], type: 'cidr', mode: 'k8s-legacy' },
  { kinds: ['NetworkPolicy'], groups: ['networking.k8s.io'], path: ['spec', 'egress', '*', 'to', '*', 'ipBlock', 'except', '*'], type: 'cidr', mode: 'k8s-legacy' },
  { kinds: ['ServiceCIDR'], groups: ['networking.k8s.io'], path: ['spec', 'cidrs', '*'], type: 'cidr', mode: 'k8s-strict' },
  {
    kinds: ['EndpointSlice'], groups: ['discovery.k8s.io'], path: ['endpoints', '*', 'addresses', '*'], type: 'ip', mode: 'k8s-legacy',
    // FQDN slices hold DNS names; only IPv4 and IPv6 slices hold addresses (discovery validation, by addressType).
    when: (r) => ['IPv4', 'IPv6'].includes(stringAt(getIn(r.root, ['addressType']), ['addressType'])?.value ?? ''),
  },
  // Status is reset by the API server on create and only validated on status updates, so a manifest's status
  // addresses are never checked on apply: unparseable ones are worth a warning, valid ones a hover.
  { kinds: ['Service'], groups: CORE, path: ['status', 'loadBalancer', 'ingress', '*', 'ip'], type: 'ip', mode: 'unvalidated', allow: [''] },
  { kinds: ['Ingress'], groups: ['networking.k8s.io', 'extensions'], path: ['status', 'loadBalancer', 'ingress', '*', 'ip'], type: 'ip', mode: 'unvalidated', allow: [''] },
  { kinds: ['Pod'], groups: CORE, path: ['status', 'podIP'], type: 'ip', mode: 'unvalidated', allow: [''] },
  { kinds: ['Pod'], groups: CORE, path: ['status', 'podIPs', '*', 'ip'], type: 'ip', mode: 'unvalidated', allow: [''] },
  { kinds: ['Pod'], groups: CORE, path: ['status', 'hostIP'], type: 'ip', mode: 'unvalidated', allow: [''] },
  { kinds: ['Pod'], groups: CORE, path: ['status', 'hostIPs', '*', 'ip'], type: 'ip', mode: 'unvalidated', allow: [''] },
  { kinds: ['IPAddress'], groups: ['networking.k8s.io'], path: ['metadata', 'name'], type: 'ip', mode: 'k8s-strict' },
  { kinds: [], inPodSpec: true, path: ['hostAliases', '*', 'ip'], type: 'ip', mode: 'k8s-legacy' },
  { kinds: [], inPodSpec: true, path: ['dnsConfig', 'nameservers', '*'], type: 'ip', mode: 'k8s-legacy' },
  { kinds: [], inPodSpec: true, path: ['containers', '*', 'ports', '*', 'hostIP'], type: 'ip', mode: 'unvalidated', allow: [''] },
  { kinds: [], inPodSpec: true, path: ['initContainers', '*', 'ports', '*', 'hostIP'], type: 'ip', mode: 'unvalidated', allow: [''] },
  {
    kinds: ['ClusterConfiguration'], groups: KUBEADM, path: ['networking', 'podSubnet'], type: 'cidr', mode: 'kubeadm',
    // kubeadm splits at commas without trimming (ValidateIPNetFromString), so "a, b" does not parse.
    commaList: true, exactItems: true, allow: [''], parseMessage: "couldn't parse subnet",
  },
  {
    kinds: ['ClusterConfiguration'], groups: KUBEADM, path: ['networking', 'serviceSubnet'], type: 'cidr', mode: 'kubeadm',
    // kubeadm splits at commas without trimming (ValidateIPNetFromString), so "a, b" does not parse.
    commaList: true, exactItems: true, allow: [''], parseMessage: "couldn't parse subnet",
  },
  ...(['apiServer', 'controllerManager'] as const).flatMap((component) =>
    (component === 'apiServer' ? ['service-cluster-ip-range'] : ['cluster-cidr', 'service-cluster-ip-range']).map((flag): AddressField => ({
      kinds: ['ClusterConfiguration'], groups: KUBEADM, path: [component, 'extraArgs', { arg: flag }], type: 'cidr', mode: 'component',
      commaList: true, label: `--${flag}`, ...(component === 'apiServer' ? { parseError: apiServerRangeParseError } : {}),
    })),
  ),
  {
    kinds: ['ClusterConfiguration'], groups: KUBEADM, path: ['apiServer', 'extraArgs', { arg: 'advertise-address' }], type: 'ip', mode: 'go',
    label: '--advertise-address', parseError: pflagIpError,
  },
  // Static pod manifests of the control plane (kubeadm writes them to /etc/kubernetes/manifests).
  ...STATIC_POD_FLAGS.map(([component, flag, type, parseError]): AddressField => ({
    kinds: [], inPodSpec: true, path: ['containers', '*', { flag, component }], type, mode: type === 'ip' ? 'go' : 'component',
    commaList: type === 'cidr', exactItems: type === 'cidr', label: `--${flag}`, ...(parseError ? { parseError } : {}),
    ...(component === 'kube-controller-manager' && flag === 'cluster-cidr' ? { ignoredWhen: nodeIpamOff } : {}),
  })),
  {
    kinds: ['KubeProxyConfiguration'], groups: ['kubeproxy.config.k8s.io'], path: ['clusterCIDR'], type: 'cidr', mode: 'component',
    commaList: true, allow: [''], label: 'KubeProxyConfiguration.ClusterCIDR', parseMessage: 'must be a valid CIDR block (e.g. 10.100.0.0/16 or fde4:8dba:82e1::/48)',
  },
  {
    kinds: ['KubeletConfiguration'], groups: ['kubelet.config.k8s.io'], path: ['clusterDNS', '*'], type: 'ip', mode: 'component',
    // The kubelet has no config validation for it: NewMainKubelet logs the bad entry and drops it.
    ignoredWhen: () => 'the kubelet logs "Invalid clusterDNS IP" and drops this entry, so pods lose that resolver',
  },
  {
    kinds: ['InitConfiguration', 'JoinConfiguration'], groups: KUBEADM, path: ['localAPIEndpoint', 'advertiseAddress'], type: 'ip',
    mode: 'kubeadm', allow: [''], parseMessage: 'ip address is not valid',
  },
  {
    kinds: ['JoinConfiguration'], groups: KUBEADM, path: ['controlPlane', 'localAPIEndpoint', 'advertiseAddress'], type: 'ip',
    mode: 'kubeadm', allow: [''], parseMessage: 'ip address is not valid',
  },
  // kind (kind.x-k8s.io/v1alpha4 Cluster): Go's net.ParseCIDR / net.ParseIP, messages of pkg/internal/apis/config/validate.go.
  ...(['podSubnet', 'serviceSubnet'] as const).map((key): AddressField => ({
    kinds: ['Cluster'], groups: KIND, path: ['networking', key], type: 'cidr', mode: 'go', commaList: true, exactItems: true, allow: [''],
    parseError: (v) => `invalid ${key === 'podSubnet' ? 'pod' : 'service'} subnet failed to parse cidr value:${JSON.stringify(v.text)} with error: invalid CIDR address: ${v.text}`,
  })),
  {
    kinds: ['Cluster'], groups: KIND, path: ['networking', 'apiServerAddress'], type: 'ip', mode: 'go', allow: [''],
    parseError: (v) => `networking.apiServerAddress: ${JSON.stringify(v.text)} is not an IP address: kind publishes the API server on it (docker run --publish=${v.text}:PORT:6443), which fails`,
  },
  {
    kinds: ['Cluster'], groups: KIND, path: ['nodes', '*', 'extraPortMappings', '*', 'listenAddress'], type: 'ip', mode: 'go', allow: [''],
    parseError: (v) => `invalid configuration for node ${String(v.path[1])}: invalid portMapping: invalid listen address: ${v.text}`,
  },
  // Bare metal (GDC / Anthos) Cluster and ClusterCIDRConfig; bmctl and the webhooks parse with Go's net package.
  ...(['pods', 'services'] as const).map((key): AddressField => ({
    kinds: ['Cluster'], groups: BAREMETAL, path: ['spec', 'clusterNetwork', key, 'cidrBlocks', '*'], type: 'cidr', mode: 'go',
    parseError: (v) => `${renderPath(v.path)}: ${JSON.stringify(v.text)} is not a valid CIDR block (Go's net.ParseCIDR: invalid CIDR address: ${v.text})`,
  })),
  ...(['controlPlaneVIP', 'ingressVIP'] as const).map((key): AddressField => ({
    kinds: ['Cluster'], groups: BAREMETAL, path: ['spec', 'loadBalancer', 'vips', key], type: 'ip', mode: 'go', allow: [''],
  })),
  { kinds: ['Cluster'], groups: BAREMETAL, path: ['spec', 'controlPlane', 'nodePoolSpec', 'nodes', '*', 'address'], type: 'ip', mode: 'go' },
  { kinds: ['NodePool'], groups: BAREMETAL, path: ['spec', 'nodes', '*', 'address'], type: 'ip', mode: 'go' },
  ...(['ipv4', 'ipv6'] as const).map((key): AddressField => ({
    kinds: ['ClusterCIDRConfig'], groups: BAREMETAL, path: ['spec', key, 'cidr'], type: 'cidr', mode: 'go',
  })),
  // k3s / RKE2 config files (flags as keys): each comma-separated entry is parsed with Go's net.ParseCIDR (pkg/cli/server).
  ...(['cluster-cidr', 'service-cidr'] as const).flatMap((key) => [[key], [key, '*']].map((path): AddressField => ({
    kinds: [K3S_CONFIG], path, type: 'cidr', mode: 'go', commaList: true, label: key,
    parseError: (v) => `invalid ${key} ${v.text}: invalid CIDR address: ${v.text}`,
  }))),
  ...(['cluster-dns', 'node-ip', 'node-external-ip', 'advertise-address'] as const).flatMap((key) => [[key], [key, '*']].map((path): AddressField => ({
    kinds: [K3S_CONFIG], path, type: 'ip', mode: 'go', commaList: key !== 'advertise-address', label: key,
    parseError: (v) => (key === 'cluster-dns' ? `invalid cluster-dns address ${v.text}` : `invalid ip format '${v.text}'`),
  }))),
];

/** One address (a whole scalar, or one item of a comma list) found in a field of the catalogue. */
export interface AddressValue {
  readonly field: AddressField;
  readonly resource: Resource;
  /** The scalar that holds it. */
  readonly scalar: Located<string>;
  /** The address text itself (an item of the list, trimmed when upstream trims). */
  readonly text: string;
  /** Where the address text stands in the source. */
  readonly span: Span;
  /** The path relative to the object, as upstream prints it (`spec.clusterIPs[0]`). */
  readonly path: FieldPath;
  /** For comma lists: the item's index and the number of items. */
  readonly listIndex?: number;
  /** The whole value the address belongs to (a comma list, or a flag's value without `--flag=`), as upstream echoes it. */
  readonly listText: string;
}

/**
 * Where a walk found a value: its node, and its path as the parent's path and the item index (`-1`: the parent's
 * path is the whole path). The path is spelled out only when something asks for it (a message, a hover): a flow
 * list of addresses can have tens of thousands of items, most of which nobody asks about.
 */
type Visit = (node: unknown, parent: FieldPath, index: number, valueOffset: number) => void;

/** Follows `pattern` from position `at` (an index, not a copy: this runs for every field of every object). */
function walk(node: unknown, pattern: readonly PathSegment[], path: FieldPath, visit: Visit, at = 0): void {
  if (at === pattern.length) {
    visit(node, path, -1, 0);
    return;
  }
  const head = pattern[at]!;
  const last = at + 1 === pattern.length;
  if (head === '*') {
    // The items read in place (no list of them first).
    const items = asSeq(node)?.items;
    if (!items) return;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!item) continue;
      if (last) visit(item, path, i, 0);
      else walk(item, pattern, [...path, i], visit, at + 1);
    }
  } else if (typeof head === 'object' && 'flag' in head) {
    for (const flag of flagsOfContainer(node, path, head.component)) {
      if (flag.name === head.flag && last) visit(flag.node, flag.path, -1, flag.valueOffset);
    }
  } else if (typeof head === 'object') {
    const asKey = get(node, head.arg);
    if (asKey !== undefined) walk(asKey, pattern, [...path, head.arg], visit, at + 1);
    for (const item of seqItems(node, path)) {
      const name = stringAt(get(item.node, 'name'), [...item.path, 'name']);
      const value = get(item.node, 'value');
      if (name?.value === head.arg && value !== undefined) walk(value, pattern, [...item.path, 'value'], visit, at + 1);
    }
  } else {
    const child = get(node, head);
    if (child !== undefined) walk(child, pattern, [...path, head], visit, at + 1);
  }
}

/**
 * The catalogue's fields an object of `kind` can have (with the pod-spec fields when it has a pod spec), in
 * catalogue order: listed once per kind, as this runs for every object of a file.
 */
const fieldsByKind = new Map<string, readonly AddressField[]>();

function fieldsFor(kind: string, withPod: boolean): readonly AddressField[] {
  const key = `${withPod ? '+' : '-'}${kind}`;
  let fields = fieldsByKind.get(key);
  if (!fields) fieldsByKind.set(key, (fields = ADDRESS_FIELDS.filter((f) => (f.inPodSpec ? withPod : f.kinds.includes(kind)))));
  return fields;
}

/** `strings.Split(s, ",")` with offsets: items keep their spaces. */
function exactItems(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (const piece of text.split(',')) {
    out.push({ text: piece, start: from, end: from + piece.length });
    from += piece.length + 1;
  }
  return out;
}

/**
 * An address value whose path, located scalar and span are worked out when first read. The rules judge every
 * value by its text, and nearly all are clean: building those three for each of a file's values cost more than
 * judging them.
 */
class FoundValue implements AddressValue {
  private located?: Located<string>;
  private fullPath?: FieldPath;
  private where?: Span;

  constructor(
    readonly field: AddressField,
    readonly resource: Resource,
    private readonly node: Scalar,
    private readonly stringValue: string,
    private readonly parent: FieldPath,
    private readonly index: number,
    readonly text: string,
    readonly listIndex: number | undefined,
    readonly listText: string,
    /** Offsets of the text inside the scalar's value. */
    private readonly from: number,
    private readonly to: number,
  ) {}

  get path(): FieldPath {
    if (!this.fullPath) {
      const path = this.index < 0 ? this.parent : [...this.parent, this.index];
      this.fullPath = this.field.printedPath ? this.field.printedPath(path) : path;
    }
    return this.fullPath;
  }

  get scalar(): Located<string> {
    const range = this.node.range!;
    return (this.located ??= { value: this.stringValue, span: { start: range[0], end: range[1] }, path: this.path, node: this.node });
  }

  get span(): Span {
    return (this.where ??= subSpan(this.node, this.from, this.to));
  }

  /** Where the text starts in the source, for ordering without working out the span: the scalar's start, then the offset inside it. */
  get order(): number {
    return this.node.range![0];
  }

  get offset(): number {
    return this.from;
  }
}

const cache = new WeakMap<YamlFile, AddressValue[]>();

/** Source order: by scalar, then by place in the scalar (what ordering by span start gives, without the spans). */
function bySource(a: FoundValue, b: FoundValue): number {
  return a.order - b.order || a.offset - b.offset;
}

/** Every address value in the catalogue's fields, in source order; template values are left out. */
export function addressValues(file: YamlFile): readonly AddressValue[] {
  const cached = cache.get(file);
  if (cached) return cached;
  const out: FoundValue[] = [];
  for (const resource of [...resourcesOf(file), ...configFilesOf(file)]) {
    const pod = podSpecOf(resource);
    for (const field of fieldsFor(resource.kind, pod !== undefined)) {
      let base: { node: unknown; path: FieldPath } | undefined;
      if (field.inPodSpec) {
        if (!pod) continue;
        base = { node: pod.node, path: pod.path };
      } else {
        if (!field.kinds.includes(resource.kind)) continue;
        if (field.groups && !field.groups.includes(resource.group)) continue;
        if (field.when && !field.when(resource)) continue;
        base = { node: resource.root, path: [] };
      }
      walk(base.node, field.path, base.path, (node, parent, index, offset) => {
        if (!isScalar(node) || !node.range || node.value === null || node.value === undefined) return;
        const src = (node as Scalar).source;
        const value = typeof node.value === 'string' ? node.value : typeof src === 'string' ? src : String(node.value);
        const whole = offset > 0 ? value.slice(offset).trimEnd() : value;
        if (isTemplatedValue(whole)) return;
        if (field.allow?.includes(whole)) return;
        if (field.commaList) {
          const items = field.exactItems ? exactItems(whole) : splitCommaList(whole);
          items.forEach((item, i) => {
            out.push(new FoundValue(field, resource, node, value, parent, index, item.text, items.length > 1 ? i : undefined, whole, offset + item.start, offset + item.end));
          });
        } else {
          let text = whole;
          let start = 0;
          if (field.trim) {
            start = text.length - text.trimStart().length;
            text = text.trim();
          }
          out.push(new FoundValue(field, resource, node, value, parent, index, text, undefined, whole, offset + start, offset + start + text.length));
        }
      });
    }
  }
  // Values come field by field; most files list them in source order already.
  let sorted = true;
  for (let i = 1; i < out.length && sorted; i++) sorted = bySource(out[i - 1]!, out[i]!) <= 0;
  if (!sorted) out.sort(bySource);
  cache.set(file, out);
  return out;
}
