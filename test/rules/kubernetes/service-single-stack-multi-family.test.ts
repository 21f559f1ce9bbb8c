// Rule table for NL204 service-single-stack-multi-family: pkg/registry/core/service/storage/alloc.go initIPFamilyFields, which TestValidateServiceCreate leaves to allocation.

import rule from '../../../server/src/rules/kubernetes/service-single-stack-multi-family';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'TestValidateServiceCreate "valid, single ip + single family"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: SingleStack
          clusterIP: "2001::1"
          clusterIPs: ["2001::1"]
          ipFamilies: [IPv6]
      `,
    },
    {
      name: 'TestValidateServiceCreate "valid, IPFamilyPolicy(preferDualStack) is set for two families"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: PreferDualStack
          ipFamilies: [IPv4, IPv6]
      `,
    },
    {
      name: 'TestValidateServiceCreate "valid, multi ip, single ipfamilies preferDualStack"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: PreferDualStack
          clusterIP: 10.0.0.1
          clusterIPs: [10.0.0.1, "2001::1"]
          ipFamilies: [IPv4]
      `,
    },
    {
      name: 'a headless SingleStack Service has one clusterIPs entry, None',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: SingleStack
          clusterIP: None
          clusterIPs: [None]
          ipFamilies: [IPv6]
      `,
    },
    {
      name: 'ExternalName Services are not allocated',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: ExternalName
          externalName: db.example.com
          ipFamilyPolicy: SingleStack
          ipFamilies: [IPv4, IPv6]
      `,
    },
    { name: 'validation stops a repeated family before allocation runs (alloc.go initIPFamilyFields)', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        ipFamilyPolicy: SingleStack
        ipFamilies: [IPv4, IPv4]
    ` },
  ],
  invalid: [
    {
      name: 'TestValidateServiceCreate "IPFamilyPolicy(singleStack) is set for two families" (validation passes, allocation refuses)',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: SingleStack
          #               ^^^^^^^^^^^ error NL204: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified
          ipFamilies: [IPv4, IPv6]
          ports: [{port: 80}]
      `,
      // fixes: Change to PreferDualStack | Change to RequireDualStack
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: PreferDualStack
          #               ^^^^^^^^^^^ error NL204: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified
          ipFamilies: [IPv4, IPv6]
          ports: [{port: 80}]
      `,
    },
    {
      name: 'the other quick fix',
      fix: 'Change to RequireDualStack',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: "SingleStack"
          #               ^^^^^^^^^^^^^ error NL204: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified
          ipFamilies: [IPv6, IPv4]
      `,
      // fixes: Change to PreferDualStack | Change to RequireDualStack
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: "RequireDualStack"
          #               ^^^^^^^^^^^^^ error NL204: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified
          ipFamilies: [IPv6, IPv4]
      `,
    },
    {
      name: 'two cluster IPs (TestValidateServiceCreate " multi ip, dualstack not set (request for downgrade)" without ipFamilies)',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: SingleStack
          #               ^^^^^^^^^^^ error NL204: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified
          clusterIP: 10.0.0.1
          clusterIPs: [10.0.0.1, "2001::1"]
      `,
      // fixes: Change to PreferDualStack | Change to RequireDualStack
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: PreferDualStack
          #               ^^^^^^^^^^^ error NL204: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified
          clusterIP: 10.0.0.1
          clusterIPs: [10.0.0.1, "2001::1"]
      `,
    },
    {
      name: 'headless and selectorless does not excuse an explicit SingleStack',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: db}
        spec:
          clusterIP: None
          ipFamilyPolicy: SingleStack
          #               ^^^^^^^^^^^ error NL204: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified
          ipFamilies: [IPv4, IPv6]
      `,
      // fixes: Change to PreferDualStack | Change to RequireDualStack
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: db}
        spec:
          clusterIP: None
          ipFamilyPolicy: PreferDualStack
          #               ^^^^^^^^^^^ error NL204: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified
          ipFamilies: [IPv4, IPv6]
      `,
    },
    {
      name: 'two cluster IPs and two families: both errors, cluster IPs first (alloc.go)',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: SingleStack
          #               ^^^^^^^^^^^ error NL204: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified
          #               ^^^^^^^^^^^ error NL204: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified
          clusterIP: 10.0.0.1
          clusterIPs: [10.0.0.1, "2001::1"]
          ipFamilies: [IPv4, IPv6]
      `,
    },
  ],
});
