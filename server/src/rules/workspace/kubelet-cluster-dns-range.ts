// NL606: a KubeletConfiguration clusterDNS address that no DNS Service of the cluster can have: outside its
// service ranges, or the kubernetes Service's own address; in a kubeadm (or kind) cluster, also one that is not
// the address kubeadm gives the kube-dns Service.

import { defineRule } from '../rule';
import { contains, nthAddress } from '../../net/cidr';
import { parseIp } from '../../net/ip';
import { specialRangeOf } from '../../net/special';
import { getIn, seqItems, stringAt } from '../../yaml/nodes';
import { resourcesOf } from '../../yaml/resources';
import { isTemplatedValue } from '../../yaml/template';
import { clusterIn, describeRanges, relatedAt, relatedRanges, serviceCidrMembers } from '../../workspace/view';

export default defineRule({
  code: 'NL606',
  name: 'kubelet-cluster-dns-range',
  group: 'workspace',
  severity: 'warning',
  description: 'A kubelet clusterDNS address lies outside the cluster\'s service ranges, is the kubernetes Service\'s address, or (kubeadm, kind) is not the kube-dns Service\'s address.',
  upstream: {
    tool: 'kubelet',
    source: 'pkg/kubelet/network/dns (clusterDNS becomes every pod\'s nameserver); kubeadm cmd/kubeadm/app/constants GetDNSIP (10th address of the primary serviceSubnet)',
    note: 'Link-local addresses (NodeLocal DNSCache, 169.254.20.10) are not Service addresses and are left alone.',
  },
  fixable: false,
  check(ctx) {
    const cluster = clusterIn(ctx.workspace);
    const services = cluster?.services;
    if (!cluster || !services || services.length === 0) return;
    const primary = services[0]!;
    for (const resource of resourcesOf(ctx.file)) {
      if (resource.kind !== 'KubeletConfiguration' || resource.group !== 'kubelet.config.k8s.io') continue;
      for (const item of seqItems(getIn(resource.root, ['clusterDNS']), ['clusterDNS'])) {
        const value = stringAt(item.node, item.path);
        if (!value || isTemplatedValue(value.value)) continue;
        const p = parseIp(value.value);
        if (!p.ok || specialRangeOf(p.ip).name.startsWith('link-local')) continue;
        const own = services.filter((r) => r.cidr.family === p.ip.family);
        const inside = own.find((r) => contains(r.cidr, p.ip)) ?? serviceCidrMembers(cluster, p.ip.family).find((m) => m.cidrs.some((c) => contains(c, p.ip)));
        const range = describeRanges(own.length > 0 ? own : services, ctx.workspace);
        const related = relatedRanges(own.length > 0 ? own : services, 'service range');
        const dns = cluster.dnsIndex !== undefined ? nthAddress(primary.cidr, BigInt(cluster.dnsIndex)) : undefined;
        if (!inside) {
          ctx.report({
            span: value.span,
            message: `clusterDNS ${value.value} is outside the service range ${range}: no Service can have that cluster IP, so every pod gets a nameserver nothing answers on${dns && dns.family === p.ip.family ? `; kubeadm gives kube-dns ${dns.canonical}` : ''}`,
            related,
          });
          continue;
        }
        if (primary.cidr.family === p.ip.family && p.ip.value === nthAddress(primary.cidr, 1n)?.value) {
          ctx.report({
            span: value.span,
            message: `clusterDNS ${value.value} is the address of the kubernetes Service (the first of the primary service range ${primary.cidr.canonical}), so pods send their DNS queries to the API server${dns ? `; kubeadm gives kube-dns ${dns.canonical}` : ''}`,
            related: relatedAt(primary.origin, `primary service range ${primary.cidr.canonical}`),
          });
          continue;
        }
        if (dns && dns.family === p.ip.family && dns.value !== p.ip.value) {
          ctx.report({
            span: value.span,
            severity: 'information',
            message: `clusterDNS ${value.value} is not ${dns.canonical}, the address ${cluster.tool} gives the kube-dns Service (the 10th of the primary service range ${primary.cidr.canonical}): pods resolve through it only if a DNS Service of yours has that cluster IP`,
            related: relatedAt(primary.origin, `primary service range ${primary.cidr.canonical}`),
          });
        }
      }
    }
  },
});
