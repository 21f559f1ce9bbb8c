import rule from '../../../server/src/rules/kubernetes/service-ports-required';
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
        ports: [{port: 80}]
    `,
    { name: 'headless', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        clusterIP: None
        selector: {app: db}
    ` },
    { name: 'ExternalName', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        type: ExternalName
        externalName: db.example.com
    ` },
  ],
  invalid: [
    {
      name: 'no ports at all',
      yaml: y`
        apiVersion: v1
        kind: Service
        #     ^^^^^^^ error NL216: spec.ports: Required value
        metadata: {name: s}
        spec:
          selector: {app: web}
      `,
    },
    {
      name: 'an empty list',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: LoadBalancer
          ports: []
        # ^^^^^ error NL216: spec.ports: Required value
      `,
    },
  ],
});
