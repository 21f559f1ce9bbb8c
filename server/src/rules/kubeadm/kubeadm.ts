// Typed views of kubeadm configs (kubeadm.k8s.io ClusterConfiguration, InitConfiguration, JoinConfiguration):
// the networking subnets as kubeadm splits them, the extraArgs of every component, and the node masks.

import type { Scalar } from 'yaml';
import type { Span } from '../../text/span';
import type { YamlFile } from '../../yaml/parse';
import { getIn, pairOf, stringAt, type FieldPath, type Located } from '../../yaml/nodes';
import { resourcesOf, type Resource } from '../../yaml/resources';
import { subSpan } from '../../yaml/scalar-source';
import { isTemplatedValue } from '../../yaml/template';
import { parseCidr, type Cidr } from '../../net/cidr';
import { parseIp } from '../../net/ip';
import { lastArg, readExtraArgs, type ExtraArgs } from './control-plane';

export const KUBEADM_GROUP = 'kubeadm.k8s.io';

export interface KubeadmObject {
  readonly resource: Resource;
  readonly kind: 'ClusterConfiguration' | 'InitConfiguration' | 'JoinConfiguration' | string;
  /** `v1beta3`, `v1beta4`, … */
  readonly version: string;
}

export function kubeadmObjects(file: YamlFile): KubeadmObject[] {
  return resourcesOf(file)
    .filter((r) => r.group === KUBEADM_GROUP)
    .map((resource) => ({ resource, kind: resource.kind, version: resource.apiVersion.slice(resource.apiVersion.indexOf('/') + 1) }));
}

/** One item of a kubeadm subnet list, split the way `strings.Split(subnetStr, ",")` does (no trimming). */
export interface SubnetItem {
  readonly text: string;
  readonly span: Span;
  /** Undefined when the item does not parse (NL101 says why). */
  readonly cidr?: Cidr;
}

export interface Subnets {
  readonly scalar: Located<string>;
  readonly path: FieldPath;
  readonly items: readonly SubnetItem[];
  /** Every item parsed (kubeadm stops at "couldn't parse subnet" otherwise). */
  readonly parsed: boolean;
}

/** `networking.podSubnet` or `networking.serviceSubnet` of a ClusterConfiguration, when set and not templated. */
export function subnetsOf(resource: Resource, key: 'podSubnet' | 'serviceSubnet'): Subnets | undefined {
  const path: FieldPath = ['networking', key];
  const scalar = stringAt(getIn(resource.root, path), path);
  if (!scalar || scalar.value === '' || isTemplatedValue(scalar.value)) return undefined;
  const items: SubnetItem[] = [];
  let from = 0;
  let parsed = true;
  for (const piece of scalar.value.split(',')) {
    const span = subSpan(scalar.node as Scalar, from, from + piece.length);
    const p = parseCidr(piece);
    if (p.ok) items.push({ text: piece, span, cidr: p.cidr });
    else {
      parsed = false;
      items.push({ text: piece, span });
    }
    from += piece.length + 1;
  }
  return { scalar, path, items, parsed };
}

/**
 * Every CIDR of the service and pod subnets of each ClusterConfiguration in the file whose subnet lists parse
 * whole, service subnets first as kubeadm validates them.
 */
export function* validatedSubnetItems(file: YamlFile): Generator<{ object: KubeadmObject; key: 'serviceSubnet' | 'podSubnet'; subnets: Subnets; item: SubnetItem; cidr: Cidr }> {
  for (const object of kubeadmObjects(file)) {
    if (object.kind !== 'ClusterConfiguration') continue;
    for (const key of ['serviceSubnet', 'podSubnet'] as const) {
      const subnets = subnetsOf(object.resource, key);
      if (!subnets?.parsed) continue;
      for (const item of subnets.items) yield { object, key, subnets, item, cidr: item.cidr! };
    }
  }
}

/** The controllerManager extraArgs of a ClusterConfiguration (either form). */
export function controllerManagerArgs(resource: Resource): ExtraArgs | undefined {
  return readExtraArgs(getIn(resource.root, ['controllerManager', 'extraArgs']), ['controllerManager', 'extraArgs']);
}

export interface NodeMask {
  readonly mask?: number;
  /** Where the mask comes from, for hovers and messages. */
  readonly source: string;
  /** The extraArgs value when set there. */
  readonly arg?: { readonly value: string; readonly span: Span };
  /** kubeadm's error when the value is not an integer. */
  readonly error?: string;
}

/**
 * kubeadm `getClusterNodeMask`: only `node-cidr-mask-size-ipv4` / `-ipv6` are read (the generic
 * `node-cidr-mask-size` is ignored), the last entry wins, and a non-integer is an error; defaults /24 and /64.
 */
export function kubeadmNodeMask(resource: Resource, family: 'IPv4' | 'IPv6'): NodeMask {
  const name = family === 'IPv6' ? 'node-cidr-mask-size-ipv6' : 'node-cidr-mask-size-ipv4';
  const arg = lastArg(controllerManagerArgs(resource), name);
  const value = arg?.value;
  if (value && value.value !== '' && !isTemplatedValue(value.value)) {
    const n = goAtoi(value.value);
    if (n === undefined) {
      return {
        source: `controllerManager.extraArgs ${name}`,
        arg: { value: value.value, span: value.span },
        error: `could not parse the value of the kube-controller-manager flag ${name} as an integer: strconv.Atoi: parsing ${JSON.stringify(value.value)}: invalid syntax`,
      };
    }
    return { mask: n, source: `controllerManager.extraArgs ${name}`, arg: { value: value.value, span: value.span } };
  }
  return { mask: family === 'IPv6' ? 64 : 24, source: 'kube-controller-manager default' };
}

/** Go's `strconv.Atoi` for the values that matter here: an optional sign and decimal digits. */
export function goAtoi(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** `allocate-node-cidrs` from controllerManager extraArgs: kubeadm checks node masks unless it is "false". */
export function allocatesNodeCidrs(resource: Resource): boolean {
  return lastArg(controllerManagerArgs(resource), 'allocate-node-cidrs')?.value?.value !== 'false';
}

/**
 * `netutils.RangeSize`: the number of addresses kubeadm compares with its minimums. /0 and /1 give 0 (the
 * function returns 0 when 31 or more host bits are left for IPv4, 127 or more for IPv6), and 63 or more host
 * bits give math.MaxInt64.
 */
export function rangeSize(cidr: Cidr): bigint {
  const host = cidr.bits - cidr.prefix;
  if ((cidr.bits === 32 && host >= 31) || (cidr.bits === 128 && host >= 127)) return 0n;
  if (host >= 63) return 9223372036854775807n;
  return 1n << BigInt(host);
}

/** apimachinery's `field.Invalid` text: `path: Invalid value: "value": detail` (ints unquoted). */
export function fieldInvalid(path: string, value: string | number, detail: string): string {
  return `${path}: Invalid value: ${typeof value === 'number' ? String(value) : JSON.stringify(value)}: ${detail}`;
}

/** The span of a mapping key, for findings about a missing or wrong child. */
export function keySpan(map: unknown, key: string): Span | undefined {
  const pair = pairOf(map, key);
  const k = pair?.key as { range?: [number, number] } | undefined;
  return k?.range ? { start: k.range[0], end: k.range[1] } : undefined;
}

/** One entry of a kubelet `node-ip` value in kubeadm's nodeRegistration.kubeletExtraArgs. */
export interface NodeIpItem {
  readonly text: string;
  readonly span: Span;
  readonly ip?: import('../../net/ip').IpAddress;
}

export interface NodeIps {
  readonly object: KubeadmObject;
  readonly value: { readonly value: string; readonly span: Span; readonly node: Scalar };
  readonly items: readonly NodeIpItem[];
}

/**
 * The kubelet `--node-ip` of an Init/JoinConfiguration (kubeadm passes it through unchecked). The kubelet
 * splits at commas and, because the value came from a flag, trims spaces (ParseNodeIPArgument, sloppy mode).
 */
export function nodeIpsOf(object: KubeadmObject): NodeIps | undefined {
  if (object.kind !== 'InitConfiguration' && object.kind !== 'JoinConfiguration') return undefined;
  const args = readExtraArgs(getIn(object.resource.root, ['nodeRegistration', 'kubeletExtraArgs']), ['nodeRegistration', 'kubeletExtraArgs']);
  const arg = lastArg(args, 'node-ip')?.value;
  if (!arg || arg.value.trim() === '' || isTemplatedValue(arg.value)) return undefined;
  const items: NodeIpItem[] = [];
  let from = 0;
  for (const piece of arg.value.split(',')) {
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    const span = subSpan(arg.node, from + lead, from + lead + text.length);
    const parsed = parseIp(text);
    items.push(parsed.ok ? { text, span, ip: parsed.ip } : { text, span });
    from += piece.length + 1;
  }
  return { object, value: arg, items };
}

/** The families of the cluster's pod subnets (else service subnets) in the file's ClusterConfiguration. */
export function clusterFamilies(file: YamlFile): { families: Set<'IPv4' | 'IPv6'>; span: Span; text: string } | undefined {
  for (const object of kubeadmObjects(file)) {
    if (object.kind !== 'ClusterConfiguration') continue;
    for (const key of ['podSubnet', 'serviceSubnet'] as const) {
      const subnets = subnetsOf(object.resource, key);
      if (!subnets?.parsed) continue;
      return { families: new Set(subnets.items.map((i) => i.cidr!.family)), span: subnets.scalar.span, text: `networking.${key} ${subnets.scalar.value}` };
    }
  }
  return undefined;
}
