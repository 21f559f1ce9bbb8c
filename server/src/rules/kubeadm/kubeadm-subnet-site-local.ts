// NL304: kubeadm warns when a pod or service subnet touches the deprecated IPv6 site-local range fec0::/10.

import { defineRule } from '../rule';
import { overlaps, parseCidr } from '../../net/cidr';
import { validatedSubnetItems } from './kubeadm';

const SITE_LOCAL = (() => {
  const p = parseCidr('fec0::/10');
  if (!p.ok) throw new Error('fec0::/10 must parse');
  return p.cidr;
})();

export default defineRule({
  code: 'NL304',
  name: 'kubeadm-subnet-site-local',
  group: 'kubeadm',
  severity: 'warning',
  description: 'A kubeadm pod or service subnet overlaps fec0::/10, the IPv6 site-local range that RFC 3879 deprecated.',
  upstream: { tool: 'kubeadm', source: 'cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateIPNetFromString (klog warning)' },
  fixable: false,
  check(ctx) {
    for (const { item, cidr } of validatedSubnetItems(ctx.file)) {
      if (!overlaps(cidr, SITE_LOCAL)) continue;
      ctx.report({
        span: item.span,
        message: `the subnet ${cidr.canonical} contains IPv6 site-local addresses that belong to fec0::/10 which has been deprecated by rfc3879`,
      });
    }
  },
});
