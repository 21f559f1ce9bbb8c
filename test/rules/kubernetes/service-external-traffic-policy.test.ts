import rule from '../../../server/src/rules/kubernetes/service-external-traffic-policy';
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
        type: LoadBalancer
        externalTrafficPolicy: Local
        healthCheckNodePort: 31100
        ports: [{port: 443}]
    `,
    { name: 'a ClusterIP Service with external IPs is externally accessible', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        externalIPs: [203.0.113.7]
        externalTrafficPolicy: Local
        ports: [{port: 443}]
    ` },
  ],
  invalid: [
    {
      name: 'on a plain ClusterIP Service',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          externalTrafficPolicy: Local
        #                        ^^^^^ error NL221: spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services
          healthCheckNodePort: 34567
        #                      ^^^^^ error NL221: spec.healthCheckNodePort: Invalid value: 34567: may only be set when \`type\` is 'LoadBalancer' and \`externalTrafficPolicy\` is 'Local'
          ports: [{port: 443}]
      `,
    },
    {
      name: 'the case matters',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: NodePort
          externalTrafficPolicy: local
        #                        ^^^^^ error NL221: spec.externalTrafficPolicy: Unsupported value: "local": supported values: "Cluster", "Local"
          ports: [{port: 443}]
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: NodePort
          externalTrafficPolicy: Local
        #                        ^^^^^ error NL221: spec.externalTrafficPolicy: Unsupported value: "local": supported values: "Cluster", "Local"
          ports: [{port: 443}]
      `,
    },
  ],
});
