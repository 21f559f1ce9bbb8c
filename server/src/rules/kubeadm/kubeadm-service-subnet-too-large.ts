// NL303: kubeadm caps each service subnet at 20 host bits (IPv4 /12, IPv6 /108), although kube-apiserver 1.34+ no longer does.

import { defineRule } from '../rule';
import { renderPath } from '../../yaml/nodes';
import { fieldInvalid, validatedSubnetItems } from './kubeadm';
import { localize } from '../../l10n/localize';

/** cmd/kubeadm/app/constants: MaximumBitsForServiceSubnet. */
const MAX_HOST_BITS = 20;

export default defineRule({
  code: 'NL303',
  name: 'kubeadm-service-subnet-too-large',
  group: 'kubeadm',
  severity: 'error',
  description: 'kubeadm rejects a service subnet larger than /12 (IPv4) or /108 (IPv6).',
  upstream: {
    tool: 'kubeadm',
    source: 'cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateServiceSubnetSize',
    note: 'kubeadm still enforces the limit that kube-apiserver dropped in 1.34 (MultiCIDRServiceAllocator with DisableAllocatorDualWrite).',
  },
  fixable: true,
  check(ctx) {
    // Only lists whose every item parses: kubeadm ignores the size otherwise ("couldn't parse subnet" is reported instead).
    for (const { key, subnets, item, cidr } of validatedSubnetItems(ctx.file)) {
      if (key !== 'serviceSubnet' || cidr.bits - cidr.prefix <= MAX_HOST_BITS) continue;
      const min = cidr.bits - MAX_HOST_BITS;
      const smaller = `${cidr.network.canonical}/${min}`;
      ctx.report({
        span: item.span,
        message: fieldInvalid(renderPath(subnets.path), cidr.canonical,
          `specified service subnet is too large; for ${cidr.bits}-bit addresses, the mask must be >= ${min}`),
        fixes: [{ title: localize('Use {0} (the largest service subnet kubeadm accepts)', smaller), edits: [{ span: item.span, newText: smaller }], safe: false }],
      });
    }
  },
});
