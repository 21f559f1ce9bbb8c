// The ports of every container of a Pod or pod template, located, for the container-port rules.

import type { YAMLMap } from 'yaml';
import { asMap, get, seqItems, stringAt, type FieldPath, type Located } from '../../yaml/nodes';
import { podSpecOf, resourcesOf, type Resource } from '../../yaml/resources';
import type { YamlFile } from '../../yaml/parse';
import type { Span } from '../../text/span';
import { anchorOf, numberAt, type LocatedNumber } from './service-spec';

export interface ContainerPortView {
  readonly node: YAMLMap<unknown, unknown>;
  readonly path: FieldPath;
  readonly name: Located<string> | undefined;
  readonly containerPort: LocatedNumber | undefined;
  readonly hostPort: LocatedNumber | undefined;
  readonly hostIP: Located<string> | undefined;
  readonly protocol: Located<string> | undefined;
  readonly anchor: Span;
}

export interface ContainerView {
  readonly list: 'containers' | 'initContainers';
  readonly path: FieldPath;
  /** An init container with restartPolicy Always runs beside the others for the pod's life (a sidecar). */
  readonly sidecar: boolean;
  readonly ports: readonly ContainerPortView[];
}

export interface PodPortsView {
  readonly resource: Resource;
  /** Whether the object is a Pod (not a template): some defaulting only happens for Pods. */
  readonly isPod: boolean;
  readonly hostNetwork: boolean;
  readonly containers: readonly ContainerView[];
}

const cache = new WeakMap<YamlFile, PodPortsView[]>();

/** Every Pod and pod template of the file with its ports, read once per parse. */
export function podPortsOf(file: YamlFile): PodPortsView[] {
  const cached = cache.get(file);
  if (cached) return cached;
  const out: PodPortsView[] = [];
  for (const resource of resourcesOf(file, ['kubernetes'])) {
    const pod = podSpecOf(resource);
    if (!pod) continue;
    const hostNetwork = get(pod.node, 'hostNetwork');
    const containers: ContainerView[] = [];
    for (const list of ['containers', 'initContainers'] as const) {
      for (const c of seqItems(get(pod.node, list), [...pod.path, list])) {
        const container = asMap(c.node);
        if (!container) continue;
        const ports: ContainerPortView[] = [];
        for (const p of seqItems(get(container, 'ports'), [...c.path, 'ports'])) {
          const node = asMap(p.node);
          if (!node) continue;
          ports.push({
            node,
            path: p.path,
            name: stringAt(get(node, 'name'), [...p.path, 'name']),
            containerPort: numberAt(node, 'containerPort', p.path),
            hostPort: numberAt(node, 'hostPort', p.path),
            hostIP: stringAt(get(node, 'hostIP'), [...p.path, 'hostIP']),
            protocol: stringAt(get(node, 'protocol'), [...p.path, 'protocol']),
            anchor: anchorOf(node),
          });
        }
        const restart = stringAt(get(container, 'restartPolicy'), [])?.value;
        containers.push({ list, path: c.path, sidecar: list === 'initContainers' && restart === 'Always', ports });
      }
    }
    out.push({
      resource,
      isPod: !pod.isTemplate,
      hostNetwork: !!hostNetwork && 'value' in hostNetwork && (hostNetwork as { value: unknown }).value === true,
      containers,
    });
  }
  cache.set(file, out);
  return out;
}

/** The int value of a located number, or undefined when it is absent or not an integer. */
export function intOf(n: LocatedNumber | undefined): number | undefined {
  return n?.value.kind === 'int' ? n.value.value : undefined;
}
