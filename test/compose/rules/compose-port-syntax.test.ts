// More of NL401 compose-port-syntax: numbers as go-yaml reads them and interpolated values. (The per-rule
// table lives in test/rules/compose/compose-port-syntax.test.ts.)

import rule from '../../../server/src/rules/compose/compose-port-syntax';
import { ruleTester, y } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'numbers as go-yaml reads them: 0x50 is 80, 8_080 is 8080 (NL403 says so)',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports: [0x50, 8_080]
      `,
    },
  ],
  invalid: [
    {
      name: 'an unquoted 080 is the float 80 to go-yaml (not octal, not decimal), which the ports transform refuses',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - 080
              # ^^^ error NL401: services.web.ports: invalid type float64 for port
      `,
    },
    {
      name: 'an interpolated value is judged as compose sees it, on the whole scalar',
      file: 'compose.yaml',
      settings: { composeEnv: { HOST_IP: 'localhost' } },
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "\${HOST_IP}:\${HOST_PORT:-8080}:80"
              # ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL401: invalid IP address: localhost
      `,
    },
  ],
});
