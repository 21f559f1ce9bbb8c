// Rule table for NL415 compose-static-address: static addresses must parse, match their family and lie in a
// configured subnet of the network (moby TestEndpointIPAMConfigWithInvalidConfig, validateEndpointIPAddress).

import rule from '../../../server/src/rules/compose/compose-static-address';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the compose-spec example with enable_ipv6; an address outside ip_range but inside the subnet; link-local IPs',
      file: 'compose.yaml',
      yaml: y`
        services:
          frontend:
            image: example/webapp
            networks:
              front-tier:
                ipv4_address: 172.16.238.10
                ipv6_address: 2001:3984:3989::10
                link_local_ips: [169.254.169.254, "fe80::42:a8ff:fe33:6230", ""]
        networks:
          front-tier:
            enable_ipv6: true
            ipam:
              config:
                - subnet: "172.16.238.0/24"
                  ip_range: 172.16.238.128/25
                - subnet: "2001:3984:3989::/64"
      `,
    },
    {
      name: 'external networks, unknown values, and the docker compose e2e TestIPAMConfig file',
      file: 'compose.yaml',
      yaml: y`
        services:
          foo:
            image: alpine
            networks:
              default:
                ipv4_address: 10.1.0.100
              outside:
                ipv4_address: 192.0.2.10
              dyn:
                ipv4_address: \${IP}
        networks:
          default:
            ipam:
              config:
                - subnet: 10.1.0.0/16
          outside:
            external: true
          dyn:
            ipam: {config: [{subnet: \${SUBNET}}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'moby "invalid IP addresses": the family is checked',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: busybox
            networks:
              net:
                ipv4_address: "2001::1"
                #             ^^^^^^^^^ error NL415: invalid IPv4 address: 2001::1
                ipv6_address: 1.2.3.4
                #             ^^^^^^^ error NL415: invalid IPv6 address: 1.2.3.4
        networks:
          net:
            enable_ipv6: true
            ipam: {config: [{subnet: 1.2.3.0/24}, {subnet: "2001::/64"}]}
      `,
    },
    {
      name: 'docker compose ≥ 5.1 parses with net/netip; zones, IPv4-mapped and unspecified addresses are refused',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: busybox
            networks:
              net:
                ipv4_address: 172.16.238.300
                #             ^^^^^^^^^^^^^^ error NL415: invalid IPv4 address: ParseAddr("172.16.238.300"): IPv4 field has value >255
                ipv6_address: "::ffff:10.0.0.5"
                #             ^^^^^^^^^^^^^^^^^ error NL415: invalid IPv6 address: ::ffff:10.0.0.5
                link_local_ips: [not-an-ip, 0.0.0.0]
                #                ^^^^^^^^^ error NL415: invalid link-local IP: ParseAddr("not-an-ip"): unable to parse IP
                #                           ^^^^^^^ error NL415: invalid link-local IP address: 0.0.0.0
        networks:
          net:
            enable_ipv6: true
            ipam: {config: [{subnet: 172.16.238.0/24}, {subnet: "fd00::/64"}]}
      `,
    },
    {
      name: 'moby "static addresses out of range" (Docker Engine 29.1 wording)',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: busybox
            networks:
              net:
                ipv4_address: 192.168.100.10
                #             ^^^^^^^^^^^^^^ error NL415: no configured subnet contains IP address 192.168.100.10
                ipv6_address: "2a01:d2:af:420b:25c1:1816:bb33:855c"
                #             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL415: no configured subnet contains IP address 2a01:d2:af:420b:25c1:1816:bb33:855c
        networks:
          net:
            enable_ipv6: true
            ipam: {config: [{subnet: 192.168.255.0/24}, {subnet: "2001:db8::/112"}]}
      `,
    },
    {
      name: 'the compose-spec example without enable_ipv6: Docker ≥ 29.1 refuses the IPv6 address',
      file: 'compose.yaml',
      yaml: y`
        services:
          frontend:
            image: example/webapp
            networks:
              front-tier:
                ipv4_address: 172.16.238.10
                ipv6_address: 2001:3984:3989::10
                #             ^^^^^^^^^^^^^^^^^^ error NL415: no configured subnet contains IP address 2001:3984:3989::10
        networks:
          front-tier:
            ipam:
              driver: default
              config:
                - subnet: "172.16.238.0/24"
                - subnet: "2001:3984:3989::/64"
      `,
    },
    {
      name: 'no configured subnet: a warning, since Docker ≥ 29.1 accepts it only inside the subnet it picks',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: busybox
            networks:
              default:
                ipv4_address: 172.28.99.88
                #             ^^^^^^^^^^^^ warning NL415: user specified IP address is supported only when connecting to networks with user configured subnets
              n0:
                ipv4_address: 172.29.99.88
                #             ^^^^^^^^^^^^ warning NL415: user specified IP address is supported only when connecting to networks with user configured subnets
        networks:
          n0: {}
      `,
    },
  ],
});
