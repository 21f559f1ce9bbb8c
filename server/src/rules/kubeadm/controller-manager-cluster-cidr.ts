// NL333: kube-controller-manager --cluster-cidr is set when node CIDRs are allocated, with one CIDR or one per family.

import { defineRule } from '../rule';
import { componentsOf, lastFlag } from './control-plane';
import { allocatesNodeCidrs, clusterCidr } from './components';
import { containsCidr, parseCidr } from '../../net/cidr';

export default defineRule({
  code: 'NL333',
  name: 'controller-manager-cluster-cidr',
  group: 'kubeadm',
  severity: 'error',
  description: 'Node IPAM is on without --cluster-cidr, or --cluster-cidr has more than two CIDRs or two of one family.',
  upstream: {
    tool: 'kube-controller-manager',
    source: 'cmd/kube-controller-manager/app/core.go validateCIDRs; pkg/controller/nodeipam/node_ipam_controller.go NewNodeIpamController',
  },
  fixable: false,
  check(ctx) {
    for (const component of componentsOf(ctx.file)) {
      if (component.component !== 'kube-controller-manager' || !allocatesNodeCidrs(component)) continue;
      const range = clusterCidr(component);
      // A templated --cluster-cidr is set, to a value not known yet.
      if (range === null) continue;
      if (!range) {
        const allocate = lastFlag(component, 'allocate-node-cidrs');
        if (component.source === 'static-pod' && allocate) {
          ctx.report({ span: allocate.span, message: 'Controller: Must specify --cluster-cidr if --allocate-node-cidrs is set' });
        }
        continue;
      }
      if (!range.parsed) continue;
      // The legacy IPAMFromCluster allocator first marks the service range as used; one that covers the cluster CIDR leaves nothing.
      const type = lastFlag(component, 'cidr-allocator-type')?.value;
      const service = lastFlag(component, 'service-cluster-ip-range');
      if (type === 'IPAMFromCluster' && service) {
        const svc = parseCidr(service.value.split(',')[0] ?? '');
        const covered = svc.ok ? range.items.find((i) => containsCidr(svc.cidr, i.cidr!)) : undefined;
        if (svc.ok && covered) {
          ctx.report({ span: service.span, message: `error creating ipam controller: failed after occupy serviceCIDR: CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range (${svc.cidr.canonical} covers --cluster-cidr ${covered.cidr!.canonical})` });
        }
      }
      if (range.derived) continue;
      const families = new Set(range.items.map((i) => i.cidr!.family));
      if (range.items.length > 1 && families.size < 2) {
        ctx.report({
          span: range.span,
          message: `len of ClusterCIDRs==${range.items.length} and they are not configured as dual stack (at least one from each IPFamily`,
        });
      } else if (range.items.length > 2) {
        ctx.report({ span: range.span, message: `length of clusterCIDRs is:${range.items.length} more than max allowed of 2` });
      }
    }
  },
});
