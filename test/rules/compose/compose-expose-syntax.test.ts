// Rule table for NL406 compose-expose-syntax: an expose entry that is not <port>[/<proto>] or <start>-<end>[/<proto>]. Upstream: docker compose pkg/compose/create.go buildContainerPorts -> moby network.ParsePortRange; compose-go override/uncity.go exposeIndexer.

import rule from '../../../server/src/rules/compose/compose-expose-syntax';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'ports, ranges and protocols',
      file: 'compose.yaml',
      yaml: y`
        services:
          db:
            image: postgres
            expose: ["5432", 8000-8010, "53/udp", 6379]
      `,
    },
  ],
  invalid: [
    {
      name: 'expose: a mapping belongs in ports',
      file: 'compose.yaml',
      yaml: y`
        services:
          db:
            image: postgres
            expose:
              - "5432:5432"
              #  ^^^^^^^^^ error NL406: invalid start port '5432:5432': invalid syntax
      `,
    },
    {
      name: 'expose: out of range and a reversed range',
      file: 'compose.yaml',
      yaml: y`
        services:
          db:
            image: postgres
            expose: ["70000", "9000-8000"]
            #         ^^^^^ error NL406: invalid start port '70000': value out of range
            #                 ^^^^^^^^^^^ error NL406: invalid port range: 9000-8000
      `,
    },
  ],
});
