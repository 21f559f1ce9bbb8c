// More of NL405 compose-port-long-syntax: schema keys and types, ranges, host_ip parsing and its fix, unknown
// protocols. (The per-rule table lives in test/rules/compose/compose-port-long-syntax.test.ts.)

import rule from '../../../server/src/rules/compose/compose-port-long-syntax';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../../rules/common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the compose-spec long syntax example, with a published range and extensions',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - name: web
                target: 80
                host_ip: 127.0.0.1
                published: "8080"
                protocol: tcp
                app_protocol: http
                mode: host
              - name: web-secured
                target: "443"
                host_ip: "::1"
                published: 8083-9000
                protocol: UDP
                x-note: any extension
              - target: 53
                published: 10053
                protocol: sctp
      `,
    },
    {
      name: 'values from unknown variables are left alone',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - target: \${TARGET}
                published: \${PUBLISHED}
                host_ip: \${BIND}
      `,
    },
  ],
  invalid: [
    {
      name: 'no target (compose-go portIndexer, before schema validation)',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - published: 8080
              # ^^^^^^^^^ error NL405: service ports services.web.ports.[0] is missing a target port
      `,
    },
    {
      name: 'an unknown key and wrong types (schema)',
      file: 'docker-compose.yml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - target: 80
                hostip: 127.0.0.1
              # ^^^^^^ error NL405: validating docker-compose.yml: services.web.ports.0 additional properties 'hostip' not allowed
                protocol: 6
              #           ^ error NL405: validating docker-compose.yml: services.web.ports.0.protocol must be a string
              - target: 80.5
              #         ^^^^ error NL405: validating docker-compose.yml: services.web.ports.1.target must be a integer or string
      `,
    },
    {
      name: 'target out of range, container port 0, published not a port',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - target: 70000
              #         ^^^^^ error NL405: invalid port '70000': value out of range
              - target: 0
              #         ^ error NL405: invalid port specification: "0/tcp"
              - target: 80
                published: abc
              #            ^^^ error NL405: invalid port specification: "abc"
              - target: 81
                published: "9000-8000"
              #            ^^^^^^^^^^^ error NL405: invalid port specification: "9000-8000"
      `,
    },
    {
      name: 'host_ip must be a bare address: brackets are refused (docker compose ≥ 5.1 netip.ParseAddr); the fix removes them',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - target: 80
                host_ip: "[::1]"
              #          ^^^^^^^ error NL405: ParseAddr("[::1]"): each colon-separated field must have at least one digit (at "[::1]")
      `,
      output: y`
        services:
          web:
            image: nginx
            ports:
              - target: 80
                host_ip: "::1"
              #          ^^^^^^^ error NL405: ParseAddr("[::1]"): each colon-separated field must have at least one digit (at "[::1]")
      `,
    },
    {
      name: 'host names and short IPv4 forms are not addresses; an unquoted 127.1 is a number',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - {target: 80, host_ip: localhost}
              #                       ^^^^^^^^^ error NL405: ParseAddr("localhost"): unable to parse IP
              - {target: 81, host_ip: "127.1"}
              #                       ^^^^^^^ error NL405: ParseAddr("127.1"): IPv4 address too short
              - {target: 82, host_ip: 127.1}
              #                       ^^^^^ error NL405: validating compose.yaml: services.web.ports.2.host_ip must be a string
      `,
    },
    {
      name: 'an unknown protocol: the Engine maps it to 0 and the port allocator refuses it',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - target: 80
                protocol: tpc
              #           ^^^ error NL405: unknown protocol
      `,
    },
  ],
});
