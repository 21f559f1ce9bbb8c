// Rule table for NL409 compose-port-host-network: ports with network_mode: host are discarded.

import rule from '../../../server/src/rules/compose/compose-port-host-network';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'host network without ports; bridge with ports; an unknown mode',
      file: 'compose.yaml',
      yaml: y`
        services:
          monitor:
            image: node-exporter
            network_mode: host
          web:
            image: nginx
            network_mode: bridge
            ports: ["80:80"]
          other:
            image: x
            network_mode: \${MODE}
            ports: ["81:81"]
          empty:
            image: y
            network_mode: host
            ports: []
      `,
    },
  ],
  invalid: [
    {
      name: 'moby TestContainerWarningHostAndPublishPorts "host-mode networking with ports mapped"',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            network_mode: host
            ports:
        #   ^^^^^ warning NL409: Published ports are discarded when using host network mode
              - "8989:8080"
      `,
    },
  ],
});
