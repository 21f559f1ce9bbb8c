// NL302: kubeadm needs at least 10 addresses in each service subnet (CoreDNS is the 10th) and 14 in each pod subnet.

import { defineRule } from '../rule';
import { renderPath } from '../../yaml/nodes';
import { fieldInvalid, kubeadmObjects, rangeSize, subnetsOf } from './kubeadm';

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
    for (const object of kubeadmObjects(ctx.file)) {
      if (object.kind !== 'ClusterConfiguration') continue;
      for (const key of ['serviceSubnet', 'podSubnet'] as const) {
        const subnets = subnetsOf(object.resource, key);
        if (!subnets?.parsed) continue;
        for (const item of subnets.items) {
          const size = rangeSize(item.cidr!);
          if (size >= MINIMUM[key]) continue;
          ctx.report({
            span: item.span,
            message: fieldInvalid(renderPath(subnets.path), item.cidr!.canonical,
              `subnet with ${size} address(es) is too small, the minimum is ${MINIMUM[key]}`),
          });
        }
      }
    }
  },
});
