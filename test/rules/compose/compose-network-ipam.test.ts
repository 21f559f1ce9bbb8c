// Rule table for NL410 compose-network-ipam: docker compose's parse of each pool and moby's TestValidateIPAM.

import rule from '../../../server/src/rules/compose/compose-network-ipam';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the compose-spec ipam example; a dual-stack network; the gateway outside ip_range is fine',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx, networks: [mynet1, dual]}
        networks:
          mynet1:
            ipam:
              driver: default
              config:
                - subnet: 172.28.0.0/16
                  ip_range: 172.28.5.0/24
                  gateway: 172.28.5.254
                  aux_addresses:
                    host1: 172.28.1.5
          dual:
            enable_ipv6: true
            ipam:
              config:
                - subnet: 10.10.0.0/24
                - subnet: "fd00:db8:1::/64"
                  gateway: "fd00:db8:1::1"
      `,
    },
    {
      name: 'moby "IPv6 subnet is discarded with no error when IPv6 is disabled"; external networks; unknown values',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          v6off:
            ipam:
              config:
                - subnet: "2001:db8::1/32"
          outside:
            external: true
            ipam:
              config:
                - subnet: 10.0.0.1/8
          templated:
            ipam:
              config:
                - subnet: \${SUBNET}
                  gateway: \${GATEWAY}
      `,
    },
  ],
  invalid: [
    {
      name: 'docker compose ≥ 5.1 parses each field with Go net/netip',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          net:
            ipam:
              config:
                - subnet: 172.28.0.0
                #         ^^^^^^^^^^ error NL410: invalid subnet: netip.ParsePrefix("172.28.0.0"): no '/'
                  ip_range: 172.28.5.0/33
                #           ^^^^^^^^^^^^^ error NL410: invalid ip-range: netip.ParsePrefix("172.28.5.0/33"): prefix length out of range
                  gateway: 172.28.0.300
                #          ^^^^^^^^^^^^ error NL410: invalid gateway address: ParseAddr("172.28.0.300"): IPv4 field has value >255
                  aux_addresses:
                    host1: 172.28.01.5
                #          ^^^^^^^^^^^ error NL410: invalid auxiliary address: ParseAddr("172.28.01.5"): IPv4 field has octet with leading zero
      `,
    },
    {
      name: 'moby TestValidateIPAM "IP version mismatch"',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          net:
            ipam:
              config:
                - subnet: 10.10.10.0/24
                  ip_range: "2001:db8::/32"
                #           ^^^^^^^^^^^^^^^ error NL410: invalid ip-range 2001:db8::/32: parent subnet is an IPv4 block
                  gateway: "2001:db8::1"
                #          ^^^^^^^^^^^^^ error NL410: invalid gateway 2001:db8::1: parent subnet is an IPv4 block
                  aux_addresses:
                    DefaultGatewayIPv4: "2001:db8::1"
                #                       ^^^^^^^^^^^^^ error NL410: invalid auxiliary address DefaultGatewayIPv4: parent subnet is an IPv4 block
      `,
    },
    {
      name: 'moby TestValidateIPAM "Out of range prefix & addresses" and host bits',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          net:
            ipam:
              config:
                - subnet: 10.0.0.0/8
                  ip_range: 192.168.0.1/24
                #           ^^^^^^^^^^^^^^ error NL410: invalid ip-range 192.168.0.1/24: it should be 192.168.0.0/24
                #           ^^^^^^^^^^^^^^ error NL410: invalid ip-range 192.168.0.1/24: parent subnet 10.0.0.0/8 doesn't contain ip-range
                  gateway: 192.168.0.1
                #          ^^^^^^^^^^^ error NL410: invalid gateway 192.168.0.1: parent subnet 10.0.0.0/8 doesn't contain this address
          other:
            ipam:
              config:
                - subnet: 10.10.10.0/8
                #         ^^^^^^^^^^^^ error NL410: invalid subnet 10.10.10.0/8: it should be 10.0.0.0/8
                - subnet: 10.10.10.0/24
                  ip_range: 10.0.0.0/8
                #           ^^^^^^^^^^ error NL410: invalid ip-range 10.0.0.0/8: CIDR block is bigger than its parent subnet 10.10.10.0/24
      `,
    },
    {
      name: 'an IPv6 pool is validated once IPv6 is enabled',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          net:
            enable_ipv6: true
            ipam:
              config:
                - subnet: "2001:db8::1/64"
                #         ^^^^^^^^^^^^^^^^ error NL410: invalid subnet 2001:db8::1/64: it should be 2001:db8::/64
      `,
    },
  ],
});
