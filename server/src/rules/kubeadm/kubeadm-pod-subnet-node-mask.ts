// NL305: the pod subnet must hold whole node ranges of the controller manager's node mask, at most 2^16 of them.

import { defineRule } from '../rule';
import { renderPath } from '../../yaml/nodes';
import { allocatesNodeCidrs, fieldInvalid, kubeadmNodeMask, validatedSubnetItems } from './kubeadm';

/** cmd/kubeadm/app/constants: PodSubnetNodeMaskMaxDiff. */
const MAX_DIFF = 16;

export default defineRule({
  code: 'NL305',
  name: 'kubeadm-pod-subnet-node-mask',
  group: 'kubeadm',
  severity: 'error',
  description: 'kubeadm rejects a pod subnet smaller than the node mask, or more than 16 bits larger than it, per family.',
  upstream: {
    tool: 'kubeadm',
    source: 'cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidatePodSubnetNodeMask, getClusterNodeMask',
    note: 'Only node-cidr-mask-size-ipv4/-ipv6 in controllerManager.extraArgs are read; skipped when allocate-node-cidrs is "false".',
  },
  fixable: false,
  check(ctx) {
    for (const { object, key, subnets, item, cidr } of validatedSubnetItems(ctx.file)) {
      if (key !== 'podSubnet' || !allocatesNodeCidrs(object.resource)) continue;
      const path = renderPath(subnets.path);
      const node = kubeadmNodeMask(object.resource, cidr.family);
      const related = node.arg ? [{ uri: ctx.file.source.uri, span: node.arg.span, message: `node mask set here (${node.source})` }] : [];
      if (node.error) {
        ctx.report({ span: node.arg!.span, message: fieldInvalid(path, cidr.canonical, node.error) });
        continue;
      }
      const mask = node.mask!;
      if (cidr.prefix > mask) {
        ctx.report({
          span: item.span,
          message: fieldInvalid(path, cidr.canonical, `the size of pod subnet with mask ${cidr.prefix} is smaller than the size of node subnet with mask ${mask}`),
          related,
        });
      } else if (mask - cidr.prefix > MAX_DIFF) {
        ctx.report({
          span: item.span,
          message: fieldInvalid(path, cidr.canonical, `pod subnet mask (${cidr.prefix}) and node-mask (${mask}) difference is greater than ${MAX_DIFF}`),
          related,
        });
      }
    }
  },
});
