// Rule table for NL202 service-ip-families-duplicate: pkg/apis/core/validation ValidateServiceClusterIPsRelatedFields, cases from TestValidateServiceCreate.

import rule from '../../../server/src/rules/kubernetes/service-ip-families-duplicate';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'TestValidateServiceCreate "valid, service with valid ipFamilies(v4,v6)"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: RequireDualStack
          ipFamilies: [IPv4, IPv6]
      `,
    },
    {
      name: 'TestValidateServiceCreate "valid, service with valid ipFamilies (v4)"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilies: [IPv4]
      `,
    },
    {
      name: 'the same family in two different Services',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: a}
        spec: {ipFamilies: [IPv6]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: b}
        spec: {ipFamilies: [IPv6]}
      `,
    },
    {
      name: 'ExternalName Services skip the family checks',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: ExternalName
          externalName: db.example.com
          ipFamilies: [IPv4, IPv4]
      `,
    },
  ],
  invalid: [
    {
      name: 'TestValidateServiceCreate "invalid, service with same ip families"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: RequireDualStack
          ipFamilies: [IPv6, IPv6]
          #                  ^^^^ error NL202: spec.ipFamilies[1]: Duplicate value: "IPv6"
      `,
      // fixes: Remove the second IPv6 (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: RequireDualStack
          ipFamilies: [IPv6]
          #                  ^^^^ error NL202: spec.ipFamilies[1]: Duplicate value: "IPv6"
      `,
    },
    {
      name: 'TestValidateServiceCreate "invalid, service with 2+ ipFamilies"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: RequireDualStack
          ipFamilies:
          - IPv4
          - IPv6
          - IPv4
          # ^^^^ error NL202: spec.ipFamilies[2]: Duplicate value: "IPv4"
      `,
      // fixes: Remove the second IPv4 (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: RequireDualStack
          ipFamilies:
          - IPv4
          - IPv6
          # ^^^^ error NL202: spec.ipFamilies[2]: Duplicate value: "IPv4"
      `,
    },
    {
      name: 'every repeat is reported; block items keep their comments',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: PreferDualStack
          ipFamilies:
          - IPv4 # primary
          - IPv4
          # ^^^^ error NL202: spec.ipFamilies[1]: Duplicate value: "IPv4"
          - IPv4
          # ^^^^ error NL202: spec.ipFamilies[2]: Duplicate value: "IPv4"
      `,
      // fixes: Remove the second IPv4 (safe) ; Remove the second IPv4 (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: PreferDualStack
          ipFamilies:
          - IPv4 # primary
          # ^^^^ error NL202: spec.ipFamilies[1]: Duplicate value: "IPv4"
          # ^^^^ error NL202: spec.ipFamilies[2]: Duplicate value: "IPv4"
      `,
    },
    {
      name: 'KYAML with quoted items',
      yaml: y`
        {apiVersion: "v1", kind: "Service", metadata: {name: "s"}, spec: {ipFamilyPolicy: "RequireDualStack", ipFamilies: ["IPv4", "IPv4"]}}
        #                                                                                                                          ^^^^^^ error NL202: spec.ipFamilies[1]: Duplicate value: "IPv4"
      `,
      // fixes: Remove the second IPv4 (safe)
      output: y`
        {apiVersion: "v1", kind: "Service", metadata: {name: "s"}, spec: {ipFamilyPolicy: "RequireDualStack", ipFamilies: ["IPv4"]}}
        #                                                                                                                          ^^^^^^ error NL202: spec.ipFamilies[1]: Duplicate value: "IPv4"
      `,
    },
    {
      name: 'duplicates are compared on the raw values, even unsupported ones',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilies: [ipv6, ipv6]
          #                  ^^^^ error NL202: spec.ipFamilies[1]: Duplicate value: "ipv6"
      `,
    },
  ],
});
