// NL335: each cluster CIDR holds whole node ranges, and an IPv6 one at most 2^16 of them.

import { defineRule } from '../rule';
import { componentsOf } from './control-plane';
import { allocatesNodeCidrs, clusterCidr, maskFlags, nodeMaskSizes } from './components';
import { kubeadmNodeMask } from './kubeadm';

export default defineRule({
  code: 'NL335',
  name: 'controller-manager-node-mask-size',
  group: 'kubeadm',
  severity: 'error',
  description: 'A cluster CIDR is smaller than its node mask, or an IPv6 cluster CIDR is more than 16 bits larger than its node mask.',
  upstream: {
    tool: 'kube-controller-manager',
    source: 'pkg/controller/nodeipam/node_ipam_controller.go NewNodeIpamController; pkg/controller/nodeipam/ipam/cidrset/cidr_set.go NewCIDRSet',
    note: 'Not for the CloudAllocator. The 16-bit limit is IPv6-only; IPv4 has none.',
  },
  fixable: false,
  check(ctx) {
    for (const component of componentsOf(ctx.file)) {
      if (component.component !== 'kube-controller-manager' || !allocatesNodeCidrs(component)) continue;
      const range = clusterCidr(component);
      if (!range?.parsed || range.items.length > 2) continue;
      const result = nodeMaskSizes(maskFlags(component), range.items.map((i) => i.cidr!));
      if (!result.ok) continue;
      for (const item of range.items) {
        const cidr = item.cidr!;
        const mask = result.masks[cidr.family];
        // kubeadm already judged podSubnet against the mask it assumes (NL305); only a different mask is news.
        if (range.derived && kubeadmNodeMask(component.resource, cidr.family).mask === mask) continue;
        if (cidr.prefix > mask) {
          ctx.report({ span: item.span, message: `Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family (${cidr.canonical} with node mask /${mask})` });
        } else if (cidr.family === 'IPv6' && mask - cidr.prefix > 16) {
          ctx.report({ span: item.span, message: `New CIDR set failed; the node CIDR size is too big (${cidr.canonical} with node mask /${mask} makes 2^${mask - cidr.prefix} node ranges, at most 2^16 are allowed)` });
        }
      }
    }
  },
});
