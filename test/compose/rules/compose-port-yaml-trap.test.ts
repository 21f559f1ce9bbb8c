// More of NL403 compose-port-yaml-trap: base-60 and octal/hex/underscore numbers with both fixes. (The
// per-rule table lives in test/rules/compose/compose-port-yaml-trap.test.ts.)

import rule from '../../../server/src/rules/compose/compose-port-yaml-trap';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../../rules/common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'quoted mappings, plain numbers, long syntax with decimal numbers',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "22:22"
              - '8080:80'
              - 8080
              - target: 80
                published: 8080
            expose: [3000, "0777"]
      `,
    },
  ],
  invalid: [
    {
      name: 'base-60 in YAML 1.1: a warning, the fix quotes it',
      file: 'compose.yaml',
      yaml: y`
        services:
          ssh:
            image: ssh
            ports:
              - 22:22
              # ^^^^^ warning NL403: HOST:CONTAINER should always be specified as a (quoted) string, to avoid conflicts with yaml base-60 float (a YAML 1.1 parser reads 22:22 as the number 1342)
      `,
      output: y`
        services:
          ssh:
            image: ssh
            ports:
              - "22:22"
              # ^^^^^ warning NL403: HOST:CONTAINER should always be specified as a (quoted) string, to avoid conflicts with yaml base-60 float (a YAML 1.1 parser reads 22:22 as the number 1342)
      `,
    },
    {
      name: 'any other unquoted mapping: advice (information), in block and flow sequences',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - 8080:80
              # ^^^^^^^ information NL403: HOST:CONTAINER should always be specified as a (quoted) string, to avoid conflicts with yaml base-60 float
              - 127.0.0.1:8443:443/tcp
              # ^^^^^^^^^^^^^^^^^^^^^^ information NL403: HOST:CONTAINER should always be specified as a (quoted) string, to avoid conflicts with yaml base-60 float
          db: {image: postgres, ports: [5432:5432]}
          #                             ^^^^^^^^^ information NL403: HOST:CONTAINER should always be specified as a (quoted) string, to avoid conflicts with yaml base-60 float
      `,
    },
    {
      name: 'octal, hex and underscores: the safe fix writes the number compose uses',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - 0777
              # ^^^^ warning NL403: docker compose reads 0777 as the number 511 (go-yaml keeps YAML 1.1 octal, hex, binary and _ separators): write 511, or quote it for the decimal reading
              - target: 0x50
              #         ^^^^ warning NL403: docker compose reads 0x50 as the number 80 (go-yaml keeps YAML 1.1 octal, hex, binary and _ separators): write 80, or quote it for the decimal reading
            expose:
              - 8_080
              # ^^^^^ warning NL403: docker compose reads 8_080 as the number 8080 (go-yaml keeps YAML 1.1 octal, hex, binary and _ separators): write 8080, or quote it for the decimal reading
      `,
      output: y`
        services:
          web:
            image: nginx
            ports:
              - 511
              # ^^^^ warning NL403: docker compose reads 0777 as the number 511 (go-yaml keeps YAML 1.1 octal, hex, binary and _ separators): write 511, or quote it for the decimal reading
              - target: 80
              #         ^^^^ warning NL403: docker compose reads 0x50 as the number 80 (go-yaml keeps YAML 1.1 octal, hex, binary and _ separators): write 80, or quote it for the decimal reading
            expose:
              - 8080
              # ^^^^^ warning NL403: docker compose reads 8_080 as the number 8080 (go-yaml keeps YAML 1.1 octal, hex, binary and _ separators): write 8080, or quote it for the decimal reading
      `,
    },
    {
      name: 'the unsafe fix quotes it for the decimal reading',
      file: 'compose.yaml',
      fix: 'Quote',
      yaml: y`
        services:
          web:
            image: nginx
            ports: [0777]
            #       ^^^^ warning NL403: docker compose reads 0777 as the number 511 (go-yaml keeps YAML 1.1 octal, hex, binary and _ separators): write 511, or quote it for the decimal reading
      `,
      output: y`
        services:
          web:
            image: nginx
            ports: ["0777"]
            #       ^^^^ warning NL403: docker compose reads 0777 as the number 511 (go-yaml keeps YAML 1.1 octal, hex, binary and _ separators): write 511, or quote it for the decimal reading
      `,
    },
  ],
});
