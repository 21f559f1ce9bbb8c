// Rule table for NL417 compose-extra-hosts: compose-go's HostsList and the Engine's ValidateExtraHost.

import rule from '../../../server/src/rules/compose/compose-extra-hosts';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the compose-spec examples: HOST=IP, HOST:IP, brackets, lists, the mapping form, host-gateway',
      file: 'compose.yaml',
      yaml: y`
        services:
          a:
            image: busybox
            extra_hosts:
              - "somehost=162.242.195.82"
              - "myhostv6=::1"
              - "myhostv6b=[::1]"
              - "otherhost:50.31.209.229"
              - "ipv6local:::1"
              - "host.docker.internal:host-gateway"
              - "myhost=0.0.0.1,0.0.0.2"
              - "\${EXTRA_HOST}"
          b:
            image: busybox
            extra_hosts:
              somehost: "162.242.195.82"
              myhostv6: "::1"
              several: ["0.0.0.1", "[::2]"]
      `,
    },
  ],
  invalid: [
    {
      name: 'no IP; an empty host name (moby TestHostsList "bad host")',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: busybox
            extra_hosts:
              - "somehost"
              # ^^^^^^^^^^ error NL417: invalid additional host, missing IP: somehost
              - "=::1"
              #  ^ error NL417: bad host name ''
              - "::::1"
              #  ^ error NL417: bad host name ''
      `,
    },
    {
      name: 'IPs the Engine refuses (moby TestValidateExtraHosts); one of several',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: busybox
            extra_hosts:
              - "myhost:192.notanipaddress.1"
              #         ^^^^^^^^^^^^^^^^^^^^ error NL417: invalid IP address in add-host: "192.notanipaddress.1"
              - "anipv6host:::::1"
              #             ^^^^^ error NL417: invalid IP address in add-host: "::::1"
              - "pair=10.0.0.1,10.0.0.300"
              #                ^^^^^^^^^^ error NL417: invalid IP address in add-host: "10.0.0.300"
      `,
    },
    {
      name: 'the mapping form: a host name with a colon, an IP that is a host name',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: busybox
            extra_hosts:
              "db:5432": 10.0.0.5
            # ^^^^^^^^^ error NL417: bad host name 'db:5432'
              cache: redis.local
              #      ^^^^^^^^^^^ error NL417: invalid IP address in add-host: "redis.local"
      `,
    },
  ],
});
