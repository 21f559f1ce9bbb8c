import rule from '../../../server/src/rules/kubernetes/node-pod-cidrs';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: v1
      kind: Node
      metadata: {name: n}
      spec:
        podCIDR: 10.244.1.0/24
        podCIDRs: [10.244.1.0/24, "fd00:10:244:1::/64"]
    `,
  ],
  invalid: [
    {
      name: 'two of one family, and a duplicate',
      yaml: y`
        apiVersion: v1
        kind: Node
        metadata: {name: n}
        spec:
          podCIDRs:
          - 10.0.0.0/16
          - 10.0.0.0/16
        #   ^^^^^^^^^^^ error NL233: spec.podCIDRs: Invalid value: ["10.0.0.0/16","10.0.0.0/16"]: may specify no more than one CIDR for each IP family
        #   ^^^^^^^^^^^ error NL233: spec.podCIDRs[1]: Duplicate value: "10.0.0.0/16"
      `,
    },
    {
      name: 'podCIDR is overwritten by podCIDRs[0]',
      yaml: y`
        apiVersion: v1
        kind: Node
        metadata: {name: n}
        spec:
          podCIDR: 10.244.2.0/24
        #          ^^^^^^^^^^^^^ warning NL233: spec.podCIDR: "10.244.2.0/24" differs from spec.podCIDRs[0] ("10.244.1.0/24"); the API server keeps podCIDRs and sets podCIDR to its first entry
          podCIDRs: [10.244.1.0/24]
      `,
    },
  ],
});
