// NL104: an IPv6 address or CIDR not written in RFC 5952 canonical form.

import { addressRule } from './address-rule';
import { ADDRESS_CODES } from './verdicts';

export default addressRule({
  code: ADDRESS_CODES.nonCanonical,
  name: 'ipv6-non-canonical',
  severity: 'warning',
  description: 'An IPv6 address or CIDR in upper case, with leading zeros in a group or with uncompressed zeros: warned on legacy fields, rejected on ServiceCIDR and IPAddress.',
  upstream: { tool: 'kube-apiserver', source: 'apimachinery pkg/util/validation/ip.go GetWarningsForIP, IsValidIP, IsValidCIDR' },
  fixable: true,
});
