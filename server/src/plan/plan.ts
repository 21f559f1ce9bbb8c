// The address plan as data: per cluster (and per Compose folder) and per family, every range the workspace
// defines, with its size, its node blocks, and the overlaps that matter. svg.ts and html.ts draw it.

import type { Settings } from '../types';
import { addressCount, firstAddress, lastAddress, type Cidr } from '../net/cidr';
import type { Family } from '../net/ip';
import { ipFromValue } from '../net/ip';
import { displayFolder, displayPath, folderOf, settingsCluster } from '../workspace/model';
import { rolesConflict, type ClusterRole } from '../workspace/view';
import { perNodeSplit } from '../hover/facts';
import type { ClusterModel, MemberRange, NetRange, WorkspaceModel } from '../workspace/types';

export type PlanKind = 'services' | 'pods' | 'pool' | 'calico' | 'node' | 'service-cidr' | 'compose';

export interface PlanRange {
  readonly kind: PlanKind;
  /** `pods`, `MetalLB IPAddressPool "lan"`, `network front`. */
  readonly label: string;
  /** As written: a CIDR or a start-end range. */
  readonly text: string;
  readonly family: Family;
  readonly start: bigint;
  readonly end: bigint;
  readonly size: bigint;
  /** The file it comes from, as paths are shown; `settings` for the netlens.cluster settings. */
  readonly source: string;
  /** A pod range split into node blocks of this mask. */
  readonly nodeBlocks?: { readonly mask: number; readonly count: bigint; readonly size: bigint };
}

export interface PlanOverlap {
  readonly a: number;
  readonly b: number;
  readonly start: bigint;
  readonly end: bigint;
}

export interface PlanSection {
  readonly title: string;
  /** The files that define it. */
  readonly sources: readonly string[];
  readonly family: Family;
  readonly ranges: readonly PlanRange[];
  readonly overlaps: readonly PlanOverlap[];
}

export interface Plan {
  readonly sections: readonly PlanSection[];
  /** Why a folder has no cluster drawn (NL600), for the page's notes. */
  readonly notes: readonly string[];
}

const FAMILIES: readonly Family[] = ['IPv4', 'IPv6'];

function fromCidr(kind: PlanKind, label: string, cidr: Cidr, text: string, source: string): PlanRange {
  return { kind, label, text, family: cidr.family, start: firstAddress(cidr).value, end: lastAddress(cidr).value, size: addressCount(cidr), source };
}

function fromNet(kind: 'services' | 'pods', r: NetRange, model: WorkspaceModel, cluster: ClusterModel): PlanRange {
  const source = r.origin.uri !== undefined ? displayPath(model, r.origin.uri) : cluster.tool;
  const base = fromCidr(kind, kind === 'services' ? 'services' : 'pods', r.cidr, r.cidr.canonical, source);
  if (kind !== 'pods') return base;
  const mask = cluster.nodeMasks[r.cidr.family]?.value;
  const split = mask === undefined ? undefined : perNodeSplit(r.cidr, mask);
  if (!split) return base;
  return { ...base, nodeBlocks: { mask: mask!, count: split.units, size: split.perUnit } };
}

function fromMember(m: MemberRange, model: WorkspaceModel): PlanRange {
  const kind: PlanKind = m.role;
  return { kind, label: m.what, text: m.text, family: m.family, start: m.start, end: m.end, size: m.end - m.start + 1n, source: displayPath(model, m.uri) };
}

/** Which pairs of kinds must not share addresses (NL605's rule; Compose networks of one folder too). */
function clash(a: PlanKind, b: PlanKind): boolean {
  if (a === 'compose' || b === 'compose') return true;
  const role = (k: Exclude<PlanKind, 'compose'>): ClusterRole => (k === 'services' ? 'service' : k === 'pods' ? 'pod' : k);
  return rolesConflict(role(a), role(b));
}

function overlapsOf(ranges: readonly PlanRange[]): PlanOverlap[] {
  const out: PlanOverlap[] = [];
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      const a = ranges[i]!;
      const b = ranges[j]!;
      if (!clash(a.kind, b.kind)) continue;
      // Two subnets of one network are NL413's business, not an overlap of networks.
      if (a.kind === 'compose' && b.kind === 'compose' && a.label === b.label) continue;
      const start = a.start > b.start ? a.start : b.start;
      const end = a.end < b.end ? a.end : b.end;
      if (start <= end) out.push({ a: i, b: j, start, end });
    }
  }
  return out;
}

function sections(title: string, sources: readonly string[], ranges: readonly PlanRange[]): PlanSection[] {
  return FAMILIES.flatMap((family) => {
    const list = ranges.filter((r) => r.family === family).sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : x.size > y.size ? -1 : 1));
    return list.length === 0 ? [] : [{ title, sources, family, ranges: list, overlaps: overlapsOf(list) }];
  });
}

function clusterTitle(cluster: ClusterModel, model: WorkspaceModel): string {
  if (cluster.level === 'settings') return cluster.tool === 'command line' ? 'Cluster given on the command line' : 'Cluster from the netlens.cluster settings';
  const folder = cluster.folder !== undefined ? displayFolder(model, cluster.folder) : '';
  const what = cluster.level === 'flags' ? 'Control-plane flags' : `${cluster.tool === 'bare metal' ? 'Bare-metal' : cluster.tool} cluster`;
  return `${what} — ${folder === '' ? 'workspace root' : `${folder}/`}`;
}

/** The plan of a workspace: every cluster's ranges and members, the settings' cluster, and Compose subnets by folder. */
export function buildPlan(model: WorkspaceModel, settings?: Settings): Plan {
  const out: PlanSection[] = [];
  const clusters: ClusterModel[] = [...model.clusters];
  const fromSettings = settings ? settingsCluster(settings) : undefined;
  if (fromSettings) clusters.push(fromSettings);
  for (const cluster of clusters) {
    // A node address listed by several configs is drawn once.
    const nodes = new Set<string>();
    const firstNode = (key: string): boolean => !nodes.has(key) && !!nodes.add(key);
    const ranges: PlanRange[] = [
      ...(cluster.services ?? []).map((r) => fromNet('services', r, model, cluster)),
      ...(cluster.pods ?? []).map((r) => fromNet('pods', r, model, cluster)),
      ...cluster.members.map((m) => fromMember(m, model)),
    ].filter((r) => r.kind !== 'node' || firstNode(`${r.start}-${r.end}`));
    const sources = cluster.level === 'settings' ? [cluster.tool] : [...new Set(cluster.definitions.map((d) => displayPath(model, d.uri)))];
    out.push(...sections(clusterTitle(cluster, model), sources, ranges));
  }
  // Compose: the subnets of every file of a folder (one Docker host's networks, typically).
  const byFolder = new Map<string, { sources: string[]; ranges: PlanRange[] }>();
  for (const facts of model.files.values()) {
    const subnets = facts.compose?.subnets ?? [];
    if (subnets.length === 0) continue;
    const folder = folderOf(facts.uri);
    let group = byFolder.get(folder);
    if (!group) byFolder.set(folder, (group = { sources: [], ranges: [] }));
    const source = displayPath(model, facts.uri);
    group.sources.push(source);
    for (const s of subnets) group.ranges.push(fromCidr('compose', `network ${s.network}`, s.cidr, s.text, source));
  }
  for (const [folder, group] of [...byFolder].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const shown = displayFolder(model, folder);
    out.push(...sections(`Compose networks — ${shown === '' ? 'workspace root' : `${shown}/`}`, group.sources, group.ranges));
  }
  const notes = model.ambiguities.map((a) => {
    const shown = displayFolder(model, a.folder);
    return `${shown === '' ? 'The workspace root' : `${shown}/`} has ${a.definitions.length} cluster configs that disagree (NL600); none of them is drawn.`;
  });
  return { sections: out, notes };
}

/** An address of a family as text, for axis labels. */
export function addressText(family: Family, value: bigint): string {
  return ipFromValue(family, value).canonical;
}

