// More of NL402 compose-interpolation: values from settings (composeEnv), a complete environment (CI), casts,
// YAML 1.1 booleans with their fix, and located multi-line template errors. (The per-rule table lives in
// test/rules/compose/compose-interpolation.test.ts.)

import rule from '../../../server/src/rules/compose/compose-interpolation';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../../rules/common-valid';
import { spanTester } from '../../rules/empty-value';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'every form with known, defaulted and unknown variables; $$ escapes; keys are not interpolated',
      file: 'compose.yaml',
      settings: { composeEnv: { HOST_PORT: '8080', EMPTY: '' } },
      yaml: y`
        services:
          web:
            image: "nginx:\${TAG:-1.27}"
            command: "echo $$HOME \${HOST_PORT} $HOST_PORT \${EMPTY-x} \${UNKNOWN}"
            environment:
              A: "\${HOST_PORT:?must be set}"
              B: "\${UNKNOWN:?the shell may set it}"
              C: "\${HOST_PORT:+set} \${EMPTY:+no} \${UNKNOWN2:-\${HOST_PORT}}"
            labels:
              "$NOT_A_VALUE": "keys are left alone"
            ports:
              - target: "\${HOST_PORT}"
                published: 80
      `,
    },
    {
      name: 'booleans and ints that cast, YAML booleans as they are',
      file: 'compose.yaml',
      settings: { composeEnv: { V6: 'true' } },
      yaml: y`
        services:
          web: {image: nginx, ports: [{target: "80"}]}
        networks:
          a: {enable_ipv6: $V6, internal: "false", attachable: true, external: false}
          b: {enable_ipv6: "\${UNKNOWN}"}
      `,
    },
  ],
  invalid: [
    {
      name: 'a required variable that the settings set to an empty value',
      file: 'compose.yaml',
      settings: { composeEnv: { WEB_PORT: '' } },
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "\${WEB_PORT:?WEB_PORT must be set}:80"
              #  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL402: error while interpolating services.web.ports.[]: required variable WEB_PORT is missing a value: WEB_PORT must be set
      `,
    },
    {
      name: 'a complete environment (CI) knows that a variable is unset',
      file: 'compose.yaml',
      settings: { composeEnv: {}, composeEnvComplete: true },
      yaml: y`
        services:
          web:
            image: nginx
            environment:
              TOKEN: "\${TOKEN?}"
              #       ^^^^^^^^^ error NL402: error while interpolating services.web.environment.TOKEN: required variable TOKEN is missing a value
              HOST: "\${HOST_IP}"
              #     ^^^^^^^^^^^^ warning NL402: The "HOST_IP" variable is not set. Defaulting to a blank string.
      `,
    },
    {
      name: 'values that do not cast to the type compose-go expects',
      file: 'compose.yaml',
      settings: { composeEnv: { PORT: 'http' } },
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - target: $PORT
              #         ^^^^^ error NL402: error while interpolating services.web.ports.[].target: failed to cast to expected type: strconv.Atoi: parsing "http": invalid syntax
        networks:
          back:
            enable_ipv6: maybe
            #            ^^^^^ error NL402: error while interpolating networks.back.enable_ipv6: failed to cast to expected type: invalid boolean: maybe
      `,
    },
    {
      name: 'YAML 1.1 booleans are accepted with a warning; the fix writes the YAML 1.2 word',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          back:
            enable_ipv6: yes
            #            ^^^ warning NL402: "yes" for boolean is not supported by YAML 1.2, please use \`true\`
            internal: Off
            #         ^^^ warning NL402: "Off" for boolean is not supported by YAML 1.2, please use \`false\`
      `,
      output: y`
        services:
          web: {image: nginx}
        networks:
          back:
            enable_ipv6: true
            #            ^^^ warning NL402: "yes" for boolean is not supported by YAML 1.2, please use \`true\`
            internal: false
            #         ^^^ warning NL402: "Off" for boolean is not supported by YAML 1.2, please use \`false\`
      `,
    },
  ],
});

spanTester(rule, 'located template errors', [
  {
    name: 'an unclosed ${ in a network subnet',
    file: 'compose.yaml',
    yaml: 'services:\n  web: {image: nginx}\nnetworks:\n  net:\n    ipam:\n      config:\n        - subnet: 10.0.0.0/${\n',
    target: '${',
    severity: 'error',
    message: 'invalid interpolation format for networks.net.ipam.config.[].subnet.\nYou may need to escape any $ with another $.\n10.0.0.0/${',
  },
  {
    name: 'the second of two variables fails: the range is that ${...}',
    file: 'compose.yaml',
    settings: { composeEnv: { A: '1', B: '' } },
    yaml: 'services:\n  web:\n    image: nginx\n    environment:\n      X: "${A:?a} ${B:?b must be set}"\n',
    target: '${B:?b must be set}',
    severity: 'error',
    message: 'error while interpolating services.web.environment.X: required variable B is missing a value: b must be set',
  },
]);
