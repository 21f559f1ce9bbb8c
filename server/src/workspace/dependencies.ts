// What a file's cross-file findings depend on, as one string: the cluster it is checked against and the facts of
// every file that cluster (or its Compose project) is made of. The language server checks an open document
// again when its key changes, so editing a config re-checks the manifests under it and nothing else.

import { clusterOf, projectOf } from './model';
import type { WorkspaceModel } from './types';

export function dependencyKey(model: WorkspaceModel, uri: string): string {
  const fingerprint = (other: string) => `${other}#${model.files.get(other)?.fingerprint ?? ''}`;
  const uris = new Set<string>();
  const lookup = clusterOf(model, uri);
  let head: string = lookup.kind;
  if (lookup.kind === 'cluster') {
    head = lookup.cluster.id;
    for (const d of lookup.cluster.definitions) uris.add(d.uri);
    for (const m of lookup.cluster.members) uris.add(m.uri);
  } else if (lookup.kind === 'ambiguous') {
    head = `ambiguous:${lookup.ambiguity.folder}`;
    for (const d of lookup.ambiguity.definitions) uris.add(d.uri);
  }
  // A config reports the ambiguity of its own folder (NL600) even when it is not the folder of its own scope.
  for (const a of model.ambiguities) if (a.definitions.some((d) => d.uri === uri)) for (const d of a.definitions) uris.add(d.uri);
  for (const other of projectOf(model, uri)?.uris ?? []) uris.add(other);
  uris.delete(uri);
  return [head, ...[...uris].sort().map(fingerprint)].join('\n');
}
