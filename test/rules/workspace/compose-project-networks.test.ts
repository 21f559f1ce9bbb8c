// Rule table for NL610 compose-project-networks: A service of an override file refers to a network, or a network_mode service, that the merged Compose project does not declare.

import rule from '../../../server/src/rules/workspace/compose-project-networks';
import { workspaceTester, y } from '../../workspace/tester';

workspaceTester(rule, {
  valid: [
    {
      name: "declared in the base file",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
          networks:
            back: {}
        `,
        'app/compose.override.yaml': y`
          services:
            debug:
              image: busybox:1.37
              networks: [back]
        `,
      },
    },
    {
      name: "declared in the override itself",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
        `,
        'app/compose.override.yaml': y`
          services:
            debug:
              image: busybox:1.37
              networks: [back]
          networks:
            back: {}
        `,
      },
    },
    {
      name: "network_mode service: of a base service",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
        `,
        'app/compose.override.yaml': y`
          services:
            sidecar:
              image: busybox:1.37
              network_mode: "service:web"
        `,
      },
    },
    {
      name: "an override without its base is not judged",
      files: {
        'app/compose.override.yaml': y`
          services:
            debug:
              image: busybox:1.37
              networks: [back]
        `,
      },
    },
  ],
  invalid: [
    {
      name: "a network neither file declares",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
              networks: [front]
          networks:
            front: {}
        `,
        'app/compose.override.yaml': y`
          services:
            debug:
              image: busybox:1.37
              networks: [back]
              #          ^^^^ error NL610: service "debug" refers to undefined network back: invalid compose project (declared neither here nor in app/compose.yaml)
        `,
      },
    },
    {
      name: "network_mode service: of a service neither file defines",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
        `,
        'app/compose.override.yaml': y`
          services:
            sidecar:
              image: busybox:1.37
              network_mode: "service:api"
              #             ^^^^^^^^^^^^^ error NL610: service "api" not found for network_mode 'service:api' (defined neither here nor in app/compose.yaml)
        `,
      },
    },
  ],
});
