import rule from '../../../server/src/rules/kubernetes/service-headless-type';
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
        clusterIP: None
        selector: {app: db}
    `,
    y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        type: LoadBalancer
        ports: [{port: 443}]
    `,
  ],
  invalid: [
    {
      name: 'a headless LoadBalancer',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: LoadBalancer
          clusterIP: None
        #            ^^^^ error NL212: spec.clusterIPs[0]: Invalid value: "None": may not be set to 'None' for LoadBalancer services
          ports: [{port: 443}]
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: LoadBalancer
        #            ^^^^ error NL212: spec.clusterIPs[0]: Invalid value: "None": may not be set to 'None' for LoadBalancer services
          ports: [{port: 443}]
      `,
    },
    {
      name: 'a headless NodePort',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: NodePort
          clusterIP: None
          clusterIPs: [None]
        #              ^^^^ error NL212: spec.clusterIPs[0]: Invalid value: "None": may not be set to 'None' for NodePort services
          ports: [{port: 443}]
      `,
    },
  ],
});
