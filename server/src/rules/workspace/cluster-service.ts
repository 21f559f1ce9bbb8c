// What the API server of a known cluster does with a Service's families and cluster IPs: the checks of
// initIPFamilyFields and the static allocation of allocIPs (pkg/registry/core/service/storage/alloc.go), in
// upstream order. Each Service rule of this folder reports its share, so an error that makes upstream stop
// early hides the later ones, as it does for kubectl.

import type { RelatedLocation, Settings } from '../../types';
import type { Span } from '../../text/span';
import type { Located } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { contains, firstAddress, lastAddress, nthAddress, type Cidr } from '../../net/cidr';
import { parseIp, type Family } from '../../net/ip';
import { getIn, stringAt } from '../../yaml/nodes';
import { invalid } from '../kubernetes/k8s-validation';
import { allocationOf } from '../kubernetes/service-allocation';
import { clusterIpFieldsValid } from '../kubernetes/service-cluster-ips';
import { effectiveClusterIPs, hasSelector, intact } from '../kubernetes/service-spec';
import { servicesOf, type ServiceView } from '../kubernetes/service';
import type { YamlFile } from '../../yaml/parse';
import type { Rule } from '../rule';
import type { ClusterModel } from '../../workspace/types';
import { clusterIn, describeRanges, relatedAt, relatedRanges, serviceCidrMembers, serviceFamilies, type FileWorkspace } from '../../workspace/view';

export type ServiceProblemKind = 'cluster-ip-family' | 'require-dual-stack' | 'family' | 'not-in-range' | 'allocated' | 'prefer-single';

export interface ServiceProblem {
  readonly kind: ServiceProblemKind;
  readonly span: Span;
  readonly message: string;
  readonly related: readonly RelatedLocation[];
}

const cache = new WeakMap<YamlFile, { ws: FileWorkspace; settings: Settings; list: ServiceProblem[] }>();

/** The `check` of a Service rule of this folder: it reports the problems of its own kinds (NL601-NL604). */
export function reportServiceProblems(...kinds: readonly ServiceProblemKind[]): Rule['check'] {
  return (ctx) => {
    for (const p of judgeServices(ctx.file, ctx.workspace, ctx.settings)) {
      if (kinds.includes(p.kind)) ctx.report({ span: p.span, message: p.message, related: p.related });
    }
  };
}

/** The problems of every Service of the file on the file's cluster; none without a cluster whose service ranges are known. */
export function judgeServices(file: YamlFile, ws: FileWorkspace, settings: Settings): readonly ServiceProblem[] {
  const hit = cache.get(file);
  if (hit && hit.ws === ws && hit.settings === settings) return hit.list;
  const cluster = clusterIn(ws);
  const list: ServiceProblem[] = [];
  if (cluster?.services && cluster.services.length > 0) {
    for (const svc of servicesOf(file)) {
      list.push(...judgeService(svc, cluster, ws, settings));
    }
  }
  cache.set(file, { ws, settings, list });
  return list;
}

function judgeService(svc: ServiceView, cluster: ClusterModel, ws: FileWorkspace, settings: Settings): ServiceProblem[] {
  const services = cluster.services!;
  if (!intact(svc.resource)) return [];
  const allocation = allocationOf(svc);
  // Anything upstream rejects before allocation (NL2xx) comes first; a template is not ours to judge.
  if (!allocation || allocation.error || !clusterIpFieldsValid(svc, settings)) return [];
  const ips = effectiveClusterIPs(svc);
  if (ips.some((ip) => isTemplatedValue(ip.value)) || svc.ipFamilies.some((f) => isTemplatedValue(f.value))) return [];
  const configured = serviceFamilies(cluster);
  const primary = configured[0]!;
  const first = services[0]!;
  const ofFamily = (family?: Family) => services.filter((r) => family === undefined || r.cidr.family === family);
  const rangesNote = (family?: Family) => describeRanges(ofFamily(family), ws);
  const relatedServiceRanges = (family?: Family) => relatedRanges(ofFamily(family), 'service range');
  const problems: ServiceProblem[] = [];
  const value = ips.map((ip) => ip.value);

  // Cluster IPs without an ipFamilies entry infer their family, which must be configured.
  const inferred: Family[] = [];
  for (let i = 0; i < ips.length; i++) {
    if (ips[i]!.value === 'None') break;
    if (i < svc.ipFamilies.length) continue;
    const p = parseIp(ips[i]!.value);
    if (!p.ok) continue;
    if (!configured.includes(p.ip.family)) {
      problems.push({
        kind: 'cluster-ip-family',
        span: ips[i]!.span,
        message: `${invalid(['spec', 'clusterIPs', i], value, `${p.ip.family} is not configured on this cluster`)}; its service ranges are ${rangesNote()}`,
        related: relatedServiceRanges(),
      });
    } else inferred.push(p.ip.family);
  }
  const written = svc.ipFamilies.map((f) => f.value as Family);
  const families: Family[] = [...written, ...inferred];
  if (problems.length > 0) return problems;

  // Headless without a selector: anything goes, even the second family on a single-stack cluster.
  if (svc.clusterIP?.value === 'None' && !hasSelector(svc)) return problems;

  if (allocation.policy === 'RequireDualStack' && configured.length < 2 && svc.ipFamilyPolicy) {
    problems.push({
      kind: 'require-dual-stack',
      span: svc.ipFamilyPolicy.span,
      message: `${invalid(['spec', 'ipFamilyPolicy'], 'RequireDualStack', 'this cluster is not configured for dual-stack services')}; it has only ${primary} service ranges: ${rangesNote()}`,
      related: relatedServiceRanges(),
    });
  }
  svc.ipFamilies.forEach((f: Located<string>, i) => {
    if (configured.includes(f.value as Family)) return;
    problems.push({
      kind: 'family',
      span: f.span,
      message: `${invalid(['spec', 'ipFamilies', i], f.value, 'not configured on this cluster')}; its service ranges are ${rangesNote()}`,
      related: relatedServiceRanges(),
    });
  });
  if (problems.length > 0) return problems;

  if (families.length === 0) families.push(primary);
  const dual = configured.length === 2;
  if (allocation.policy !== 'SingleStack' && families.length === 1 && dual) families.push(families[0] === 'IPv4' ? 'IPv6' : 'IPv4');
  if (allocation.policy === 'PreferDualStack' && !dual && svc.ipFamilyPolicy) {
    problems.push({
      kind: 'prefer-single',
      span: svc.ipFamilyPolicy.span,
      message: `ipFamilyPolicy PreferDualStack stays single-stack here: the cluster has only ${primary} service ranges (${rangesNote()}), so the Service gets one ${families[0]} cluster IP; it becomes dual-stack only if the cluster does`,
      related: relatedServiceRanges(),
    });
  }

  // Static allocation of the cluster IPs the Service asks for.
  if (ips[0]?.value === 'None') return problems;
  const padded = families.map((_, i) => ips[i]?.value ?? '');
  families.forEach((family, i) => {
    const ip = ips[i];
    if (!ip) return;
    const p = parseIp(ip.value);
    if (!p.ok || p.ip.family !== family) return;
    const own = services.filter((r) => r.cidr.family === family);
    const inRange = (c: Cidr) => contains(c, p.ip) && allocatable(c, p.ip.value);
    const owner = own.find((r) => inRange(r.cidr));
    const inExtra = serviceCidrMembers(cluster, family).find((m) => m.cidrs.some(inRange));
    if (!owner && !inExtra) {
      problems.push({
        kind: 'not-in-range',
        span: ip.span,
        message: `${invalid(['spec', 'clusterIPs'], padded, `failed to allocate IP ${ip.value}: provided IP ${ip.value} is not in the valid range`)}; the ${family} service range is ${rangesNote(family) || 'not configured'}`,
        related: relatedServiceRanges(family),
      });
      return;
    }
    // The `kubernetes` Service in `default` holds the first address of the primary range (kube-apiserver ServiceIPRange).
    if (owner && owner === first && p.ip.value === nthAddress(first.cidr, 1n)?.value && !isKubernetesService(svc)) {
      problems.push({
        kind: 'allocated',
        span: ip.span,
        message: `${invalid(['spec', 'clusterIPs'], padded, `failed to allocate IP ${ip.value}: provided IP is already allocated`)}; the kubernetes Service in the default namespace always holds the first address of the primary service range ${first.cidr.canonical}`,
        related: relatedAt(first.origin, `primary service range ${first.cidr.canonical}`),
      });
    }
  });
  return problems;
}

/** The allocator hands out neither the network address nor, for IPv4, the broadcast address. */
function allocatable(cidr: Cidr, value: bigint): boolean {
  if (value === firstAddress(cidr).value && cidr.prefix < cidr.bits) return false;
  if (cidr.family === 'IPv4' && value === lastAddress(cidr).value && cidr.prefix < 31) return false;
  return true;
}

function isKubernetesService(svc: ServiceView): boolean {
  const name = stringAt(getIn(svc.resource.root, ['metadata', 'name']), ['metadata', 'name'])?.value;
  const namespace = stringAt(getIn(svc.resource.root, ['metadata', 'namespace']), ['metadata', 'namespace'])?.value;
  return name === 'kubernetes' && (namespace === undefined || namespace === 'default');
}
