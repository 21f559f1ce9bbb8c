// Typed view of a kind Cluster (kind.x-k8s.io/v1alpha4) with kind's defaults (pkg/internal/apis/config/default.go).

import type { Scalar } from 'yaml';
import type { Span } from '../../text/span';
import type { YamlFile } from '../../yaml/parse';
import { getIn, seqItems, stringAt, type FieldPath, type Located } from '../../yaml/nodes';
import { resourcesOf, type Resource } from '../../yaml/resources';
import { subSpan } from '../../yaml/scalar-source';
import { isTemplatedValue } from '../../yaml/template';
import { parseCidr, type Cidr } from '../../net/cidr';

export const KIND_GROUP = 'kind.x-k8s.io';

export type KindFamily = 'ipv4' | 'ipv6' | 'dual';

export interface KindCluster {
  readonly resource: Resource;
  /** The ipFamily as written (undefined when absent: kind defaults it to ipv4). */
  readonly ipFamily?: Located<string>;
  /** The family kind validates with: the written one, or ipv4. */
  readonly family: string;
}

export function kindClusters(file: YamlFile): KindCluster[] {
  return resourcesOf(file)
    .filter((r) => r.group === KIND_GROUP && r.kind === 'Cluster')
    .map((resource) => {
      const ipFamily = stringAt(getIn(resource.root, ['networking', 'ipFamily']), ['networking', 'ipFamily']);
      const written = ipFamily && ipFamily.value !== '' ? ipFamily : undefined;
      return { resource, ...(written ? { ipFamily: written } : {}), family: written?.value ?? 'ipv4' };
    });
}

export interface KindSubnetItem {
  readonly text: string;
  readonly span: Span;
  readonly cidr?: Cidr;
}

/** `networking.podSubnet` / `serviceSubnet` split as kind splits them (`strings.Split`, no trimming). */
export function kindSubnets(cluster: KindCluster, key: 'podSubnet' | 'serviceSubnet'): { scalar: Located<string>; items: KindSubnetItem[]; parsed: boolean } | undefined {
  const path: FieldPath = ['networking', key];
  const scalar = stringAt(getIn(cluster.resource.root, path), path);
  if (!scalar || scalar.value === '' || isTemplatedValue(scalar.value)) return undefined;
  const items: KindSubnetItem[] = [];
  let from = 0;
  for (const text of scalar.value.split(',')) {
    const span = subSpan(scalar.node as Scalar, from, from + text.length);
    const p = parseCidr(text);
    // Go's net.ParseCIDR rejects leading zeros, unlike the Kubernetes parser.
    const goOk = p.ok && !p.issues.some((i) => i.kind === 'leading-zeros');
    items.push(goOk && p.ok ? { text, span, cidr: p.cidr } : { text, span });
    from += text.length + 1;
  }
  return { scalar, items, parsed: items.every((i) => i.cidr) };
}

/** The nodes of a kind Cluster with their index and path. */
export function kindNodes(cluster: KindCluster): { index: number; node: unknown; path: FieldPath }[] {
  return seqItems(getIn(cluster.resource.root, ['nodes']), ['nodes']).map((item, index) => ({ index, node: item.node, path: item.path }));
}
