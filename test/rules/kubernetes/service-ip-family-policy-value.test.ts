// Rule table for NL203 service-ip-family-policy-value: pkg/apis/core/validation ValidateServiceClusterIPsRelatedFields.

import rule from '../../../server/src/rules/kubernetes/service-ip-family-policy-value';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the three policies',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: a}
        spec: {ipFamilyPolicy: SingleStack}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: b}
        spec: {ipFamilyPolicy: PreferDualStack}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: c}
        spec: {ipFamilyPolicy: "RequireDualStack"}
      `,
    },
    {
      name: 'TestValidateServiceCreate "valid. no field set": nil is defaulted at allocation',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy:
          ports: [{port: 80}]
      `,
    },
    {
      name: 'ExternalName Services skip the policy check',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: ExternalName
          externalName: db.example.com
          ipFamilyPolicy: dual
      `,
    },
  ],
  invalid: [
    {
      name: 'lower case',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: singlestack
          #               ^^^^^^^^^^^ error NL203: spec.ipFamilyPolicy: Unsupported value: "singlestack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"
      `,
      // fixes: Change to SingleStack (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: SingleStack
          #               ^^^^^^^^^^^ error NL203: spec.ipFamilyPolicy: Unsupported value: "singlestack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"
      `,
    },
    {
      name: 'a dash; the fix keeps the quotes',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: "Prefer-Dual-Stack"
          #               ^^^^^^^^^^^^^^^^^^^ error NL203: spec.ipFamilyPolicy: Unsupported value: "Prefer-Dual-Stack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"
          ipFamilies: [IPv4, IPv6]
      `,
      // fixes: Change to PreferDualStack (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: "PreferDualStack"
          #               ^^^^^^^^^^^^^^^^^^^ error NL203: spec.ipFamilyPolicy: Unsupported value: "Prefer-Dual-Stack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"
          ipFamilies: [IPv4, IPv6]
      `,
    },
    {
      name: 'a value that is not a policy has no fix',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: DualStack
          #               ^^^^^^^^^ error NL203: spec.ipFamilyPolicy: Unsupported value: "DualStack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"
      `,
    },
    {
      name: 'an empty string is not the same as leaving it out',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: ''
          #               ^^ error NL203: spec.ipFamilyPolicy: Unsupported value: "": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"
      `,
    },
    {
      name: 'KYAML, headless',
      yaml: y`
        {apiVersion: "v1", kind: "Service", metadata: {name: "db"}, spec: {clusterIP: "None", ipFamilyPolicy: "require_dual_stack", selector: {app: "db"}}}
        #                                                                                                     ^^^^^^^^^^^^^^^^^^^^ error NL203: spec.ipFamilyPolicy: Unsupported value: "require_dual_stack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"
      `,
      // fixes: Change to RequireDualStack (safe)
      output: y`
        {apiVersion: "v1", kind: "Service", metadata: {name: "db"}, spec: {clusterIP: "None", ipFamilyPolicy: "RequireDualStack", selector: {app: "db"}}}
        #                                                                                                     ^^^^^^^^^^^^^^^^^^^^ error NL203: spec.ipFamilyPolicy: Unsupported value: "require_dual_stack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"
      `,
    },
  ],
});
