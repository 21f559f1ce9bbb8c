// NL605: ranges of one cluster that share addresses across documents: the pod and service ranges, load-balancer
// pools (MetalLB, bare metal), Calico IPPools, ServiceCIDRs and node addresses. Each overlap is reported once,
// on the less fundamental of the two (a pool rather than the pod range it eats into), pointing at the other.
// Overlaps inside one document are the document's own rules' (NL315, NL529, NL543).

import { defineRule } from '../rule';
import { overlaps, type Cidr } from '../../net/cidr';
import type { Span } from '../../text/span';
import type { RelatedLocation } from '../../types';
import type { ClusterModel, MemberRange, Origin } from '../../workspace/types';
import { factsOf } from '../../workspace/facts';
import { clusterIn, describeOrigin, rolesConflict, type ClusterRole, type FileWorkspace } from '../../workspace/view';

interface Placed {
  readonly role: ClusterRole;
  readonly what: string;
  readonly text: string;
  readonly cidrs: readonly Cidr[];
  readonly uri?: string;
  readonly docIndex?: number;
  readonly span?: Span;
  readonly origin?: Origin;
}

const RANK: Record<ClusterRole, number> = { service: 6, pod: 5, 'service-cidr': 4, calico: 3, pool: 2, node: 1 };

const NOUN: Record<ClusterRole, string> = {
  service: 'Services', pod: 'pods', 'service-cidr': 'Services', calico: 'pods', pool: 'LoadBalancer Services', node: 'a node',
};

function placed(cluster: ClusterModel, own: readonly MemberRange[]): Placed[] {
  const out: Placed[] = [];
  for (const [role, list] of [['service', cluster.services], ['pod', cluster.pods]] as const) {
    for (const r of list ?? []) {
      out.push({
        role, what: `${role} range`, text: r.cidr.canonical, cidrs: [r.cidr], origin: r.origin,
        ...(r.origin.uri !== undefined ? { uri: r.origin.uri } : {}),
        ...(r.origin.span ? { span: r.origin.span } : {}),
        ...(r.origin.uri !== undefined ? { docIndex: cluster.definitions.find((d) => d.uri === r.origin.uri)?.docIndex ?? -1 } : {}),
      });
    }
  }
  // A cluster from the settings has no scope to gather members from: the file's own are its members.
  for (const m of cluster.level === 'settings' ? own : cluster.members) out.push({ role: m.role, what: m.what, text: m.text, cidrs: m.cidrs, uri: m.uri, docIndex: m.docIndex, span: m.span });
  return out;
}

function where(p: Placed, ws: FileWorkspace): string {
  if (p.origin) return describeOrigin(p.origin, ws);
  return p.uri !== undefined ? ws.display(p.uri) : '';
}

export default defineRule({
  code: 'NL605',
  name: 'cluster-range-overlap',
  group: 'workspace',
  severity: 'warning',
  description: 'Across files, a cluster\'s pod range, service range, load-balancer pools, Calico IPPools, ServiceCIDRs or node addresses overlap.',
  upstream: {
    tool: 'Kubernetes networking',
    source: 'kubeadm, kind, MetalLB and GDC bare-metal docs: pod, service, node and load-balancer ranges must not overlap',
    note: 'No tool rejects it; the same address is then handed out twice, or routed to pods or Services instead of a node.',
  },
  fixable: false,
  check(ctx) {
    const cluster = clusterIn(ctx.workspace);
    if (!cluster) return;
    const uri = ctx.file.source.uri;
    const all = placed(cluster, cluster.level === 'settings' ? (ctx.workspace.facts(uri) ?? factsOf(ctx.file, ctx.settings)).members : []);
    for (const mine of all) {
      if (mine.uri !== uri || !mine.span) continue;
      const related: RelatedLocation[] = [];
      let message: string | undefined;
      for (const other of all) {
        if (other === mine || (other.uri === mine.uri && other.docIndex === mine.docIndex)) continue;
        if (!rolesConflict(mine.role, other.role) || RANK[mine.role] >= RANK[other.role]) continue;
        if (!mine.cidrs.some((a) => other.cidrs.some((b) => overlaps(a, b)))) continue;
        const at = where(other, ctx.workspace);
        message ??= `${mine.what} ${mine.text} overlaps the ${other.what} ${other.text}${at ? ` (${at})` : ''}: addresses meant for ${NOUN[mine.role]} would also belong to ${NOUN[other.role]}, so traffic for them goes to the wrong place. The ranges of a cluster must not overlap.`;
        if (other.uri !== undefined && other.span) related.push({ uri: other.uri, span: other.span, message: `${other.what} ${other.text}` });
      }
      if (message) ctx.report({ span: mine.span, message, related });
    }
  },
});
