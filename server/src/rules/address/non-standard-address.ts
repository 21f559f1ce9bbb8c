// NL102: leading zeros or an IPv4-mapped IPv6 form, rejected from Kubernetes 1.36 and warned before.

import { addressRule } from './address-rule';
import { ADDRESS_CODES } from './verdicts';

export default addressRule({
  code: ADDRESS_CODES.nonStandard,
  name: 'non-standard-address',
  severity: 'error',
  description: 'An IPv4 octet with leading zeros or an IPv4-mapped IPv6 address: ambiguous, warned by the API server from 1.33 and rejected from 1.36.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'apimachinery pkg/util/validation/ip.go (KEP-4858 StrictIPCIDRValidation)',
    note: 'Error from 1.36 (gate beta, on by default); a warning in 1.33-1.35.',
  },
  fixable: true,
});
