// Shared reading of a Service's family fields, so each Service rule looks at the same facts.

import type { Node, Pair, Scalar } from 'yaml';
import { asSeq, get, pairOf, seqItems, stringAt, type Located } from '../../yaml/nodes';
import { resourcesOf, type Resource } from '../../yaml/resources';
import type { YamlFile } from '../../yaml/parse';

export interface ServiceView {
  readonly resource: Resource;
  readonly type: string;
  readonly spec: Node | undefined;
  readonly ipFamilies: readonly Located<string>[];
  readonly ipFamiliesNode: Node | undefined;
  readonly ipFamilyPolicy: Located<string> | undefined;
  readonly clusterIP: Located<string> | undefined;
  readonly clusterIPs: readonly Located<string>[];
  /** The removed alpha field `spec.ipFamily`, with its pair. */
  readonly ipFamily: { pair: Pair<Scalar, Node | null>; key: Located<string>; value: Located<string> | undefined } | undefined;
}

const cache = new WeakMap<YamlFile, ServiceView[]>();

/** Every core/v1 Service of the file, read once per parse (many rules ask). */
export function servicesOf(file: YamlFile): ServiceView[] {
  const cached = cache.get(file);
  if (cached) return cached;
  const out: ServiceView[] = [];
  for (const resource of resourcesOf(file, ['kubernetes'])) {
    if (resource.kind !== 'Service' || resource.group !== '') continue;
    const spec = get(resource.root, 'spec');
    const typeNode = stringAt(get(spec, 'type'), ['spec', 'type']);
    const ipFamiliesNode = get(spec, 'ipFamilies');
    const ipFamilies = seqItems(ipFamiliesNode, ['spec', 'ipFamilies'])
      .map((i) => stringAt(i.node, i.path))
      .filter((x): x is Located<string> => x !== undefined);
    const clusterIPs = seqItems(get(spec, 'clusterIPs'), ['spec', 'clusterIPs'])
      .map((i) => stringAt(i.node, i.path))
      .filter((x): x is Located<string> => x !== undefined);
    const familyPair = pairOf(spec, 'ipFamily');
    const ipFamily = familyPair
      ? {
          pair: familyPair,
          key: stringAt(familyPair.key, ['spec', 'ipFamily'])!,
          value: stringAt(familyPair.value, ['spec', 'ipFamily']),
        }
      : undefined;
    out.push({
      resource,
      type: typeNode?.value ?? 'ClusterIP',
      spec,
      ipFamilies,
      ipFamiliesNode: asSeq(ipFamiliesNode),
      ipFamilyPolicy: stringAt(get(spec, 'ipFamilyPolicy'), ['spec', 'ipFamilyPolicy']),
      clusterIP: stringAt(get(spec, 'clusterIP'), ['spec', 'clusterIP']),
      clusterIPs,
      ipFamily: ipFamily && ipFamily.key ? ipFamily : undefined,
    });
  }
  cache.set(file, out);
  return out;
}

export const IP_FAMILIES = ['IPv4', 'IPv6'] as const;
export const IP_FAMILY_POLICIES = ['PreferDualStack', 'RequireDualStack', 'SingleStack'] as const;
