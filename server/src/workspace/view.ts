// What the workspace says about one file, as rules and hovers read it: its cluster (or why there is none), its
// Compose project, and how to name the other places a finding points at.

import type { RelatedLocation, Settings } from '../types';
import type { Family } from '../net/ip';
import { clusterOf, displayFolder, displayPath, fromCommandLine, projectOf } from './model';
import type { ClusterLookup, ClusterModel, ComposeProject, FileFacts, MemberRange, MemberRole, NetRange, Origin, WorkspaceModel } from './types';

export interface FileWorkspace {
  readonly model: WorkspaceModel;
  readonly uri: string;
  readonly cluster: ClusterLookup;
  readonly project: ComposeProject | undefined;
  facts(uri: string): FileFacts | undefined;
  /** A path as messages show it. */
  display(uri: string): string;
  /** A folder as messages show it (empty for the workspace root). */
  displayFolder(folder: string): string;
}

export function fileWorkspace(model: WorkspaceModel, uri: string, settings: Settings): FileWorkspace {
  return {
    model,
    uri,
    cluster: clusterOf(model, uri, settings),
    project: projectOf(model, uri),
    facts: (other) => model.files.get(other),
    display: (other) => displayPath(model, other),
    displayFolder: (folder) => displayFolder(model, folder),
  };
}

/** The cluster when there is one. */
export function clusterIn(ws: FileWorkspace): ClusterModel | undefined {
  return ws.cluster.kind === 'cluster' ? ws.cluster.cluster : undefined;
}

/** `networking.serviceSubnet in cluster/kubeadm-config.yaml`, `kubeadm's default (networking.serviceSubnet is not set in …)`, `setting netlens.cluster.serviceCIDRs`. */
export function describeOrigin(origin: Origin, ws: FileWorkspace): string {
  if (origin.uri === undefined) return fromCommandLine(origin) ? `option ${origin.field}` : `setting ${origin.field}`;
  const where = ws.display(origin.uri);
  if (origin.isDefault) return `the default, as ${origin.field} is not set in ${where}`;
  return `${origin.field} in ${where}`;
}

/** `10.96.0.0/16 (serviceSubnet in cluster/kubeadm-config.yaml) and fd00::/112 (…)`, for messages. */
export function describeRanges(ranges: readonly NetRange[], ws: FileWorkspace): string {
  return ranges.map((r) => `${r.cidr.canonical} (${describeOrigin(r.origin, ws)})`).join(' and ');
}

/** Related locations for the ranges that are written in files: `<what> 10.96.0.0/16`. */
export function relatedRanges(ranges: readonly NetRange[], what: string): RelatedLocation[] {
  return ranges.flatMap((r) => relatedAt(r.origin, `${what} ${r.cidr.canonical}`));
}

/** A related location for an origin in a file; settings have none. */
export function relatedAt(origin: Origin, message: string): RelatedLocation[] {
  return origin.uri !== undefined && origin.span ? [{ uri: origin.uri, span: origin.span, message }] : [];
}

/** What a range of a cluster is for: its service or pod range, or a member range. */
export type ClusterRole = 'service' | 'pod' | MemberRole;

/**
 * Whether two ranges of a cluster must not share addresses (NL605): any two of different roles, except pods with
 * Calico pools (the pools are where pod addresses come from) and service ranges with ServiceCIDR objects (which
 * extend them).
 */
export function rolesConflict(a: ClusterRole, b: ClusterRole): boolean {
  if (a === b) return false;
  const pair = new Set([a, b]);
  if (pair.has('pod') && pair.has('calico')) return false;
  if (pair.has('service') && pair.has('service-cidr')) return false;
  return true;
}

/** `10.96.0.0/12,fd00:10:96::/112` */
export function rangesText(ranges: readonly NetRange[]): string {
  return ranges.map((r) => r.cidr.canonical).join(',');
}

/** The cluster's ServiceCIDR objects of a family: ranges the API server also allocates cluster IPs from. */
export function serviceCidrMembers(cluster: ClusterModel, family: Family): MemberRange[] {
  return cluster.members.filter((m) => m.role === 'service-cidr' && m.family === family);
}

/** The families a cluster has service ranges for, primary first. */
export function serviceFamilies(cluster: ClusterModel): Family[] {
  const out: Family[] = [];
  for (const r of cluster.services ?? []) if (!out.includes(r.cidr.family)) out.push(r.cidr.family);
  return out;
}

/** What a cluster is, for hovers and messages: `kubeadm cluster (cluster/kubeadm-config.yaml)`. */
export function clusterName(cluster: ClusterModel, ws: FileWorkspace): string {
  if (cluster.level === 'settings') return cluster.tool === 'command line' ? 'the cluster given on the command line' : 'the cluster of the netlens.cluster settings';
  const files = [...new Set(cluster.definitions.map((d) => ws.display(d.uri)))];
  const what = cluster.level === 'flags' ? 'control-plane flags' : `${cluster.tool} cluster`;
  return `${what} (${files.join(', ')})`;
}
