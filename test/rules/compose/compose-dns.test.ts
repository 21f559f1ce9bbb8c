// Rule table for NL418 compose-dns: DNS servers are IP addresses (docker compose ≥ 5.1 netip.ParseAddr).

import rule from '../../../server/src/rules/compose/compose-dns';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'compose-go TestDNS, TestDNSOmitEmpty; IPv6 with a zone',
      file: 'compose.yaml',
      yaml: y`
        services:
          list:
            image: alpine
            dns:
              - 8.8.8.8
              - "2001:4860:4860::8888"
              - "fe80::1%eth0"
          string:
            image: alpine
            dns: 8.8.8.8
          unset:
            image: alpine
            dns: \${UNSET_VAR}
      `,
    },
  ],
  invalid: [
    {
      name: 'a short IPv4 form, a host name, an address with a port',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: alpine
            dns:
              - 8.8.8
              # ^^^^^ error NL418: invalid DNS address: ParseAddr("8.8.8"): IPv4 address too short
              - dns.google
              # ^^^^^^^^^^ error NL418: invalid DNS address: ParseAddr("dns.google"): unexpected character (at "dns.google")
              - 1.1.1.1:53
              # ^^^^^^^^^^ error NL418: invalid DNS address: ParseAddr("1.1.1.1:53"): unexpected character (at ":53")
          other:
            image: alpine
            dns: 192.168.1.01
            #    ^^^^^^^^^^^^ error NL418: invalid DNS address: ParseAddr("192.168.1.01"): IPv4 field has octet with leading zero
      `,
    },
  ],
});
