// The catalogue of address fields: which field of which object holds an IP or a CIDR, and how strictly
// its owner parses it (KEP-4858 "Affected Fields"; kubeadm ValidateNetworking).

import type { Scalar } from 'yaml';
import { isTemplatedValue } from '../../yaml/template';
import { getIn, seqItems, stringAt, type FieldPath, type Located } from '../../yaml/nodes';
import { podSpecOf, resourcesOf, type Resource } from '../../yaml/resources';
import type { YamlFile } from '../../yaml/parse';
import { splitCommaList } from '../../net/list';
import { subSpan } from '../../yaml/scalar-source';
import type { Span } from '../../text/span';

/**
 * - `k8s-legacy`: sloppy parsing, strict from 1.36 (StrictIPCIDRValidation), canonical form only warned.
 * - `k8s-strict`: always strict and canonical (ServiceCIDR, IPAddress).
 * - `kubeadm`: kubeadm's sloppy ParseCIDRs/ParseIPSloppy; host bits are masked silently.
 * - `component`: a control-plane component flag or config field, parsed sloppily when the component starts.
 * - `unvalidated`: the API server does not look at it (loadBalancerIP, containers[].ports[].hostIP).
 */
export type AddressMode = 'k8s-legacy' | 'k8s-strict' | 'kubeadm' | 'component' | 'unvalidated';

/** A command-line argument inside kubeadm extraArgs: a map key (v1beta3) or a `{name, value}` item (v1beta4). */
export interface ArgSegment {
  readonly arg: string;
}

export type PathSegment = string | '*' | ArgSegment;
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
  /** Values that mean something else and are not addresses (`None` for a headless clusterIP). */
  readonly allow?: readonly string[];
  /** Upstream trims surrounding spaces before parsing (loadBalancerSourceRanges). */
  readonly trim?: boolean;
  /** The upstream error text when the value does not parse; defaults to the apimachinery text. */
  readonly parseMessage?: string;
  /** For component flags: how upstream names the value in its messages (`--cluster-cidr`). */
  readonly label?: string;
}

const CORE = [''];
const KUBEADM = ['kubeadm.k8s.io'];

export const ADDRESS_FIELDS: readonly AddressField[] = [
  { kinds: ['Service'], groups: CORE, path: ['spec', 'clusterIP'], type: 'ip', mode: 'k8s-legacy', allow: ['None', ''] },
  { kinds: ['Service'], groups: CORE, path: ['spec', 'clusterIPs', '*'], type: 'ip', mode: 'k8s-legacy', allow: ['None'] },
  { kinds: ['Service'], groups: CORE, path: ['spec', 'externalIPs', '*'], type: 'ip', mode: 'k8s-legacy' },
  { kinds: ['Service'], groups: CORE, path: ['spec', 'loadBalancerIP'], type: 'ip', mode: 'unvalidated', allow: [''] },
  { kinds: ['Service'], groups: CORE, path: ['spec', 'loadBalancerSourceRanges', '*'], type: 'cidr', mode: 'k8s-legacy', trim: true },
  { kinds: ['Node'], groups: CORE, path: ['spec', 'podCIDR'], type: 'cidr', mode: 'k8s-legacy', allow: [''] },
  { kinds: ['Node'], groups: CORE, path: ['spec', 'podCIDRs', '*'], type: 'cidr', mode: 'k8s-legacy' },
  { kinds: ['Endpoints'], groups: CORE, path: ['subsets', '*', 'addresses', '*', 'ip'], type: 'ip', mode: 'k8s-legacy' },
  { kinds: ['Endpoints'], groups: CORE, path: ['subsets', '*', 'notReadyAddresses', '*', 'ip'], type: 'ip', mode: 'k8s-legacy' },
  { kinds: ['NetworkPolicy'], groups: ['networking.k8s.io'], path: ['spec', 'ingress', '*', 'from', '*', 'ipBlock', 'cidr'], type: 'cidr', mode: 'k8s-legacy' },
  { kinds: ['NetworkPolicy'], groups: ['networking.k8s.io'], path: ['spec', 'ingress', '*', 'from', '*', 'ipBlock', 'except', '*'], type: 'cidr', mode: 'k8s-legacy' },
  { kinds: ['NetworkPolicy'], groups: ['networking.k8s.io'], path: ['spec', 'egress', '*', 'to', '*', 'ipBlock', 'cidr'], type: 'cidr', mode: 'k8s-legacy' },
  { kinds: ['NetworkPolicy'], groups: ['networking.k8s.io'], path: ['spec', 'egress', '*', 'to', '*', 'ipBlock', 'except', '*'], type: 'cidr', mode: 'k8s-legacy' },
  { kinds: ['ServiceCIDR'], groups: ['networking.k8s.io'], path: ['spec', 'cidrs', '*'], type: 'cidr', mode: 'k8s-strict' },
  { kinds: ['IPAddress'], groups: ['networking.k8s.io'], path: ['metadata', 'name'], type: 'ip', mode: 'k8s-strict' },
  { kinds: [], inPodSpec: true, path: ['hostAliases', '*', 'ip'], type: 'ip', mode: 'k8s-legacy' },
  { kinds: [], inPodSpec: true, path: ['dnsConfig', 'nameservers', '*'], type: 'ip', mode: 'k8s-legacy' },
  { kinds: [], inPodSpec: true, path: ['containers', '*', 'ports', '*', 'hostIP'], type: 'ip', mode: 'unvalidated', allow: [''] },
  { kinds: [], inPodSpec: true, path: ['initContainers', '*', 'ports', '*', 'hostIP'], type: 'ip', mode: 'unvalidated', allow: [''] },
  {
    kinds: ['ClusterConfiguration'], groups: KUBEADM, path: ['networking', 'podSubnet'], type: 'cidr', mode: 'kubeadm',
    commaList: true, allow: [''], parseMessage: "couldn't parse subnet",
  },
  {
    kinds: ['ClusterConfiguration'], groups: KUBEADM, path: ['networking', 'serviceSubnet'], type: 'cidr', mode: 'kubeadm',
    commaList: true, allow: [''], parseMessage: "couldn't parse subnet",
  },
  ...(['apiServer', 'controllerManager'] as const).flatMap((component) =>
    (component === 'apiServer' ? ['service-cluster-ip-range'] : ['cluster-cidr', 'service-cluster-ip-range']).map((flag): AddressField => ({
      kinds: ['ClusterConfiguration'], groups: KUBEADM, path: [component, 'extraArgs', { arg: flag }], type: 'cidr', mode: 'component',
      commaList: true, label: `--${flag}`,
    })),
  ),
  {
    kinds: ['KubeProxyConfiguration'], groups: ['kubeproxy.config.k8s.io'], path: ['clusterCIDR'], type: 'cidr', mode: 'component',
    commaList: true, allow: [''], parseMessage: 'must be a valid CIDR block (e.g. 10.100.0.0/16 or fde4:8dba:82e1::/48)',
  },
  { kinds: ['KubeletConfiguration'], groups: ['kubelet.config.k8s.io'], path: ['clusterDNS', '*'], type: 'ip', mode: 'component' },
  {
    kinds: ['InitConfiguration', 'JoinConfiguration'], groups: KUBEADM, path: ['localAPIEndpoint', 'advertiseAddress'], type: 'ip',
    mode: 'kubeadm', allow: [''], parseMessage: 'ip address is not valid',
  },
  {
    kinds: ['JoinConfiguration'], groups: KUBEADM, path: ['controlPlane', 'localAPIEndpoint', 'advertiseAddress'], type: 'ip',
    mode: 'kubeadm', allow: [''], parseMessage: 'ip address is not valid',
  },
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
}

function walk(node: unknown, pattern: readonly PathSegment[], path: FieldPath, out: { node: unknown; path: FieldPath }[]): void {
  if (pattern.length === 0) {
    out.push({ node, path });
    return;
  }
  const [head, ...rest] = pattern;
  if (head === '*') {
    for (const item of seqItems(node, path)) walk(item.node, rest, item.path, out);
  } else if (typeof head === 'object') {
    const asKey = getIn(node, [head.arg]);
    if (asKey !== undefined) walk(asKey, rest, [...path, head.arg], out);
    for (const item of seqItems(node, path)) {
      const name = stringAt(getIn(item.node, ['name']), [...item.path, 'name']);
      const value = getIn(item.node, ['value']);
      if (name?.value === head.arg && value !== undefined) walk(value, rest, [...item.path, 'value'], out);
    }
  } else {
    const child = getIn(node, [head!]);
    if (child !== undefined) walk(child, rest, [...path, head!], out);
  }
}

const cache = new WeakMap<YamlFile, AddressValue[]>();

/** Every address value in the catalogue's fields, in source order; template values are left out. */
export function addressValues(file: YamlFile): readonly AddressValue[] {
  const cached = cache.get(file);
  if (cached) return cached;
  const out: AddressValue[] = [];
  for (const resource of resourcesOf(file)) {
    const pod = podSpecOf(resource);
    for (const field of ADDRESS_FIELDS) {
      let base: { node: unknown; path: FieldPath } | undefined;
      if (field.inPodSpec) {
        if (!pod) continue;
        base = { node: pod.node, path: pod.path };
      } else {
        if (!field.kinds.includes(resource.kind)) continue;
        if (field.groups && !field.groups.includes(resource.group)) continue;
        base = { node: resource.root, path: [] };
      }
      const found: { node: unknown; path: FieldPath }[] = [];
      walk(base.node, field.path, base.path, found);
      for (const f of found) {
        const scalar = stringAt(f.node, f.path);
        if (!scalar || isTemplatedValue(scalar.value)) continue;
        if (field.allow?.includes(scalar.value)) continue;
        if (field.commaList) {
          const items = splitCommaList(scalar.value);
          items.forEach((item, index) => {
            out.push({
              field, resource, scalar, text: item.text, path: f.path, listIndex: items.length > 1 ? index : undefined,
              span: subSpan(scalar.node as Scalar, item.start, item.end),
            });
          });
        } else {
          let text = scalar.value;
          let start = 0;
          if (field.trim) {
            start = text.length - text.trimStart().length;
            text = text.trim();
          }
          out.push({ field, resource, scalar, text, path: f.path, span: subSpan(scalar.node as Scalar, start, start + text.length) });
        }
      }
    }
  }
  out.sort((a, b) => a.span.start - b.span.start);
  cache.set(file, out);
  return out;
}
