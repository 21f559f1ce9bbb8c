import rule from '../../../server/src/rules/kubernetes/ip-address-parent-ref';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: networking.k8s.io/v1
      kind: IPAddress
      metadata: {name: 192.168.1.1}
      spec:
        parentRef: {group: "", resource: services, name: foo, namespace: bar}
    `,
  ],
  invalid: [
    {
      name: 'no parentRef',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: IPAddress
        #     ^^^^^^^^^ error NL235: spec.parentRef: Required value
        metadata: {name: 192.168.1.1}
      `,
    },
    {
      name: 'a parentRef without resource and with a bad name',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: IPAddress
        metadata: {name: 192.168.1.1}
        spec:
          parentRef:
            group: custom.resource.com
        #   ^^^^^ error NL235: spec.parentRef.resource: Required value
            name: foo%bar
        #         ^^^^^^^ error NL235: spec.parentRef.name: Invalid value: "foo%bar": may not contain '%'
      `,
    },
  ],
});
