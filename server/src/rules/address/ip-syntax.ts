// NL100: a field that holds an IP address holds something else.

import { addressRule } from './address-rule';
import { ADDRESS_CODES } from './verdicts';

export default addressRule({
  code: ADDRESS_CODES.ipSyntax,
  name: 'ip-syntax',
  severity: 'error',
  description: 'A field that must hold an IP address holds something that is not one (a hostname, a CIDR, an address with a port or zone, an octet over 255).',
  upstream: { tool: 'kube-apiserver, kubeadm', source: 'apimachinery pkg/util/validation/ip.go IsValidIPForLegacyField; kubeadm ValidateAPIEndpoint' },
  fixable: false,
});
