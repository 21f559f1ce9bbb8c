// Rule table for NL414 compose-network-overlap: configured subnets of two networks must not overlap.

import rule from '../../../server/src/rules/compose/compose-network-overlap';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'disjoint subnets; ip_range skips the check (moby#46756); external, custom IPAM and 0.0.0.0/24',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          a: {ipam: {config: [{subnet: 192.168.0.0/16}]}}
          b: {ipam: {config: [{subnet: 192.169.0.0/16}]}}
          c: {ipam: {config: [{subnet: 10.1.0.0/16, ip_range: 10.1.1.0/24}]}}
          d: {ipam: {config: [{subnet: 10.1.0.0/16, ip_range: 10.1.2.0/24}]}}
          e: {external: true, ipam: {config: [{subnet: 192.168.1.0/24}]}}
          f: {ipam: {driver: custom, config: [{subnet: 192.168.2.0/24}]}}
          g: {ipam: {config: [{subnet: 0.0.0.0/24}]}}
          h: {ipam: {config: [{subnet: 0.0.0.0/24}]}}
      `,
    },
  ],
  invalid: [
    {
      name: 'a subnet inside another network\'s subnet: both are reported',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          front:
            ipam:
              config:
                - subnet: 172.28.0.0/16
                #         ^^^^^^^^^^^^^ error NL414: invalid pool request: Pool overlaps with other one on this address space
          back:
            ipam:
              config:
                - subnet: 172.28.5.0/24
                #         ^^^^^^^^^^^^^ error NL414: invalid pool request: Pool overlaps with other one on this address space
      `,
    },
    {
      name: 'IPv6 subnets overlap only when both networks enable IPv6',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          a:
            enable_ipv6: true
            ipam: {config: [{subnet: "fd00:db8::/48"}]}
            #                        ^^^^^^^^^^^^^^^ error NL414: invalid pool request: Pool overlaps with other one on this address space
          b:
            enable_ipv6: true
            ipam: {config: [{subnet: "fd00:db8:0:1::/64"}]}
            #                        ^^^^^^^^^^^^^^^^^^^ error NL414: invalid pool request: Pool overlaps with other one on this address space
          c:
            ipam: {config: [{subnet: "fd00:db8::/64"}]}
      `,
    },
  ],
});
