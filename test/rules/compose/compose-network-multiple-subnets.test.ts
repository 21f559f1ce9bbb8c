// Rule table for NL413 compose-network-multiple-subnets: the bridge driver takes one subnet per family.

import rule from '../../../server/src/rules/compose/compose-network-multiple-subnets';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'one subnet per family; a driver that takes several; a second IPv6 pool while IPv6 is off',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          dual:
            enable_ipv6: true
            ipam: {config: [{subnet: 10.1.0.0/24}, {subnet: "fd00:1::/64"}]}
          mac:
            driver: macvlan
            ipam: {config: [{subnet: 192.170.0.0/16}, {subnet: 192.171.0.0/16}]}
          v6off:
            ipam: {config: [{subnet: 10.2.0.0/24}, {subnet: "fd00:2::/64"}, {subnet: "fd00:3::/64"}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'two IPv4 subnets on the default driver (bridge)',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          test6:
            ipam:
              config:
                - subnet: 192.170.0.0/16
                - subnet: 192.171.0.0/16
                #         ^^^^^^^^^^^^^^ error NL413: bridge driver doesn't support multiple subnets
      `,
    },
    {
      name: 'two IPv6 subnets with IPv6 on',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          v6:
            driver: bridge
            enable_ipv6: true
            ipam:
              config:
                - subnet: "fd00:1::/64"
                - subnet: "fd00:2::/64"
                #         ^^^^^^^^^^^^^ error NL413: bridge driver doesn't support multiple subnets
      `,
    },
  ],
});
