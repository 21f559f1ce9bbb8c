// What each control-plane component will actually run with: its explicit flags, and for kubeadm the values
// kubeadm derives from networking (podSubnet → --cluster-cidr and --allocate-node-cidrs, serviceSubnet →
// --service-cluster-ip-range, InitConfiguration advertiseAddress → --advertise-address).

import type { Span } from '../../text/span';
import type { YamlFile } from '../../yaml/parse';
import { getIn, stringAt } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { parseIp, type IpAddress } from '../../net/ip';
import type { Cidr } from '../../net/cidr';
import { componentsOf, flagInt, flagItems, flagTrue, lastFlag, type ComponentFlags, type Flag } from './control-plane';
import { resourcesOf } from '../../yaml/resources';
import { subSpan } from '../../yaml/scalar-source';
import { splitCommaList } from '../../net/list';
import { kubeadmObjects, subnetsOf } from './kubeadm';

export interface RangeItem {
  readonly text: string;
  readonly span: Span;
  readonly cidr?: Cidr;
}

/** A CIDR list a component runs with, and whether the user wrote it as that component's flag. */
export interface EffectiveRange {
  readonly value: string;
  readonly span: Span;
  readonly items: readonly RangeItem[];
  /** Derived by kubeadm from networking.*; kubeadm's own rules already judge it. */
  readonly derived: boolean;
  /** Every item parsed as a CIDR. */
  readonly parsed: boolean;
}

/** The range of a written flag; null when it is a template, whose value is not known until it is filled in. */
function fromFlag(flag: Flag): EffectiveRange | null {
  if (isTemplatedValue(flag.value)) return null;
  const items = flagItems(flag);
  return { value: flag.value, span: flag.span, items, derived: false, parsed: items.every((i) => i.cidr) };
}

function fromSubnet(component: ComponentFlags, key: 'podSubnet' | 'serviceSubnet'): EffectiveRange | undefined {
  const subnets = subnetsOf(component.resource, key);
  if (!subnets) return undefined;
  return { value: subnets.scalar.value, span: subnets.scalar.span, items: subnets.items, derived: true, parsed: subnets.parsed };
}

export function isFlagValue(flag: Flag | undefined): flag is Flag {
  return flag !== undefined && flag.value !== '' && !isTemplatedValue(flag.value);
}

/**
 * kube-apiserver `--service-cluster-ip-range` (kubeadm: extraArgs, which kubeadm passes over networking.serviceSubnet,
 * else that subnet). Null when the flag is a template: the range it runs with is unknown, and the subnet is not it
 * (as the cluster model reads it, workspace/facts.ts).
 */
export function apiServerRange(component: ComponentFlags): EffectiveRange | null | undefined {
  const flag = lastFlag(component, 'service-cluster-ip-range');
  if (flag && flag.value !== '') return fromFlag(flag);
  return component.source === 'kubeadm' ? fromSubnet(component, 'serviceSubnet') : undefined;
}

/** kube-controller-manager `--cluster-cidr` (kubeadm: extraArgs, else networking.podSubnet); null as above. */
export function clusterCidr(component: ComponentFlags): EffectiveRange | null | undefined {
  const flag = lastFlag(component, 'cluster-cidr');
  if (flag && flag.value !== '') return fromFlag(flag);
  return component.source === 'kubeadm' ? fromSubnet(component, 'podSubnet') : undefined;
}

/**
 * Whether node IPAM runs: `--allocate-node-cidrs` (kubeadm sets it to true when podSubnet is set) and an
 * allocator that reads --cluster-cidr (not CloudAllocator).
 */
export function allocatesNodeCidrs(component: ComponentFlags): boolean {
  const type = lastFlag(component, 'cidr-allocator-type');
  if (type?.value === 'CloudAllocator') return false;
  const flag = lastFlag(component, 'allocate-node-cidrs');
  if (flag) return flagTrue(flag);
  return component.source === 'kubeadm' && subnetsOf(component.resource, 'podSubnet') !== undefined;
}

export interface MaskFlags {
  readonly generic?: Flag;
  readonly ipv4?: Flag;
  readonly ipv6?: Flag;
}

export function maskFlags(component: ComponentFlags): MaskFlags {
  const pick = (name: string): Flag | undefined => {
    const flag = lastFlag(component, name);
    return isFlagValue(flag) ? flag : undefined;
  };
  const out: { generic?: Flag; ipv4?: Flag; ipv6?: Flag } = {};
  const generic = pick('node-cidr-mask-size');
  const ipv4 = pick('node-cidr-mask-size-ipv4');
  const ipv6 = pick('node-cidr-mask-size-ipv6');
  if (generic) out.generic = generic;
  if (ipv4) out.ipv4 = ipv4;
  if (ipv6) out.ipv6 = ipv6;
  return out;
}

/** A mask flag counts as set when it parses to a non-zero value (the config field is then non-zero). */
export function maskValue(flag: Flag | undefined): number {
  return flag ? (flagInt(flag) ?? 0) : 0;
}

export type MaskResult =
  | { readonly ok: true; readonly masks: Readonly<Record<'IPv4' | 'IPv6', number>> }
  | { readonly ok: false; readonly message: string; readonly span: Span };

/** kube-controller-manager `setNodeCIDRMaskSizes` (cmd/kube-controller-manager/app/core.go), defaults /24 and /64. */
export function nodeMaskSizes(flags: MaskFlags, cidrs: readonly Cidr[]): MaskResult {
  let v4 = 24;
  let v6 = 64;
  const generic = maskValue(flags.generic);
  const m4 = maskValue(flags.ipv4);
  const m6 = maskValue(flags.ipv6);
  if (cidrs.length > 1) {
    if (generic !== 0) return { ok: false, message: 'usage of --node-cidr-mask-size is not allowed with dual-stack clusters', span: flags.generic!.span };
    if (m4 !== 0) v4 = m4;
    if (m6 !== 0) v6 = m6;
    return { ok: true, masks: { IPv4: v4, IPv6: v6 } };
  }
  const singleV6 = cidrs[0]?.family === 'IPv6';
  if (generic !== 0) {
    if (m4 !== 0 || m6 !== 0) {
      return {
        ok: false,
        message: 'usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set. For dual-stack clusters please unset it and use IPFamily specific flags',
        span: flags.generic!.span,
      };
    }
    return { ok: true, masks: { IPv4: generic, IPv6: generic } };
  }
  if (m4 !== 0) {
    if (singleV6) return { ok: false, message: 'usage of --node-cidr-mask-size-ipv4 is not allowed for a single-stack IPv6 cluster', span: flags.ipv4!.span };
    v4 = m4;
  }
  if (m6 !== 0) {
    if (!singleV6) return { ok: false, message: 'usage of --node-cidr-mask-size-ipv6 is not allowed for a single-stack IPv4 cluster', span: flags.ipv6!.span };
    v6 = m6;
  }
  return { ok: true, masks: { IPv4: v4, IPv6: v6 } };
}

/** The address kube-apiserver advertises: `--advertise-address`, or for kubeadm InitConfiguration's advertiseAddress. */
export function advertiseAddress(file: YamlFile, component: ComponentFlags): { ip: IpAddress; text: string; span: Span } | undefined {
  const flag = lastFlag(component, 'advertise-address');
  if (isFlagValue(flag)) {
    const p = parseIp(flag.value.trim());
    return p.ok ? { ip: p.ip, text: flag.value, span: flag.span } : undefined;
  }
  if (component.source !== 'kubeadm') return undefined;
  for (const object of kubeadmObjects(file)) {
    if (object.kind !== 'InitConfiguration') continue;
    const path = ['localAPIEndpoint', 'advertiseAddress'];
    const value = stringAt(getIn(object.resource.root, path), path);
    if (!value || value.value === '') continue;
    const p = parseIp(value.value);
    return p.ok ? { ip: p.ip, text: value.value, span: value.span } : undefined;
  }
  return undefined;
}

/** kube-proxy's cluster CIDR as a file writes it: a KubeProxyConfiguration's `clusterCIDR`, or `--cluster-cidr`. */
export interface KubeProxyClusterCidr {
  readonly label: 'KubeProxyConfiguration clusterCIDR' | 'kube-proxy --cluster-cidr';
  readonly value: string;
  readonly span: Span;
  /** The comma-separated items with their spans. */
  readonly items: readonly { readonly text: string; readonly span: Span }[];
}

/** Every kube-proxy cluster CIDR a file sets (KubeProxyConfiguration objects first, then kube-proxy's flags). */
export function kubeProxyClusterCidrs(file: YamlFile): KubeProxyClusterCidr[] {
  const out: KubeProxyClusterCidr[] = [];
  for (const resource of resourcesOf(file)) {
    if (resource.kind !== 'KubeProxyConfiguration' || resource.group !== 'kubeproxy.config.k8s.io') continue;
    const value = stringAt(getIn(resource.root, ['clusterCIDR']), ['clusterCIDR']);
    if (!value) continue;
    const items = splitCommaList(value.value).map((i) => ({ text: i.text, span: subSpan(value.node, i.start, i.end) }));
    out.push({ label: 'KubeProxyConfiguration clusterCIDR', value: value.value, span: value.span, items });
  }
  for (const component of componentsOf(file)) {
    if (component.component !== 'kube-proxy') continue;
    const flag = lastFlag(component, 'cluster-cidr');
    if (flag) out.push({ label: 'kube-proxy --cluster-cidr', value: flag.value, span: flag.span, items: flagItems(flag) });
  }
  return out;
}
