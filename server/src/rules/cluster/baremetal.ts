// Typed views of bare-metal (GDC, formerly Anthos clusters on bare metal) Cluster and ClusterCIDRConfig objects.

import { isScalar } from 'yaml';
import type { Span } from '../../text/span';
import type { YamlFile } from '../../yaml/parse';
import { get, getIn, seqItems, stringAt, type FieldPath, type Located } from '../../yaml/nodes';
import { resourcesOf, type Resource } from '../../yaml/resources';
import { isTemplatedValue } from '../../yaml/template';
import { parseCidr, type Cidr } from '../../net/cidr';
import { parseIpRange, rangeToCidrs } from '../../net/range';
import type { Family } from '../../net/ip';

export const BAREMETAL_GROUP = 'baremetal.cluster.gke.io';

export interface CidrEntry {
  readonly value: Located<string>;
  readonly cidr?: Cidr;
}

export interface BareMetalCluster {
  readonly resource: Resource;
  readonly namespace?: Located<string>;
  readonly pods: readonly CidrEntry[];
  readonly services: readonly CidrEntry[];
}

function cidrEntries(resource: Resource, path: FieldPath): CidrEntry[] {
  const out: CidrEntry[] = [];
  for (const item of seqItems(getIn(resource.root, path), path)) {
    const value = stringAt(item.node, item.path);
    if (!value || isTemplatedValue(value.value)) continue;
    const p = parseCidr(value.value);
    out.push(p.ok ? { value, cidr: p.cidr } : { value });
  }
  return out;
}

function namespaceOf(resource: Resource): Located<string> | undefined {
  return stringAt(getIn(resource.root, ['metadata', 'namespace']), ['metadata', 'namespace']);
}

export function bareMetalClusters(file: YamlFile): BareMetalCluster[] {
  return resourcesOf(file)
    .filter((r) => r.group === BAREMETAL_GROUP && r.kind === 'Cluster')
    .map((resource) => {
      const namespace = namespaceOf(resource);
      return {
        resource,
        ...(namespace ? { namespace } : {}),
        pods: cidrEntries(resource, ['spec', 'clusterNetwork', 'pods', 'cidrBlocks']),
        services: cidrEntries(resource, ['spec', 'clusterNetwork', 'services', 'cidrBlocks']),
      };
    });
}

/** A cluster is dual-stack exactly when its service ranges hold one IPv4 and one IPv6 block (GDC dual-stack docs). */
export function isDualStack(cluster: BareMetalCluster): boolean {
  const families = new Set(cluster.services.flatMap((s) => (s.cidr ? [s.cidr.family] : [])));
  return families.size === 2;
}

export interface PoolAddress {
  readonly value: Located<string>;
  readonly family?: Family;
  /** Addresses in the CIDR or range. */
  readonly count?: bigint;
  readonly cidrs: readonly Cidr[];
  /** Why the entry is neither a CIDR nor a range. */
  readonly problem?: string;
}

export interface AddressPool {
  readonly name?: string;
  readonly path: FieldPath;
  readonly addresses: readonly PoolAddress[];
}

/** `spec.loadBalancer.addressPools[].addresses[]`: "either in the CIDR form (1.2.3.0/24) or range form (1.2.3.1-1.2.3.5)". */
export function addressPoolsOf(cluster: BareMetalCluster): AddressPool[] {
  const path: FieldPath = ['spec', 'loadBalancer', 'addressPools'];
  return seqItems(getIn(cluster.resource.root, path), path).map((pool) => {
    const name = stringAt(get(pool.node, 'name'), [...pool.path, 'name'])?.value;
    const addresses: PoolAddress[] = [];
    for (const item of seqItems(get(pool.node, 'addresses'), [...pool.path, 'addresses'])) {
      const value = stringAt(item.node, item.path);
      if (!value || isTemplatedValue(value.value)) continue;
      addresses.push(poolAddress(value));
    }
    return { ...(name !== undefined ? { name } : {}), path: pool.path, addresses };
  });
}

export function poolAddress(value: Located<string>): PoolAddress {
  if (!value.value.includes('-')) {
    const p = parseCidr(value.value);
    if (p.ok) return { value, family: p.cidr.family, count: 1n << BigInt(p.cidr.bits - p.cidr.prefix), cidrs: [p.cidr] };
    return { value, cidrs: [], problem: p.problem.message };
  }
  const r = parseIpRange(value.value);
  if (r.ok) {
    return { value, family: r.family, count: r.count, cidrs: rangeToCidrs(r.start, r.end) };
  }
  return { value, cidrs: [], problem: r.problem.message };
}

export interface CidrConfigFamily {
  readonly key: 'ipv4' | 'ipv6';
  readonly cidr?: Located<string>;
  readonly parsed?: Cidr;
  readonly mask?: { readonly value: number; readonly span: Span; readonly node: unknown };
}

export interface ClusterCidrConfig {
  readonly resource: Resource;
  readonly namespace?: Located<string>;
  readonly ipv4?: CidrConfigFamily;
  readonly ipv6?: CidrConfigFamily;
  /** A nodeSelector narrows it to a node pool or a node; without one it applies to the whole cluster. */
  readonly hasNodeSelector: boolean;
}

function configFamily(resource: Resource, key: 'ipv4' | 'ipv6'): CidrConfigFamily | undefined {
  const node = getIn(resource.root, ['spec', key]);
  if (!node) return undefined;
  const cidr = stringAt(get(node, 'cidr'), ['spec', key, 'cidr']);
  const parsed = cidr && !isTemplatedValue(cidr.value) ? parseCidr(cidr.value) : undefined;
  const maskNode = get(node, 'perNodeMaskSize');
  const mask = isScalar(maskNode) && typeof maskNode.value === 'number' && Number.isInteger(maskNode.value) && maskNode.range
    ? { value: maskNode.value, span: { start: maskNode.range[0], end: maskNode.range[1] }, node: maskNode }
    : undefined;
  return { key, ...(cidr ? { cidr } : {}), ...(parsed?.ok ? { parsed: parsed.cidr } : {}), ...(mask ? { mask } : {}) };
}

export function clusterCidrConfigs(file: YamlFile): ClusterCidrConfig[] {
  return resourcesOf(file)
    .filter((r) => r.group === BAREMETAL_GROUP && r.kind === 'ClusterCIDRConfig')
    .map((resource) => {
      const namespace = namespaceOf(resource);
      const ipv4 = configFamily(resource, 'ipv4');
      const ipv6 = configFamily(resource, 'ipv6');
      return {
        resource,
        ...(namespace ? { namespace } : {}),
        ...(ipv4 ? { ipv4 } : {}),
        ...(ipv6 ? { ipv6 } : {}),
        hasNodeSelector: getIn(resource.root, ['spec', 'nodeSelector']) !== undefined,
      };
    });
}

/** Addresses per node of a family: 2^(bits - perNodeMaskSize). */
export function perNode(family: CidrConfigFamily): bigint | undefined {
  const bits = family.key === 'ipv4' ? 32 : 128;
  if (!family.mask || family.mask.value < 0 || family.mask.value > bits) return undefined;
  return 1n << BigInt(bits - family.mask.value);
}
