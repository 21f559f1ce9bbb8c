// A Compose project's files merged the way docker compose merges them (compose-go override/merge.go): services
// by name, `ports` appended and de-duplicated by their unicity keys unless a later file says `!override` or
// `!reset`, `profiles` joined, a later `network_mode` winning, top-level networks joined by name.

import type { FileWorkspace } from './view';
import type { ComposeBinding, ComposeFacts, ComposeNameRef } from './types';

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

/** The merged project of the file's folder, or undefined when the file is not part of a project of two files. */
export function mergedProject(ws: FileWorkspace): MergedProject | undefined {
  const project = ws.project;
  if (!project) return undefined;
  const files = project.uris.flatMap((uri) => {
    const compose = ws.facts(uri)?.compose;
    return compose ? [{ uri, compose }] : [];
  });
  if (files.length < 2) return undefined;
  const services = new Map<string, { name: string; bindings: ProjectBinding[]; profiles: string[] | 'unknown'; networkMode?: string | 'unknown'; uris: string[] }>();
  const networks = new Map<string, ComposeNameRef & { uri: string }>();
  let opaque = false;
  for (const { uri, compose } of files) {
    opaque ||= compose.networksOpaque;
    for (const n of compose.networks) if (!networks.has(n.name)) networks.set(n.name, { ...n, uri });
    for (const s of compose.services) {
      let merged = services.get(s.name);
      if (!merged) services.set(s.name, (merged = { name: s.name, bindings: [], profiles: [], uris: [] }));
      merged.uris.push(uri);
      if (s.portsReplaced) merged.bindings = [];
      for (const b of s.bindings) {
        // EnforceUnicity: an entry whose keys are all taken by an earlier one of the service is the same binding.
        if (merged.bindings.some((e) => b.keys.every((k) => e.keys.includes(k)))) continue;
        merged.bindings.push({ ...b, uri, service: s.name });
      }
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
  if (mode === 'unknown') return false;
  return !(mode === 'host' || mode === 'none' || mode.startsWith('service:') || mode.startsWith('container:'));
}

/** Whether two services can run in the same `docker compose up` (no profiles, or one in common, or unknown). */
export function runTogether(a: ProjectService, b: ProjectService): boolean {
  if (a === b) return true;
  if (a.profiles === 'unknown' || b.profiles === 'unknown') return true;
  if (a.profiles.length === 0 || b.profiles.length === 0) return true;
  const other = b.profiles;
  return a.profiles.some((p) => other.includes(p));
}

/** The first host port both claim on one protocol, or undefined. */
export function sharedPort(a: ComposeBinding, b: ComposeBinding): number | undefined {
  if (!a.hostPorts || !b.hostPorts || a.protocol !== b.protocol) return undefined;
  const start = Math.max(a.hostPorts.start, b.hostPorts.start);
  return start <= Math.min(a.hostPorts.end, b.hostPorts.end) ? start : undefined;
}

/**
 * The address of `other` that blocks `self` (Docker's port allocator, as NL408 explains): no host IP is 0.0.0.0
 * and ::, a wildcard conflicts with its whole family, a specific address with itself.
 */
export function blockingAddress(self: ComposeBinding, other: ComposeBinding): string | undefined {
  const allocations = (b: ComposeBinding) => (b.hostIp ? [b.hostIp] : [
    { family: 'IPv4' as const, value: 0n, wildcard: true, text: '0.0.0.0' },
    { family: 'IPv6' as const, value: 0n, wildcard: true, text: '::' },
  ]);
  for (const x of allocations(self)) {
    for (const y of allocations(other)) {
      if (x.family === y.family && (x.wildcard || y.wildcard || x.value === y.value)) return y.text;
    }
  }
  return undefined;
}
