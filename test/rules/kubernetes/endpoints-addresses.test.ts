import rule from '../../../server/src/rules/kubernetes/endpoints-addresses';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: v1
      kind: Endpoints
      metadata: {name: mysvc}
      subsets:
      - addresses: [{ip: 10.10.1.1}, {ip: 10.10.2.2}]
        ports: [{name: a, port: 8675}, {name: b, port: 309}]
      - notReadyAddresses: [{ip: 10.10.3.3}]
    `,
    { name: 'no subsets', yaml: y`
      apiVersion: v1
      kind: Endpoints
      metadata: {name: mysvc}
    ` },
  ],
  invalid: [
    {
      name: 'a subset with ports only, an address without ip',
      yaml: y`
        apiVersion: v1
        kind: Endpoints
        metadata: {name: mysvc}
        subsets:
        - ports: [{name: a, port: 93}]
        # ^^^^^ error NL231: subsets[0]: Required value: must specify \`addresses\` or \`notReadyAddresses\`
        - addresses:
          - hostname: web-0
        #   ^^^^^^^^ error NL231: subsets[1].addresses[0].ip: Invalid value: "": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) (ip is missing)
      `,
    },
  ],
});
