// NL302: kubeadm needs at least 10 addresses in each service subnet (CoreDNS is the 10th) and 14 in each pod subnet.

import { defineRule } from '../rule';
import { renderPath } from '../../yaml/nodes';
import { fieldInvalid, rangeSize, validatedSubnetItems } from './kubeadm';

/** cmd/kubeadm/app/constants: MinimumAddressesInServiceSubnet, MinimumAddressesInPodSubnet. */
const MINIMUM = { serviceSubnet: 10n, podSubnet: 14n } as const;

export default defineRule({
  code: 'NL302',
  name: 'kubeadm-subnet-too-small',
  group: 'kubeadm',
  severity: 'error',
  description: 'kubeadm rejects a service subnet with fewer than 10 addresses and a pod subnet with fewer than 14.',
  upstream: { tool: 'kubeadm', source: 'cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateIPNetFromString' },
  fixable: false,
  check(ctx) {
    for (const { key, subnets, item, cidr } of validatedSubnetItems(ctx.file)) {
      const size = rangeSize(cidr);
      if (size >= MINIMUM[key]) continue;
      ctx.report({
        span: item.span,
        message: fieldInvalid(renderPath(subnets.path), cidr.canonical, `subnet with ${size} address(es) is too small, the minimum is ${MINIMUM[key]}`),
      });
    }
  },
});
