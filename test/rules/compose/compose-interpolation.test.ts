// Rule table for NL402 compose-interpolation: a value docker compose cannot interpolate: a malformed ${...}, a required variable without a value, or a result that does not cast to the expected type. Upstream: compose-go template/template.go, interpolation/interpolation.go newPathError, loader/interpolate.go interpolateTypeCastMapping.

import rule from '../../../server/src/rules/compose/compose-interpolation';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';
import { spanTester } from '../empty-value';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'defaults, alternatives, nesting and $$ escapes',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: "nginx:\${TAG:-latest}"
            command: ["sh", "-c", "echo $$HOME"]
            ports:
              - "\${HOST_IP:-127.0.0.1}:\${HOST_PORT-8080}:80"
              - target: "\${TARGET:-80}"
            environment:
              A: "\${A:-\${B:-x}}"
              C: "\${C:+set}"
        networks:
          dual:
            enable_ipv6: "\${IPV6:-true}"
      `,
    },
    {
      name: 'a value that depends on a variable NetLens cannot know is left alone',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports: ["\${WEB_PORT:?set WEB_PORT}:80"]
            privileged: "\${PRIVILEGED}"
      `,
    },
    {
      name: 'not a Compose file',
      yaml: y`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: c}
        data: {script: "echo \${ HOME}"}
      `,
    },
  ],
  invalid: [
    {
      name: 'interp-bool: a value that is not a boolean after interpolation',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          net1:
            enable_ipv6: "\${IPV6:-maybe}"
            #            ^^^^^^^^^^^^^^^^ error NL402: error while interpolating networks.net1.enable_ipv6: failed to cast to expected type: invalid boolean: maybe
      `,
    },
    {
      name: 'interp-bool: YAML 1.1 yes is accepted with a warning; the fix writes true',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          net1:
            enable_ipv6: "yes"
            #            ^^^^^ warning NL402: "yes" for boolean is not supported by YAML 1.2, please use \`true\`
      `,
      // fixes: Write `true` (safe)
      output: y`
        services:
          web: {image: nginx}
        networks:
          net1:
            enable_ipv6: true
            #            ^^^^^ warning NL402: "yes" for boolean is not supported by YAML 1.2, please use \`true\`
      `,
    },
    {
      name: 'ports[].target is cast to an integer',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - target: "\${TARGET:-http}"
              #         ^^^^^^^^^^^^^^^^^ error NL402: error while interpolating services.web.ports.[].target: failed to cast to expected type: strconv.Atoi: parsing "http": invalid syntax
                published: "8080"
      `,
    },
  ],
});

spanTester(rule, 'messages of several lines', [
  {
    name: 'interp-invalid-template: a space after ${ (the message names the path, the advice and the template)',
    file: 'compose.yaml',
    yaml: y`
      services:
        web:
          image: nginx
          ports:
            - "\${ HOST_PORT}:80"
    `,
    target: '${ HOST_PORT}',
    severity: 'error',
    message: 'invalid interpolation format for services.web.ports.[].\nYou may need to escape any $ with another $.\n${ HOST_PORT}:80',
  },
  {
    name: 'an empty ${}',
    file: 'docker-compose.yml',
    yaml: y`
      services:
        db:
          image: "postgres:\${}"
    `,
    target: '${}',
    severity: 'error',
    message: 'invalid interpolation format for services.db.image.\nYou may need to escape any $ with another $.\npostgres:${}',
  },
]);
