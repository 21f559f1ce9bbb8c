import rule from '../../../server/src/rules/kubernetes/service-node-port';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        type: NodePort
        ports:
        - {name: a, port: 80, nodePort: 30080}
        - {name: b, port: 80, protocol: UDP, nodePort: 30080}
    `,
    { name: 'a custom range from the setting', settings: { nodePortRange: { start: 20000, end: 22767 } }, yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        type: LoadBalancer
        ports: [{port: 443, nodePort: 20443}]
    ` },
  ],
  invalid: [
    {
      name: 'a nodePort on a ClusterIP Service',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - port: 80
            nodePort: 30080
        #             ^^^^^ error NL220: spec.ports[0].nodePort: Forbidden: may not be used when \`type\` is 'ClusterIP'
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - port: 80
        #             ^^^^^ error NL220: spec.ports[0].nodePort: Forbidden: may not be used when \`type\` is 'ClusterIP'
      `,
    },
    {
      name: 'outside the default range, twice',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: NodePort
          ports:
          - {name: a, port: 80, nodePort: 8080}
        #                                 ^^^^ error NL220: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767
          - {name: b, port: 81, nodePort: 8080}
        #                                 ^^^^ error NL220: spec.ports[1].nodePort: Duplicate value: 8080 (also spec.ports[0].nodePort)
        #                                 ^^^^ error NL220: spec.ports[1].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767
      `,
    },
  ],
});
