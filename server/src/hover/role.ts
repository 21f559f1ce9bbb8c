// What a catalogued CIDR is for: a Service range, a pod range split per node (with the node mask the
// cluster really uses), or nothing in particular.

import type { AddressValue } from '../rules/address/fields';
import { K3S_CONFIG } from '../rules/address/fields';
import type { YamlFile } from '../yaml/parse';
import { parseCidr } from '../net/cidr';
import { formatCount } from '../net/format';
import { kubeadmNodeMask } from '../rules/kubeadm/kubeadm';
import { componentsOf } from '../rules/kubeadm/control-plane';
import { maskFlags, nodeMaskSizes } from '../rules/kubeadm/components';
import { bareMetalClusters, clusterCidrConfigs, perNode, BAREMETAL_GROUP, type ClusterCidrConfig } from '../rules/cluster/baremetal';
import type { CidrContext } from './facts';

const SERVICE_FIELDS = new Set(['serviceSubnet', '--service-cluster-ip-range', 'service-cidr']);

/** The context of a value with no particular role (most addresses): one shared object, known to the hover cache. */
export const NO_ROLE: CidrContext = Object.freeze({});

export function roleOf(value: AddressValue, file?: YamlFile): CidrContext {
  const last = value.path[value.path.length - 1];
  const kind = value.resource.kind;
  const label = value.field.label;
  const group = value.resource.group;
  // The second range of a comma list (kubeadm, flags) or of a YAML list (bare-metal cidrBlocks). A flag's value in a
  // container's command or args is an item of that list too, but its index counts arguments, not ranges.
  const index = value.path[value.path.length - 1];
  const parent = value.path[value.path.length - 2];
  const inArguments = parent === 'command' || parent === 'args';
  const secondary = (value.listIndex ?? 0) > 0 || (!inArguments && typeof index === 'number' && index > 0);

  if (SERVICE_FIELDS.has(String(last)) || SERVICE_FIELDS.has(label ?? '') || kind === 'ServiceCIDR') return { role: 'service', ...(secondary ? { secondary } : {}) };
  if (group === BAREMETAL_GROUP && kind === 'Cluster' && value.path.includes('services')) return { role: 'service', ...(secondary ? { secondary } : {}) };

  // Only pod ranges need the family (for the node mask): the text is parsed for them alone.
  const podFamily = group === 'kubeadm.k8s.io' && last === 'podSubnet' ? familyOf(value.text) : undefined;
  if (podFamily) {
    const mask = kubeadmNodeMask(value.resource, podFamily);
    return { role: 'pod', ...(mask.mask !== undefined ? { nodeMask: mask.mask } : {}), nodeMaskSource: mask.source };
  }
  const flagFamily = label === '--cluster-cidr' && file ? familyOf(value.text) : undefined;
  if (flagFamily && file) {
    // The same container's (or ClusterConfiguration's) node mask flags, read as kube-controller-manager does.
    const component = componentsOf(file).find((c) => c.component === 'kube-controller-manager' && c.flags.some((f) => f.node === value.scalar.node));
    if (component) {
      const items = value.listText.split(',').map((t) => parseCidr(t)).flatMap((p) => (p.ok ? [p.cidr] : []));
      const result = nodeMaskSizes(maskFlags(component), items);
      if (result.ok) return { role: 'pod', nodeMask: result.masks[flagFamily], nodeMaskSource: 'kube-controller-manager flags' };
    }
    return { role: 'pod', nodeMaskSource: 'kube-controller-manager default' };
  }
  if (kind === 'ClusterCIDRConfig' && group === BAREMETAL_GROUP && file) {
    const config = clusterCidrConfigs(file).find((c) => c.resource.root === value.resource.root);
    return config ? cidrConfigContext(config, last === 'cidr' && value.path[1] === 'ipv6' ? 'ipv6' : 'ipv4') : { role: 'pod' };
  }
  const clusterFamily = group === BAREMETAL_GROUP && kind === 'Cluster' && value.path.includes('pods') && file ? familyOf(value.text) : undefined;
  if (clusterFamily && file) {
    // The pod range is split by the cluster-wide ClusterCIDRConfig of the same namespace, when the file has one.
    const cluster = bareMetalClusters(file).find((c) => c.resource.root === value.resource.root);
    const config = clusterCidrConfigs(file).find((c) => !c.hasNodeSelector && c.namespace?.value === cluster?.namespace?.value);
    const side = clusterFamily === 'IPv4' ? config?.ipv4 : config?.ipv6;
    if (side?.mask) return { role: 'pod', nodeMask: side.mask.value, nodeMaskSource: `ClusterCIDRConfig ${JSON.stringify(configName(config!))} spec.${side.key}.perNodeMaskSize` };
    return { role: 'pod', nodeMaskSource: 'default' };
  }
  if (last === 'podSubnet' || label === 'cluster-cidr' || (kind === 'KubeProxyConfiguration' && last === 'clusterCIDR')) {
    return { role: 'pod', nodeMaskSource: kind === K3S_CONFIG ? 'k3s default' : 'kube-controller-manager default' };
  }
  return NO_ROLE;
}

function familyOf(text: string): 'IPv4' | 'IPv6' | undefined {
  const p = parseCidr(text);
  return p.ok ? p.cidr.family : undefined;
}

function configName(config: ClusterCidrConfig): string {
  const name = config.resource.root.items.find((p) => (p.key as { value?: unknown }).value === 'metadata')?.value as { items?: { key: { value?: unknown }; value: { value?: unknown } }[] } | undefined;
  const item = name?.items?.find((i) => i.key.value === 'name');
  return typeof item?.value.value === 'string' ? item.value.value : '';
}

/** A ClusterCIDRConfig family: its per-node mask, and how the two families compare per node. */
export function cidrConfigContext(config: ClusterCidrConfig, key: 'ipv4' | 'ipv6'): CidrContext {
  const side = key === 'ipv4' ? config.ipv4 : config.ipv6;
  const other = key === 'ipv4' ? config.ipv6 : config.ipv4;
  const extra: [string, string][] = [];
  const mine = side ? perNode(side) : undefined;
  const theirs = other ? perNode(other) : undefined;
  if (mine !== undefined && theirs !== undefined && other?.mask) {
    const verdict = mine === theirs ? 'equal' : 'NOT equal: nodes run out of one family first';
    extra.push([`per node, ${other.key === 'ipv4' ? 'IPv4' : 'IPv6'} (/${other.mask.value})`, `${formatCount(theirs)} addresses (${verdict})`]);
  }
  return {
    role: 'pod',
    ...(side?.mask ? { nodeMask: side.mask.value, nodeMaskSource: `spec.${key}.perNodeMaskSize` } : {}),
    ...(extra.length > 0 ? { extra } : {}),
  };
}
