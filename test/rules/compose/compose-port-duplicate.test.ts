// Rule table for NL407 compose-port-duplicate: ports entries compose-go merges (EnforceUnicity).

import rule from '../../../server/src/rules/compose/compose-port-duplicate';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      // The range's 7001:71 is new, so it adds that mapping (compose merges mapping by mapping).
      name: 'same host port, other protocol or other address; a range with a new mapping; the same entry in two services (that is NL408)',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports: ["9080:80", "9080:80/udp", "127.0.0.1:9081:81", "127.0.0.2:9081:81", "7000:70", "7000-7001:70-71"]
          api:
            image: api
            ports: ["9080:80"]
      `,
    },
  ],
  invalid: [
    {
      name: 'a range whose every mapping earlier entries have adds nothing',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports: ["7000:70", "7001:71", "7000-7001:70-71"]
            #                             ^^^^^^^^^^^^^^^^^ warning NL407: ports entry "7000-7001:70-71" adds nothing: each of its mappings merges with "7000:70" and "7001:71", as docker compose merges mappings with the same host IP, published port, target and protocol
      `,
    },
    {
      name: 'compose-go override/uncity_test.go Test_PortsShortUnicity: the repeated entry goes; the fix removes it',
      file: 'compose.yaml',
      yaml: y`
        services:
          test:
            image: foo
            ports:
              - "9080:80"
              - "9081:81"
              - "9080:80"
              # ^^^^^^^^^ warning NL407: duplicate ports entry "9080:80": docker compose keeps only one
              - "5000"
      `,
      output: y`
        services:
          test:
            image: foo
            ports:
              - "9080:80"
              - "9081:81"
              # ^^^^^^^^^ warning NL407: duplicate ports entry "9080:80": docker compose keeps only one
              - "5000"
      `,
    },
    {
      name: 'no host IP means 0.0.0.0 to the merge, so the later entry replaces the dual-stack one',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - 8080:80
              - 0.0.0.0:8080:80
              # ^^^^^^^^^^^^^^^ warning NL407: ports entry "0.0.0.0:8080:80" replaces "8080:80": docker compose merges entries with the same host IP (0.0.0.0 when none is given), published port, target and protocol
      `,
    },
    {
      name: 'compose-go Test_PortsLongtUnicity: long syntax entries with the same key',
      file: 'compose.yaml',
      yaml: y`
        services:
          test:
            image: foo
            ports:
              - target: 81
                published: "8080"
                protocol: tcp
              - target: 81
                published: "8080"
              #            ^^^^^^ warning NL407: duplicate ports entry "{target, published, protocol}": docker compose keeps only one
                protocol: tcp
      `,
    },
  ],
});
