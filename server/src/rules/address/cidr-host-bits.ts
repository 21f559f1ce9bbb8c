// NL103: a CIDR whose address has bits set beyond the prefix length.

import { addressRule } from './address-rule';
import { ADDRESS_CODES } from './verdicts';

export default addressRule({
  code: ADDRESS_CODES.hostBits,
  name: 'cidr-host-bits',
  severity: 'error',
  description: 'A CIDR such as 10.244.0.1/16 names an address inside a network rather than the network: rejected by Kubernetes from 1.36, ambiguous everywhere.',
  upstream: {
    tool: 'kube-apiserver, kubeadm',
    source: 'apimachinery pkg/util/validation/ip.go IsValidCIDRForLegacyField; GetWarningsForCIDR',
    note: 'Error from 1.36 on API fields; a warning before and in kubeadm, which masks the host bits silently.',
  },
  fixable: true,
});
