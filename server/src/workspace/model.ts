// Builds the workspace model from every file's facts, and answers which cluster and which Compose project a file
// belongs to.
//
// Scoping is by folder and explicit. A cluster config (kubeadm ClusterConfiguration, kind or bare-metal Cluster,
// k3s config) applies to every file in its folder's tree, and the nearest enclosing one wins. Control-plane
// static pods (kube-apiserver, kube-controller-manager flags) define a cluster only where no config encloses
// them; under a config they are members checked against it. Definitions at one folder level that agree on the
// network (a kind config per test, all with kind's defaults) are one cluster; ones that disagree are never
// merged: the folder is ambiguous, nothing is checked against it, and the ambiguity is reported once.
// Files that no config covers use the `netlens.cluster.*` settings when they are set.

import type { Settings } from '../types';
import { parseCidr } from '../net/cidr';
import type {
  Ambiguity, ClusterDefinition, ClusterLookup, ClusterModel, ComposeProject, FileFacts, MemberRange, NetRange, NodeMasks, Origin,
  WorkspaceModel,
} from './types';

export interface ModelOptions {
  /** Folders (URIs) that paths in messages are shown relative to; by default the files' deepest common folder. */
  readonly roots?: readonly string[];
}

export function buildModel(all: Iterable<FileFacts>, options: ModelOptions = {}): WorkspaceModel {
  const files = new Map<string, FileFacts>([...all].sort((a, b) => compare(a.uri, b.uri)).map((f) => [f.uri, f]));
  const groups = new Map<string, ClusterDefinition[]>();
  for (const facts of files.values()) {
    for (const def of facts.definitions) {
      const key = `${def.level}\u0000${folderOf(def.uri)}`;
      const list = groups.get(key);
      if (list) list.push(def);
      else groups.set(key, [def]);
    }
  }
  const clusters: MutableCluster[] = [];
  const ambiguities: Ambiguity[] = [];
  // Configs first: control-plane flags under a config are its members, not a cluster of their own.
  const ordered = [...groups].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // The scopes of the configs, indexed once all of them are made (they sort before the flags groups).
  let configScopes: Scopes | undefined;
  for (const [key, defs] of ordered) {
    const [level, folder] = key.split('\u0000') as ['config' | 'flags', string];
    if (level === 'flags') {
      configScopes ??= indexScopes(clusters, ambiguities);
      if (scopeOf(configScopes, `${folder}/x`).kind !== 'none') continue;
    }
    const made = level === 'config' ? configCluster(folder, defs) : flagsCluster(folder, defs);
    if ('members' in made) clusters.push(made);
    else ambiguities.push(made);
  }
  const scopes = indexScopes(clusters, ambiguities);
  for (const facts of files.values()) {
    if (facts.members.length === 0) continue;
    const lookup = scopeOf(scopes, facts.uri);
    if (lookup.kind === 'cluster') (lookup.cluster as MutableCluster).members.push(...facts.members);
  }
  const roots = options.roots && options.roots.length > 0 ? options.roots.map(trimSlash) : [commonFolder([...files.keys()])];
  const model: WorkspaceModel = { files, clusters, ambiguities, projects: composeProjects(files), roots };
  SCOPES.set(model, scopes);
  return model;
}

/** Whether any file can be read against a cluster: some cluster config (agreeing or not), or `netlens.cluster.*`. */
export function hasClusters(model: WorkspaceModel, settings?: Settings): boolean {
  return model.clusters.length > 0 || model.ambiguities.length > 0 || (settings !== undefined && settingsCluster(settings) !== undefined);
}

/** The cluster a file is checked against: the nearest enclosing config, else control-plane flags, else the settings. */
export function clusterOf(model: WorkspaceModel, uri: string, settings?: Settings): ClusterLookup {
  let scopes = SCOPES.get(model);
  if (!scopes) {
    scopes = indexScopes(model.clusters, model.ambiguities);
    SCOPES.set(model, scopes);
  }
  const found = scopeOf(scopes, uri);
  if (found.kind !== 'none') return found;
  const fromSettings = settings ? settingsCluster(settings) : undefined;
  return fromSettings ? { kind: 'cluster', cluster: fromSettings } : found;
}

/** The Compose project a file is part of, when it is one of the files docker compose merges by default. */
export function projectOf(model: WorkspaceModel, uri: string): ComposeProject | undefined {
  return model.projects.find((p) => p.uris.includes(uri));
}

/** A file's path as messages show it: relative to the workspace root that holds it. */
export function displayPath(model: WorkspaceModel, uri: string): string {
  for (const root of model.roots) {
    if (root !== '' && uri.startsWith(`${root}/`)) return decode(uri.slice(root.length + 1));
  }
  return decode(uri.replace(/^file:\/\//, ''));
}

/** A folder's path as messages show it (`cluster/prod`; empty for the workspace root). */
export function displayFolder(model: WorkspaceModel, folder: string): string {
  return displayPath(model, `${folder}/x`).replace(/\/?x$/, '');
}

/** An empty model: no configs, no projects. Single files analysed alone use it with the settings. */
export const EMPTY_MODEL: WorkspaceModel = Object.freeze({ files: new Map(), clusters: [], ambiguities: [], projects: [], roots: [] });

// ---------------------------------------------------------------------------------------------------------------

type MutableCluster = ClusterModel & { members: MemberRange[] };

interface Scopes {
  readonly config: ReadonlyMap<string, ClusterModel | Ambiguity>;
  readonly flags: ReadonlyMap<string, ClusterModel | Ambiguity>;
}

const SCOPES = new WeakMap<WorkspaceModel, Scopes>();

function indexScopes(clusters: readonly ClusterModel[], ambiguities: readonly Ambiguity[]): Scopes {
  const config = new Map<string, ClusterModel | Ambiguity>();
  const flags = new Map<string, ClusterModel | Ambiguity>();
  for (const c of clusters) (c.level === 'flags' ? flags : config).set(c.folder!, c);
  for (const a of ambiguities) (a.level === 'flags' ? flags : config).set(a.folder, a);
  return { config, flags };
}

function scopeOf(scopes: Scopes, uri: string): ClusterLookup {
  for (const map of [scopes.config, scopes.flags]) {
    if (map.size === 0) continue;
    for (let folder = folderOf(uri); ; folder = folderOf(folder)) {
      const hit = map.get(folder);
      if (hit) return 'members' in hit ? { kind: 'cluster', cluster: hit } : { kind: 'ambiguous', ambiguity: hit };
      if (folder === '' || !folder.includes('/')) break;
    }
  }
  return { kind: 'none' };
}

/** What a definition says about the network, as a comparable string. */
function summary(ranges: readonly NetRange[] | null | undefined): string {
  if (ranges === undefined) return '-';
  if (ranges === null) return '?';
  return ranges.map((r) => r.cidr.canonical).join(',');
}

function masksSummary(masks: NodeMasks): string {
  return `${masks.IPv4?.value ?? '-'}/${masks.IPv6?.value ?? '-'}`;
}

function configCluster(folder: string, defs: ClusterDefinition[]): MutableCluster | Ambiguity {
  const key = (d: ClusterDefinition) => `${summary(d.services)}|${summary(d.pods)}|${masksSummary(d.nodeMasks)}`;
  const first = defs[0]!;
  if (defs.some((d) => key(d) !== key(first))) return { folder, level: 'config', definitions: defs };
  return {
    id: `config:${folder}`, level: 'config', folder, tool: first.tool, definitions: defs,
    ...(first.services !== undefined ? { services: first.services } : {}),
    ...(first.pods !== undefined ? { pods: first.pods } : {}),
    nodeMasks: first.nodeMasks,
    ...(first.dnsIndex !== undefined ? { dnsIndex: first.dnsIndex } : {}),
    members: [],
  };
}

/** kube-apiservers say the service ranges, kube-controller-managers the pod ranges and node masks; each must agree with its peers. */
function flagsCluster(folder: string, defs: ClusterDefinition[]): MutableCluster | Ambiguity {
  const apiServers = defs.filter((d) => d.tool === 'kube-apiserver');
  const managers = defs.filter((d) => d.tool === 'kube-controller-manager');
  const disagree = (list: ClusterDefinition[], key: (d: ClusterDefinition) => string) => list.some((d) => key(d) !== key(list[0]!));
  if (disagree(apiServers, (d) => summary(d.services)) || disagree(managers, (d) => `${summary(d.pods)}|${masksSummary(d.nodeMasks)}`)) {
    return { folder, level: 'flags', definitions: defs };
  }
  const services = apiServers[0]?.services;
  const pods = managers[0]?.pods;
  return {
    id: `flags:${folder}`, level: 'flags', folder, tool: apiServers[0]?.tool ?? 'kube-controller-manager', definitions: defs,
    ...(services !== undefined ? { services } : {}),
    ...(pods !== undefined ? { pods } : {}),
    nodeMasks: managers[0]?.nodeMasks ?? {},
    members: [],
  };
}

const FROM_SETTINGS = new WeakMap<Settings, ClusterModel | null>();

const SETTING_FIELDS = { services: 'netlens.cluster.serviceCIDRs', pods: 'netlens.cluster.podCIDRs', maskIPv4: 'netlens.cluster.nodeMaskIPv4', maskIPv6: 'netlens.cluster.nodeMaskIPv6' };
/** `netlens lint` and `plan` take the cluster with the upstream flags' names (kube-apiserver, kube-controller-manager). */
export const CLI_FIELDS = { services: '--service-cluster-ip-range', pods: '--cluster-cidr', maskIPv4: '--node-cidr-mask-size-ipv4', maskIPv6: '--node-cidr-mask-size-ipv6' } as const;
const CLI_OPTIONS: ReadonlySet<string> = new Set(Object.values(CLI_FIELDS));

/** Whether a range or mask was given with a command-line option rather than a `netlens.cluster.*` setting. */
export function fromCommandLine(origin: Origin): boolean {
  return origin.uri === undefined && CLI_OPTIONS.has(origin.field);
}

/** The cluster `netlens.cluster.*` describes; an entry that does not parse makes that list unknown. */
export function settingsCluster(settings: Settings): ClusterModel | undefined {
  const cached = FROM_SETTINGS.get(settings);
  if (cached !== undefined) return cached ?? undefined;
  const c = settings.cluster;
  let made: ClusterModel | null = null;
  if (c && (c.serviceCIDRs || c.podCIDRs)) {
    const ranges = (list: readonly string[] | undefined, field: string): NetRange[] | null | undefined => {
      if (!list) return undefined;
      const out: NetRange[] = [];
      for (const text of list) {
        const p = parseCidr(text);
        if (!p.ok) return null;
        out.push({ cidr: p.cidr, text, origin: { field } });
      }
      return out;
    };
    // Messages name what the user wrote: the setting, or the CLI option (named after the upstream flag).
    const field = c.from === 'command line' ? CLI_FIELDS : SETTING_FIELDS;
    const services = ranges(c.serviceCIDRs, field.services);
    const pods = ranges(c.podCIDRs, field.pods);
    made = {
      id: 'settings', level: 'settings', tool: c.from ?? 'settings', definitions: [],
      ...(services !== undefined ? { services } : {}),
      ...(pods !== undefined ? { pods } : {}),
      nodeMasks: {
        IPv4: { value: c.nodeMaskIPv4 ?? 24, origin: { field: field.maskIPv4, ...(c.nodeMaskIPv4 === undefined ? { isDefault: true } : {}) } },
        IPv6: { value: c.nodeMaskIPv6 ?? 64, origin: { field: field.maskIPv6, ...(c.nodeMaskIPv6 === undefined ? { isDefault: true } : {}) } },
      },
      members: [],
    };
  }
  FROM_SETTINGS.set(settings, made);
  return made ?? undefined;
}

const BASE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

/** compose-go's default file discovery: the first base name present in a folder, then the first override name. */
function composeProjects(files: ReadonlyMap<string, FileFacts>): ComposeProject[] {
  const byFolder = new Map<string, Map<string, string>>();
  for (const uri of files.keys()) {
    const name = decode(uri.slice(uri.lastIndexOf('/') + 1));
    if (!BASE_NAMES.includes(name) && !OVERRIDE_NAMES.includes(name)) continue;
    const folder = folderOf(uri);
    let names = byFolder.get(folder);
    if (!names) byFolder.set(folder, (names = new Map()));
    names.set(name, uri);
  }
  const out: ComposeProject[] = [];
  for (const [folder, names] of byFolder) {
    const base = BASE_NAMES.find((n) => names.has(n));
    const override = OVERRIDE_NAMES.find((n) => names.has(n));
    if (base && override) out.push({ folder, uris: [names.get(base)!, names.get(override)!] });
  }
  return out.sort((a, b) => compare(a.folder, b.folder));
}

export function folderOf(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return slash < 0 ? '' : uri.slice(0, slash);
}

function trimSlash(uri: string): string {
  return uri.replace(/\/+$/, '');
}

/** The deepest folder that holds every file (URIs compared segment by segment). */
function commonFolder(uris: readonly string[]): string {
  if (uris.length === 0) return '';
  let common = folderOf(uris[0]!).split('/');
  for (const uri of uris.slice(1)) {
    const parts = folderOf(uri).split('/');
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  const joined = common.join('/');
  // `file://` alone is no folder.
  return /^[a-z]+:\/?\/?$/i.test(joined) ? '' : joined;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
