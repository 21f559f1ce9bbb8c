// Rule table for NL401 compose-port-syntax: every row of the short-syntax tables of compose-rules.md section 4, with go-connections' messages and the offending part of the string.

import rule from '../../../server/src/rules/compose/compose-port-syntax';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';
import { emptyValueTester } from '../empty-value';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the compose-spec example list',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "3000"
              - "3000-3005"
              - "8000:8000"
              - "9090-9091:8080-8081"
              - "49100:22"
              - "8000-9000:80"
              - "127.0.0.1:8001:8001"
              - "127.0.0.1:5000-5010:5000-5010"
              - "::1:6000:6000"
              - "[::1]:6001:6001"
              - "6060:6060/udp"
      `,
    },
    {
      name: 'accepted forms worth knowing: unbracketed IPv6, ephemeral and empty host ports, leading zeros, sctp, upper case protocol',
      file: 'docker-compose.yml',
      yaml: y`
        services:
          app:
            image: app
            ports:
              - "2001:db8::1:80:80"
              - "::::80"
              - "0:80"
              - "127.0.0.1::80"
              - "[::1]::80"
              - "080:080"
              - "::80"
              - "9000:9000/sctp"
              - "53:53/UDP"
              - "80/"
      `,
    },
    {
      name: 'YAML 1.2: unquoted HOST:CONTAINER stays a string; numbers are container ports',
      file: 'compose.yaml',
      yaml: y`
        services:
          ssh:
            image: ssh
            ports: [22:22, 2222, 1:30]
      `,
    },
    {
      name: 'long syntax is not short syntax',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - target: 80
                published: "8080"
                host_ip: "::1"
                protocol: udp
                mode: host
      `,
    },
    {
      name: 'variables that cannot be resolved are left alone; $$ escapes',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "\${HOST_IP}:\${HOST_PORT}:80"
              - "\${WEB_PORT:?set WEB_PORT}:80"
              - "\${HOST_PORT:-8080}:80"
      `,
    },
    {
      name: 'a Kubernetes manifest with a ports list is not a Compose file',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: c, image: nginx, ports: [{containerPort: 80}]}]
        services:
          ports: ["not:a:compose:port"]
      `,
    },
    {
      name: 'expose is not ports',
      file: 'compose.yaml',
      yaml: y`
        services:
          db:
            image: postgres
            expose: ["5432", "8000-8010"]
      `,
    },
  ],
  invalid: [
    {
      name: 'ports-ipv6-bracket-missing-host-port "[::1]:80"',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "[::1]:80"
              #  ^^ error NL401: invalid IP address [:: address [::: missing ']' in address
      `,
    },
    {
      name: 'ports-ip-without-container "127.0.0.1:80"',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "127.0.0.1:80"
              #  ^^^^^^^^^ error NL401: invalid hostPort: 127.0.0.1
      `,
    },
    {
      name: 'ports-host-ip-invalid "localhost:80:80" and "127.0.1:8080:80"',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "localhost:80:80"
              #  ^^^^^^^^^ error NL401: invalid IP address: localhost
              - "127.0.1:8080:80"
              #  ^^^^^^^ error NL401: invalid IP address: 127.0.1
      `,
    },
    {
      name: 'ports-host-ip-zone "[fe80::1%eth0]:8080:80"',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "[fe80::1%eth0]:8080:80"
              #  ^^^^^^^^^^^^^^ error NL401: invalid IP address: fe80::1%eth0
      `,
    },
    {
      name: 'ports-too-many-parts "1.2.3.4:80:80:80"',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "1.2.3.4:80:80:80"
              #  ^^^^^^^^^^ error NL401: invalid IP address: 1.2.3.4:80
      `,
    },
    {
      name: 'ports-proto-invalid "8080:80/xyz"',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "8080:80/xyz"
              #          ^^^ error NL401: invalid proto: xyz
      `,
    },
    {
      name: 'ports-container-port-invalid "8080:70000", "65536", "abc", "-1"',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "8080:70000"
              #       ^^^^^ error NL401: invalid containerPort: 70000
              - "65536"
              #  ^^^^^ error NL401: invalid containerPort: 65536
              - "abc"
              #  ^^^ error NL401: invalid containerPort: abc
              - "-1"
              #  ^^ error NL401: invalid containerPort: -1
      `,
    },
    {
      name: 'ports-host-port-invalid "70000:80", "9000-8000:80", "-1:80"',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "70000:80"
              #  ^^^^^ error NL401: invalid hostPort: 70000
              - "9000-8000:80"
              #  ^^^^^^^^^ error NL401: invalid hostPort: 9000-8000
              - "-1:80"
              #  ^^ error NL401: invalid hostPort: -1
      `,
    },
    {
      name: 'ports-range-mismatch "8000-8002:80-81" and "80:8080-8081"',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "8000-8002:80-81"
              #  ^^^^^^^^^^^^^^^ error NL401: invalid ranges specified for container and host Ports: 80-81 and 8000-8002
              - "80:8080-8081"
              #  ^^^^^^^^^^^^ error NL401: invalid ranges specified for container and host Ports: 8080-8081 and 80
      `,
    },
    {
      name: 'go-connections v0.6+: a second protocol is part of the protocol',
      file: 'docker-compose.yml',
      yaml: y`
        services:
          dns:
            image: coredns/coredns
            ports: ["53:53/tcp/udp"]
            #              ^^^^^^^ error NL401: invalid proto: tcp/udp
      `,
    },
    {
      name: 'plain scalars, a number too large, in a KYAML-style flow sequence',
      file: 'compose.yaml',
      yaml: y`
        services: {web: {image: nginx, ports: [8080:80, 99999]}}
        #                                               ^^^^^ error NL401: invalid containerPort: 99999
      `,
    },
    {
      name: 'a file recognised by its top-level services mapping',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - 127.0.0.1:8080:80/tpc
              #                   ^^^ error NL401: invalid proto: tpc
      `,
    },
    {
      name: '"$$" is a literal "$", so the host port is "${X}"; the whole entry is underlined',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "$\${X}:80"
              # ^^^^^^^^^^ error NL401: invalid hostPort: \${X}
      `,
    },
    {
      name: 'Docker Engine 29.2 and later refuse container port 0 (moby daemon/container.go validatePortBindings)',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "8080:0"
              #       ^ error NL401: invalid port specification: "0/tcp"
      `,
    },
  ],
});

emptyValueTester(rule, [
  {
    name: 'ports-container-empty "0.0.0.0:1234-1235:": the empty container port is after the last colon',
    file: 'compose.yaml',
    yaml: y`
      services:
        web:
          image: nginx
          ports:
            - "0.0.0.0:1234-1235:"
    `,
    after: '"0.0.0.0:1234-1235:',
    severity: 'error',
    message: 'no port specified: 0.0.0.0:1234-1235:<empty>',
  },
  {
    name: 'an empty entry',
    file: 'compose.yaml',
    yaml: y`
      services:
        web:
          image: nginx
          ports: [""]
    `,
    after: 'ports: ["',
    severity: 'error',
    message: 'no port specified: <empty>',
  },
]);
