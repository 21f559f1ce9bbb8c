// More of NL406 compose-expose-syntax: moby ParsePortRange's messages on the failing part, and floats. (The
// per-rule table lives in test/rules/compose/compose-expose-syntax.test.ts.)

import rule from '../../../server/src/rules/compose/compose-expose-syntax';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../../rules/common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the compose-spec example, numbers, a protocol, variables',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            expose: ["3000", "8000", "8080-8085/tcp", 9000, "53/udp", "\${METRICS_PORT}"]
      `,
    },
  ],
  invalid: [
    {
      name: 'a mapping belongs in ports; ports out of range; a reversed range; a bad end port',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            expose:
              - "8080:80"
              #  ^^^^^^^ error NL406: invalid start port '8080:80': invalid syntax
              - 70000
              # ^^^^^ error NL406: invalid start port '70000': value out of range
              - "9000-8000"
              # ^^^^^^^^^^^ error NL406: invalid port range: 9000-8000
              - "8000-abc/udp"
              #       ^^^ error NL406: invalid end port 'abc': invalid syntax
      `,
    },
    {
      name: 'a float is not a port (compose-go exposeIndexer)',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            expose: [80.5]
            #        ^^^^ error NL406: services.web.expose.[0]: unsupported expose value %!s(float64=80.5)
      `,
    },
  ],
});
