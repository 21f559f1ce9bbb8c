import rule from '../../../server/src/rules/kubernetes/network-policy-port';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: p}
      spec:
        podSelector: {}
        egress:
        - ports:
          - {protocol: TCP, port: 32000, endPort: 32768}
          - {protocol: UDP, port: dns}
          - {protocol: TCP}
    `,
  ],
  invalid: [
    {
      name: 'endPort below port, after a named port, without a port',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: p}
        spec:
          podSelector: {}
          ingress:
          - ports:
            - {port: 9000, endPort: 8000}
        #                           ^^^^ error NL229: spec.ingress[0].ports[0].endPort: Invalid value: 9000: must be greater than or equal to \`port\`
            - {port: metrics, endPort: 9100}
        #                              ^^^^ error NL229: spec.ingress[0].ports[1].endPort: Invalid value: 9100: may not be specified when \`port\` is non-numeric
            - {endPort: 9100}
        #               ^^^^ error NL229: spec.ingress[0].ports[2].endPort: Invalid value: 9100: may not be specified when \`port\` is not specified
      `,
    },
    {
      name: 'not a port',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: p}
        spec:
          podSelector: {}
          ingress:
          - ports:
            - port: 123456789
        #           ^^^^^^^^^ error NL229: spec.ingress[0].ports[0].port: Invalid value: 123456789: must be between 1 and 65535, inclusive
            - port: "!@#$"
        #           ^^^^^^ error NL229: spec.ingress[0].ports[1].port: Invalid value: "!@#$": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)
        #           ^^^^^^ error NL229: spec.ingress[0].ports[1].port: Invalid value: "!@#$": must contain at least one letter (a-z)
      `,
    },
  ],
});
