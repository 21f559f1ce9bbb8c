// Hover notes that say what a value was checked against in the workspace: "inside serviceSubnet 10.96.0.0/12
// from cluster/kubeadm-config.yaml". analysis.ts appends them to the value's own hover.

import type { HoverResult, Settings } from '../types';
import { spanContains, type Span } from '../text/span';
import type { YamlFile } from '../yaml/parse';
import { getIn, pairOf, seqItems, stringAt } from '../yaml/nodes';
import { resourcesOf } from '../yaml/resources';
import { contains, nthAddress, overlaps, parseCidr } from '../net/cidr';
import { parseIp, type IpAddress } from '../net/ip';
import { formatCount } from '../net/format';
import { servicesOf } from '../rules/kubernetes/service';
import { effectiveClusterIPs } from '../rules/kubernetes/service-spec';
import { factsOf } from './facts';
import { componentsOf } from '../rules/kubeadm/control-plane';
import { clusterOf, fromCommandLine } from './model';
import type { ClusterModel, NetRange, Origin } from './types';
import { clusterName, serviceCidrMembers, serviceFamilies, type FileWorkspace } from './view';

function inside(span: Span | undefined, offset: number): span is Span {
  return span !== undefined && spanContains(span, offset);
}

/** `serviceSubnet 10.96.0.0/12 from cluster/kubeadm-config.yaml`, `the default serviceSubnet 10.96.0.0/12 (not set in …)`. */
export function rangeSource(range: NetRange, ws: FileWorkspace): string {
  return `${originField(range.origin)} \`${range.cidr.canonical}\`${originWhere(range.origin, ws)}`;
}

function originField(origin: Origin): string {
  const field = origin.field.replace(/^networking\./, '');
  return origin.isDefault ? `the default ${field}` : field;
}

function originWhere(origin: Origin, ws: FileWorkspace): string {
  if (origin.uri === undefined) return fromCommandLine(origin) ? ' (command line)' : ' (settings)';
  return origin.isDefault ? ` (not set in ${ws.display(origin.uri)})` : ` from ${ws.display(origin.uri)}`;
}

function heading(cluster: ClusterModel, ws: FileWorkspace): string {
  return `**Checked against** the ${clusterName(cluster, ws)}:`;
}

export function workspaceHoverAt(file: YamlFile, offset: number, ws: FileWorkspace, settings: Settings): HoverResult | undefined {
  const lookup = ws.cluster;
  if (lookup.kind === 'ambiguous') {
    const span = ownValueAt(file, offset, ws, settings);
    if (!span) return undefined;
    const where = ws.displayFolder(lookup.ambiguity.folder) || 'the workspace root';
    return { span, markdown: `**Not checked against a cluster:** the cluster configs in \`${where}\` disagree (NL600).` };
  }
  const cluster = lookup.kind === 'cluster' ? lookup.cluster : undefined;
  return definitionHover(file, offset, ws) ?? (cluster ? serviceHover(file, offset, cluster, ws) ?? memberHover(file, offset, cluster, ws, settings) ?? componentHover(file, offset, cluster, ws) : undefined);
}

/** A span of a value this note could be about, to say that nothing was checked. */
function ownValueAt(file: YamlFile, offset: number, ws: FileWorkspace, settings: Settings): Span | undefined {
  for (const svc of servicesOf(file)) for (const ip of effectiveClusterIPs(svc)) if (inside(ip.span, offset)) return ip.span;
  const facts = ws.facts(file.source.uri) ?? factsOf(file, settings);
  return facts.members.find((m) => inside(m.span, offset))?.span;
}

/** On a cluster config's own range: which folder tree it applies to. */
function definitionHover(file: YamlFile, offset: number, ws: FileWorkspace): HoverResult | undefined {
  const uri = file.source.uri;
  for (const cluster of ws.model.clusters) {
    if (!cluster.definitions.some((d) => d.uri === uri)) continue;
    for (const range of [...(cluster.services ?? []), ...(cluster.pods ?? [])]) {
      if (range.origin.uri !== uri || range.origin.isDefault || !inside(range.origin.span, offset)) continue;
      const folder = ws.displayFolder(cluster.folder!);
      const files = [...ws.model.files.keys()].filter((u) => {
        const found = clusterOf(ws.model, u);
        return u !== uri && found.kind === 'cluster' && found.cluster === cluster;
      });
      return {
        span: range.origin.span!,
        markdown: `**Scope:** this ${cluster.level === 'flags' ? 'flag' : 'config'} applies to the files under \`${folder || '.'}/\` (${files.length} other file${files.length === 1 ? '' : 's'} in the workspace), unless a nearer cluster config encloses them.`,
      };
    }
  }
  return undefined;
}

function serviceHover(file: YamlFile, offset: number, cluster: ClusterModel, ws: FileWorkspace): HoverResult | undefined {
  const services = cluster.services;
  if (!services || services.length === 0) return undefined;
  for (const svc of servicesOf(file)) {
    for (const ip of effectiveClusterIPs(svc)) {
      if (!inside(ip.span, offset) || ip.value === 'None') continue;
      const p = parseIp(ip.value);
      if (!p.ok) return undefined;
      return { span: ip.span, markdown: `${heading(cluster, ws)} ${ipAgainst(p.ip, cluster, ws)}` };
    }
    for (const key of ['ipFamilies', 'ipFamilyPolicy'] as const) {
      const pair = pairOf(svc.spec, key);
      const k = pair?.key as { range?: [number, number] } | undefined;
      const v = pair?.value as { range?: [number, number] } | null | undefined;
      const spans = [k?.range, v?.range].flatMap((r) => (r ? [{ start: r[0], end: r[1] }] : []));
      const at = spans.find((s) => inside(s, offset));
      if (!at) continue;
      const families = serviceFamilies(cluster);
      const stack = families.length === 2 ? `dual-stack, ${families[0]} primary` : `single-stack ${families[0]}`;
      return { span: at, markdown: `${heading(cluster, ws)} ${stack}, service ranges ${services.map((r) => rangeSource(r, ws)).join(' and ')}.` };
    }
  }
  return undefined;
}

function ipAgainst(ip: IpAddress, cluster: ClusterModel, ws: FileWorkspace): string {
  const services = cluster.services ?? [];
  const own = services.filter((r) => r.cidr.family === ip.family);
  const owner = own.find((r) => contains(r.cidr, ip));
  if (owner) {
    const index = ip.value - owner.cidr.network.value;
    const special = owner === services[0] && index === 1n ? ' — the kubernetes Service holds it' : '';
    return `inside ${rangeSource(owner, ws)} (address ${formatCount(index)} of the range${special}).`;
  }
  if (own.length === 0) return `the cluster has no ${ip.family} service range (${services.map((r) => rangeSource(r, ws)).join(' and ')}).`;
  // A ServiceCIDR object in scope adds a range the API server allocates from, as NL601 and NL606 count it.
  const extra = serviceCidrMembers(cluster, ip.family).find((m) => m.cidrs.some((c) => contains(c, ip)));
  if (extra) return `inside ${extra.what} \`${extra.text}\` from ${ws.display(extra.uri)}, beside ${own.map((r) => rangeSource(r, ws)).join(' and ')}.`;
  return `**outside** ${own.map((r) => rangeSource(r, ws)).join(' and ')}.`;
}

/** Pools, Calico IPPools, node addresses and ServiceCIDRs: what they were compared with. */
function memberHover(file: YamlFile, offset: number, cluster: ClusterModel, ws: FileWorkspace, settings: Settings): HoverResult | undefined {
  const facts = ws.facts(file.source.uri) ?? factsOf(file, settings);
  const member = facts.members.find((m) => inside(m.span, offset));
  if (member) {
    const lines: string[] = [];
    for (const [what, list] of [['pod range', cluster.pods], ['service range', cluster.services]] as const) {
      for (const r of list ?? []) {
        if (r.cidr.family !== member.family) continue;
        if (member.role === 'calico' && what === 'pod range') {
          lines.push(`- ${member.cidrs.every((c) => contains(r.cidr, c.network)) ? 'inside' : '**not inside**'} the ${what}: ${rangeSource(r, ws)}`);
          continue;
        }
        if (member.role === 'service-cidr' && what === 'service range') continue;
        const clash = member.cidrs.some((c) => overlaps(c, r.cidr));
        lines.push(`- ${clash ? '**overlaps**' : 'clear of'} the ${what}: ${rangeSource(r, ws)}`);
      }
    }
    if (lines.length === 0) lines.push(`- the cluster has no ${member.family} pod or service range to compare with`);
    return { span: member.span, markdown: [`${heading(cluster, ws)}`, '', ...lines].join('\n') };
  }
  // kubelet clusterDNS and kube-proxy clusterCIDR.
  for (const resource of resourcesOf(file)) {
    if (resource.kind === 'KubeletConfiguration' && cluster.services) {
      for (const item of seqItems(getIn(resource.root, ['clusterDNS']), ['clusterDNS'])) {
        const value = stringAt(item.node, item.path);
        if (!value || !inside(value.span, offset)) continue;
        const p = parseIp(value.value);
        if (!p.ok) return undefined;
        const primary = cluster.services[0];
        const dns = primary && cluster.dnsIndex !== undefined ? nthAddress(primary.cidr, BigInt(cluster.dnsIndex)) : undefined;
        const note = dns ? ` ${cluster.tool} gives the kube-dns Service \`${dns.canonical}\`.` : '';
        return { span: value.span, markdown: `${heading(cluster, ws)} ${ipAgainst(p.ip, cluster, ws)}${note}` };
      }
    }
    if (resource.kind === 'KubeProxyConfiguration' && cluster.pods) {
      const value = stringAt(getIn(resource.root, ['clusterCIDR']), ['clusterCIDR']);
      if (!value || !inside(value.span, offset)) continue;
      return { span: value.span, markdown: `${heading(cluster, ws)} the pod range is ${cluster.pods.map((r) => rangeSource(r, ws)).join(' and ')}.` };
    }
  }
  return undefined;
}

/** Static pod flags under a cluster config. */
function componentHover(file: YamlFile, offset: number, cluster: ClusterModel, ws: FileWorkspace): HoverResult | undefined {
  if (cluster.level !== 'config') return undefined;
  // The flags as pflag reads them: `--name=value` in one argument, or `--name` and the value in the next one.
  for (const component of componentsOf(file)) {
    if (component.source !== 'static-pod') continue;
    for (const flag of component.flags) {
      if (flag.name !== 'service-cluster-ip-range' && flag.name !== 'cluster-cidr') continue;
      const span = inside(flag.span, offset) ? flag.span : inside(flag.nameSpan, offset) ? flag.nameSpan : undefined;
      if (!span) continue;
      const ranges = flag.name === 'cluster-cidr' ? cluster.pods : cluster.services;
      if (!ranges || ranges.length === 0) return undefined;
      const same = flag.value.split(',').map((t) => parseCidr(t)).map((p) => (p.ok ? p.cidr.canonical : '?')).join(',') === ranges.map((r) => r.cidr.canonical).join(',');
      return { span, markdown: `${heading(cluster, ws)} ${same ? 'the same as' : '**differs from**'} ${ranges.map((r) => rangeSource(r, ws)).join(' and ')}.` };
    }
  }
  return undefined;
}
