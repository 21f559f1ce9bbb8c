// Kubernetes objects in a stream: each document's root object, and the items of a `kind: List`.

import { isMap, type Node, type YAMLMap } from 'yaml';
import type { YamlDocument, YamlFile } from './parse';
import { asMap, get, getIn, seqItems, type FieldPath } from './nodes';

export interface Resource {
  readonly apiVersion: string;
  readonly kind: string;
  readonly group: string;
  readonly root: YAMLMap;
  readonly doc: YamlDocument;
  /** Where the object sits in its document: [] for a document root, ['items', i] inside a List. */
  readonly prefix: FieldPath;
}

function str(node: Node | undefined): string | undefined {
  const v = node && 'value' in node ? (node as { value: unknown }).value : undefined;
  return typeof v === 'string' ? v : undefined;
}

function toResource(root: unknown, doc: YamlDocument, prefix: FieldPath): Resource | undefined {
  if (!isMap(root)) return undefined;
  const apiVersion = str(get(root, 'apiVersion'));
  const kind = str(get(root, 'kind'));
  if (apiVersion === undefined || kind === undefined) return undefined;
  const slash = apiVersion.indexOf('/');
  return { apiVersion, kind, group: slash < 0 ? '' : apiVersion.slice(0, slash), root, doc, prefix };
}

/** Every object of the given families in the file, List items included; listed once per file and families. */
export function resourcesOf(file: YamlFile, families: readonly string[] = ['kubernetes', 'cluster-config']): readonly Resource[] {
  const key = families.join(',');
  let byFamilies = cache.get(file);
  if (!byFamilies) cache.set(file, (byFamilies = new Map()));
  let list = byFamilies.get(key);
  // Frozen: two dozen rules share the list, and none may change it for the others.
  if (!list) byFamilies.set(key, (list = Object.freeze(listResources(file, families))));
  return list;
}

const cache = new WeakMap<YamlFile, Map<string, readonly Resource[]>>();

function listResources(file: YamlFile, families: readonly string[]): Resource[] {
  const out: Resource[] = [];
  for (const doc of file.docs) {
    if (!families.includes(doc.kind.family)) continue;
    const top = toResource(doc.doc.contents, doc, []);
    if (!top) continue;
    if (top.kind === 'List' || top.kind.endsWith('List')) {
      for (const item of seqItems(get(top.root, 'items'), ['items'])) {
        const r = toResource(item.node, doc, item.path);
        if (r) out.push(r);
      }
    } else {
      out.push(top);
    }
  }
  return out;
}

/**
 * Cluster configs that carry no apiVersion of their own (a k3s / RKE2 `config.yaml`), as resources of the kind
 * detection gave them, so the address catalogue and the rules can treat them like any other object.
 */
export function configFilesOf(file: YamlFile): Resource[] {
  const out: Resource[] = [];
  for (const doc of file.docs) {
    if (doc.kind.family !== 'cluster-config' || doc.kind.apiVersion !== undefined || doc.kind.kind === undefined) continue;
    const root = doc.doc.contents;
    if (!isMap(root)) continue;
    out.push({ apiVersion: '', kind: doc.kind.kind, group: doc.kind.group ?? '', root, doc, prefix: [] });
  }
  return out;
}

const POD_SPEC_PATHS: Record<string, FieldPath> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** The pod spec of a Pod or of any workload's pod template, with its path. */
export function podSpecOf(resource: Resource): { node: YAMLMap; path: FieldPath; isTemplate: boolean } | undefined {
  const path = POD_SPEC_PATHS[resource.kind];
  if (!path) return undefined;
  const node = asMap(getIn(resource.root, path));
  return node ? { node, path, isTemplate: resource.kind !== 'Pod' } : undefined;
}
