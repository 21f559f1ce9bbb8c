// Shared reading of a Compose file's services and their port entries.

import { isMap, isScalar, type Node } from 'yaml';
import { asMap, get, seqItems, stringAt, type FieldPath, type Located } from '../../yaml/nodes';
import type { YamlDocument, YamlFile } from '../../yaml/parse';

export interface ComposeService {
  readonly name: string;
  readonly node: Node;
  readonly doc: YamlDocument;
}

export function composeServices(file: YamlFile): ComposeService[] {
  const out: ComposeService[] = [];
  for (const doc of file.docs) {
    if (doc.kind.family !== 'compose') continue;
    const services = asMap(get(doc.doc.contents, 'services'));
    if (!services) continue;
    for (const pair of services.items) {
      if (!isScalar(pair.key) || !pair.value) continue;
      out.push({ name: String(pair.key.value), node: pair.value, doc });
    }
  }
  return out;
}

export interface ShortPort {
  readonly service: ComposeService;
  /** The entry as written (numbers as their source text). */
  readonly entry: Located<string>;
  readonly path: FieldPath;
  readonly isNumber: boolean;
}

/** Short-syntax port entries (strings and numbers) of every service. */
export function shortPorts(file: YamlFile): ShortPort[] {
  const out: ShortPort[] = [];
  for (const service of composeServices(file)) {
    for (const item of seqItems(get(service.node, 'ports'), ['services', service.name, 'ports'])) {
      if (isMap(item.node)) continue;
      const entry = stringAt(item.node, item.path);
      if (!entry) continue;
      const isNumber = isScalar(item.node) && typeof item.node.value === 'number';
      out.push({ service, entry, path: item.path, isNumber });
    }
  }
  return out;
}
