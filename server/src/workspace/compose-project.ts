// A Compose project's files merged the way docker compose merges them (compose-go override/merge.go): services
// by name, `ports` appended and de-duplicated by their unicity keys unless a later file says `!override` or
// `!reset`, `profiles` joined, a later `network_mode` winning, top-level networks joined by name.

import type { FileWorkspace } from './view';
import type { ComposeBinding, ComposeFacts, ComposeNameRef, ComposeProject, WorkspaceModel } from './types';
import { profilesMeet, publishesWith } from '../rules/compose/port-allocator';
import { newMappings } from '../rules/compose/port-entries';

export interface ProjectBinding extends ComposeBinding {
  readonly uri: string;
  readonly service: string;
}

export interface ProjectService {
  readonly name: string;
  readonly bindings: readonly ProjectBinding[];
  readonly profiles: readonly string[] | 'unknown';
  readonly networkMode?: string | 'unknown';
  /** The files that define or extend it. */
  readonly uris: readonly string[];
}

export interface MergedProject {
  readonly files: readonly { readonly uri: string; readonly compose: ComposeFacts }[];
  readonly services: ReadonlyMap<string, ProjectService>;
  readonly networks: ReadonlyMap<string, ComposeNameRef & { readonly uri: string }>;
  /** A file's top-level networks are not all visible (aliases, merge keys). */
  readonly opaque: boolean;
}

const MERGED = new WeakMap<WorkspaceModel, Map<ComposeProject, MergedProject | undefined>>();

/**
 * The merged project of the file's folder, or undefined when the file is not part of a project of two files. Merged
 * once per model: NL416, NL609 and NL610 ask for it, for each file of the project.
 */
export function mergedProject(ws: FileWorkspace): MergedProject | undefined {
  const project = ws.project;
  if (!project) return undefined;
  let byProject = MERGED.get(ws.model);
  if (!byProject) MERGED.set(ws.model, (byProject = new Map()));
  if (!byProject.has(project)) byProject.set(project, merge(ws, project));
  return byProject.get(project);
}

function merge(ws: FileWorkspace, project: ComposeProject): MergedProject | undefined {
  const files = project.uris.flatMap((uri) => {
    const compose = ws.facts(uri)?.compose;
    return compose ? [{ uri, compose }] : [];
  });
  if (files.length < 2) return undefined;
  const services = new Map<string, { name: string; bindings: ProjectBinding[]; profiles: string[] | 'unknown'; networkMode?: string | 'unknown'; uris: string[] }>();
  // The unicity keys each service's bindings have taken so far.
  const seenKeys = new Map<string, Set<string>>();
  const networks = new Map<string, ComposeNameRef & { uri: string }>();
  let opaque = false;
  for (const { uri, compose } of files) {
    opaque ||= compose.networksOpaque;
    for (const n of compose.networks) if (!networks.has(n.name)) networks.set(n.name, { ...n, uri });
    for (const s of compose.services) {
      let merged = services.get(s.name);
      if (!merged) services.set(s.name, (merged = { name: s.name, bindings: [], profiles: [], uris: [] }));
      let seen = seenKeys.get(s.name);
      if (!seen) seenKeys.set(s.name, (seen = new Set()));
      merged.uris.push(uri);
      if (s.portsReplaced) {
        merged.bindings = [];
        seen.clear();
      }
      // EnforceUnicity: a mapping whose key an earlier one of the service has is merged into it.
      for (const b of s.bindings) for (const part of newMappings(b, seen)) merged.bindings.push({ ...part, uri, service: s.name });
      if (merged.profiles !== 'unknown') {
        merged.profiles = s.profiles === 'unknown' ? 'unknown' : [...new Set([...merged.profiles, ...s.profiles])];
      }
      if (s.networkMode) merged.networkMode = s.networkMode.text;
    }
  }
  return { files, services, networks, opaque };
}

/** Services whose ports are discarded (host) or refused (service:, container:, none) publish nothing. */
export function publishes(service: ProjectService): boolean {
  const mode = service.networkMode;
  if (mode === undefined) return true;
  return mode !== 'unknown' && publishesWith(mode);
}

/** Whether two services can run in the same `docker compose up` (no profiles, or one in common, or unknown). */
export function runTogether(a: ProjectService, b: ProjectService): boolean {
  return a === b || profilesMeet(a.profiles, b.profiles);
}
