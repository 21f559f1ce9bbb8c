// NL334: which node mask flags kube-controller-manager accepts for a single-stack or dual-stack cluster CIDR.

import { defineRule } from '../rule';
import { componentsOf, flagInt } from './control-plane';
import { allocatesNodeCidrs, clusterCidr, maskFlags, nodeMaskSizes } from './components';

export default defineRule({
  code: 'NL334',
  name: 'controller-manager-node-mask-flags',
  group: 'kubeadm',
  severity: 'error',
  description: 'A node mask flag that is not an integer, --node-cidr-mask-size on a dual-stack cluster, or a family flag for the other family.',
  upstream: { tool: 'kube-controller-manager', source: 'cmd/kube-controller-manager/app/core.go setNodeCIDRMaskSizes; pflag int32 flags' },
  fixable: false,
  check(ctx) {
    for (const component of componentsOf(ctx.file)) {
      if (component.component !== 'kube-controller-manager') continue;
      const flags = maskFlags(component);
      let unparsable = false;
      for (const [name, flag] of Object.entries({ 'node-cidr-mask-size': flags.generic, 'node-cidr-mask-size-ipv4': flags.ipv4, 'node-cidr-mask-size-ipv6': flags.ipv6 })) {
        if (!flag || flagInt(flag) !== undefined) continue;
        unparsable = true;
        // kubeadm reads the family flags itself and says so (NL305).
        if (component.source === 'kubeadm' && name !== 'node-cidr-mask-size') continue;
        ctx.report({ span: flag.span, message: `invalid argument ${JSON.stringify(flag.value)} for "--${name}" flag: strconv.ParseInt: parsing ${JSON.stringify(flag.value)}: invalid syntax` });
      }
      if (unparsable || !allocatesNodeCidrs(component)) continue;
      const range = clusterCidr(component);
      if (!range?.parsed || range.items.length > 2) continue;
      const result = nodeMaskSizes(flags, range.items.map((i) => i.cidr!));
      if (!result.ok) ctx.report({ span: result.span, message: result.message });
    }
  },
});
