// The peers and ports of a NetworkPolicy's ingress and egress rules, located.

import type { YAMLMap } from 'yaml';
import { asMap, get, seqItems, type FieldPath } from '../../yaml/nodes';
import { resourcesOf, type Resource } from '../../yaml/resources';
import type { YamlFile } from '../../yaml/parse';

export interface PolicyItem {
  readonly resource: Resource;
  readonly node: YAMLMap<unknown, unknown>;
  readonly path: FieldPath;
}

export function networkPolicies(file: YamlFile): Resource[] {
  return resourcesOf(file, ['kubernetes']).filter((r) => r.kind === 'NetworkPolicy' && (r.group === 'networking.k8s.io' || r.group === 'extensions'));
}

/** Every `from` / `to` peer of every rule. */
export function policyPeers(resource: Resource): PolicyItem[] {
  return policyLists(resource, { ingress: 'from', egress: 'to' });
}

/** Every `ports` entry of every rule. */
export function policyPorts(resource: Resource): PolicyItem[] {
  return policyLists(resource, { ingress: 'ports', egress: 'ports' });
}

function policyLists(resource: Resource, keys: { ingress: string; egress: string }): PolicyItem[] {
  const out: PolicyItem[] = [];
  const spec = get(resource.root, 'spec');
  for (const dir of ['ingress', 'egress'] as const) {
    for (const rule of seqItems(get(spec, dir), ['spec', dir])) {
      const key = keys[dir];
      for (const item of seqItems(get(rule.node, key), [...rule.path, key])) {
        const node = asMap(item.node);
        if (node) out.push({ resource, node, path: item.path });
      }
    }
  }
  return out;
}
