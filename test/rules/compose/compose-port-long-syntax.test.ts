// Rule table for NL405 compose-port-long-syntax: a long-syntax ports entry that docker compose or the Engine refuses: no target, unknown keys, wrong types, a target or published port out of range, a host_ip that is not a bare IP, an unknown protocol. Upstream: compose-go override/uncity.go portIndexer and schema; docker compose pkg/compose/create.go buildContainerPortBindingOptions; moby validatePortBindings and portallocator.

import rule from '../../../server/src/rules/compose/compose-port-long-syntax';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the full long syntax, x- extensions, a published range, IPv6 host_ip',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - name: web
                target: 80
                published: "8080-8081"
                host_ip: "::1"
                protocol: udp
                app_protocol: http
                mode: host
                x-note: anything
              - target: "443"
                published: 8443
      `,
    },
  ],
  invalid: [
    {
      name: 'ports-long-missing-target',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - published: "8080"
              # ^^^^^^^^^ error NL405: service ports services.web.ports.[0] is missing a target port
                protocol: tcp
      `,
    },
    {
      name: 'ports-long-unknown-key',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - target: 80
                hostip: 127.0.0.1
               #^^^^^^ error NL405: validating compose.yaml: services.web.ports.0 additional properties 'hostip' not allowed
      `,
    },
    {
      name: 'ports-long-host-ip-invalid: brackets are not allowed here; the fix removes them',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - target: 80
                published: "8080"
                host_ip: "[::1]"
                #        ^^^^^^^ error NL405: ParseAddr("[::1]"): each colon-separated field must have at least one digit (at "[::1]")
      `,
      // fixes: Write ::1 without brackets (safe)
      output: y`
        services:
          web:
            image: nginx
            ports:
              - target: 80
                published: "8080"
                host_ip: "::1"
                #        ^^^^^^^ error NL405: ParseAddr("[::1]"): each colon-separated field must have at least one digit (at "[::1]")
      `,
    },
    {
      name: 'ports-long-target-invalid and ports-long-published-invalid',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - target: 70000
              #         ^^^^^ error NL405: invalid port '70000': value out of range
              - target: 80
                published: abc
                #          ^^^ error NL405: invalid port specification: "abc"
      `,
    },
    {
      name: 'ports-long-protocol',
      file: 'compose.yaml',
      yaml: y`
        services:
          dns:
            image: coredns
            ports:
              - target: 53
                protocol: icmp
                #         ^^^^ error NL405: unknown protocol
      `,
    },
  ],
});
