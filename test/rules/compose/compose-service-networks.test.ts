// Rule table for NL416 compose-service-networks: compose-go loader/validate.go checkConsistency.

import rule from '../../../server/src/rules/compose/compose-service-networks';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'declared networks, the implicit default, network_mode service: and container:',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            networks: [front, default]
          db:
            image: postgres
            networks:
              back:
                aliases: [database]
          sidecar:
            image: envoy
            network_mode: "service:web"
          debug:
            image: busybox
            network_mode: "container:0cfeab0f748b"
        networks:
          front:
          back:
      `,
    },
    {
      name: 'an override file is merged over another one: names declared there are not judged',
      file: 'compose.override.yaml',
      yaml: y`
        services:
          web:
            networks: [declared-in-compose-yaml]
          sidecar:
            network_mode: "service:db"
      `,
    },
  ],
  invalid: [
    {
      name: 'an undeclared network',
      file: 'compose.yaml',
      yaml: y`
        services:
          foo:
            image: busybox
            networks:
              with_me:
            # ^^^^^^^ error NL416: service "foo" refers to undefined network with_me: invalid compose project
          bar:
            image: busybox
            networks: [with_ipam, typo]
            #                     ^^^^ error NL416: service "bar" refers to undefined network typo: invalid compose project
        networks:
          with_ipam: {ipam: {config: [{subnet: 172.28.0.0/16}]}}
      `,
    },
    {
      name: 'compose-go TestBadServiceConfig: network_mode with networks',
      file: 'compose.yaml',
      yaml: y`
        services:
          redis:
            image: redis:6.2.6-alpine
            network_mode: bridge
            networks:
        #   ^^^^^^^^ error NL416: service redis declares mutually exclusive \`network_mode\` and \`networks\`: invalid compose project
              gratheon: null
        networks:
          gratheon:
            name: scratch_gratheon
      `,
    },
    {
      name: 'compose-go TestValidateNetworkMode "network_mode service fail"',
      file: 'compose.yaml',
      yaml: y`
        services:
          myservice1:
            image: scratch
          myservice2:
            image: scratch
            network_mode: "service:nonexistentservice"
            #             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL416: service "nonexistentservice" not found for network_mode 'service:nonexistentservice'
      `,
    },
  ],
});
