// NL105: a placeholder copied from documentation (`<IPv4 CIDR>`, `fdXY:IJKL:MNOP:15::/64`) was never replaced.

import { addressRule } from './address-rule';
import { ADDRESS_CODES } from './verdicts';

export default addressRule({
  code: ADDRESS_CODES.placeholder,
  name: 'address-placeholder',
  severity: 'error',
  description: 'A placeholder from documentation stands where a real address or CIDR must be.',
  upstream: { tool: 'kube-apiserver, kubeadm', source: 'the same parse errors as NL100/NL101' },
  fixable: false,
});
