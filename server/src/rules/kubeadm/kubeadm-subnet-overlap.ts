// NL315: the pod subnet and the service subnet of one kubeadm cluster share addresses.

import { defineRule } from '../rule';
import { overlaps, containsCidr } from '../../net/cidr';
import { kubeadmObjects, subnetsOf } from './kubeadm';

export default defineRule({
  code: 'NL315',
  name: 'kubeadm-subnet-overlap',
  group: 'kubeadm',
  severity: 'warning',
  description: 'networking.podSubnet and networking.serviceSubnet overlap in the same family.',
  upstream: {
    tool: 'kube-controller-manager',
    source: 'pkg/controller/nodeipam/ipam/range_allocator.go filterOutServiceRange',
    note: 'kubeadm does not check it; the range allocator only skips the node ranges that overlap the service range, and CNI plugins with their own IPAM do not.',
  },
  fixable: false,
  check(ctx) {
    for (const object of kubeadmObjects(ctx.file)) {
      if (object.kind !== 'ClusterConfiguration') continue;
      const pods = subnetsOf(object.resource, 'podSubnet');
      const services = subnetsOf(object.resource, 'serviceSubnet');
      if (!pods || !services) continue;
      for (const svc of services.items) {
        for (const pod of pods.items) {
          if (!svc.cidr || !pod.cidr || !overlaps(svc.cidr, pod.cidr)) continue;
          const how = containsCidr(pod.cidr, svc.cidr) ? 'lies inside' : containsCidr(svc.cidr, pod.cidr) ? 'contains' : 'overlaps';
          ctx.report({
            span: svc.span,
            message: `networking.serviceSubnet ${svc.cidr.canonical} ${how} networking.podSubnet ${pod.cidr.canonical}: pods and Services would share addresses; kube-controller-manager skips the overlapping node ranges, but CNI plugins with their own IPAM (Calico, Cilium) can give a pod a Service address. Use disjoint ranges.`,
            related: [{ uri: ctx.file.source.uri, span: pod.span, message: `networking.podSubnet ${pod.cidr.canonical}` }],
          });
        }
      }
    }
  },
});
