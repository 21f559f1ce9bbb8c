// Rule table for NL412 compose-network-no-family: a network must keep IPv4 or enable IPv6.

import rule from '../../../server/src/rules/compose/compose-network-no-family';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the compose-spec IPv6-only example; other drivers; an unknown enable_ipv6',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          ip6net:
            enable_ipv4: false
            enable_ipv6: true
          mac:
            driver: macvlan
            enable_ipv4: false
          maybe:
            enable_ipv4: false
            enable_ipv6: \${V6}
      `,
    },
  ],
  invalid: [
    {
      name: 'moby TestBridgeRequiresIPAM: neither family on a bridge',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          none:
            enable_ipv4: false
            #            ^^^^^ error NL412: IPv4 or IPv6 must be enabled
          off:
            driver: bridge
            enable_ipv4: "false"
            #            ^^^^^^^ error NL412: IPv4 or IPv6 must be enabled
            enable_ipv6: false
      `,
    },
    {
      name: 'an overlay (Swarm scoped) network cannot drop IPv4',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          mesh:
            driver: overlay
            enable_ipv4: false
            #            ^^^^^ error NL412: IPv4 cannot be disabled in a Swarm scoped network
            enable_ipv6: true
      `,
    },
  ],
});
