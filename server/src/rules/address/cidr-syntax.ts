// NL101: a field that holds a CIDR holds something else.

import { addressRule } from './address-rule';
import { ADDRESS_CODES } from './verdicts';

export default addressRule({
  code: ADDRESS_CODES.cidrSyntax,
  name: 'cidr-syntax',
  severity: 'error',
  description: 'A field that must hold a CIDR holds something that is not one (no prefix length, a prefix out of range, a bad address).',
  upstream: { tool: 'kube-apiserver, kubeadm', source: 'apimachinery pkg/util/validation/ip.go IsValidCIDRForLegacyField; kubeadm ValidateIPNetFromString' },
  fixable: false,
});
