import rule from '../../../server/src/rules/kubernetes/service-implicit-single-stack';
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
        ipFamilyPolicy: PreferDualStack
        ipFamilies: [IPv6, IPv4]
        ports: [{port: 80}]
    `,
    { name: 'headless without a selector defaults to RequireDualStack', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        clusterIP: None
        ipFamilies: [IPv4, IPv6]
    ` },
    { name: "an explicit SingleStack is NL204's", yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        ipFamilyPolicy: SingleStack
        ipFamilies: [IPv4, IPv6]
        ports: [{port: 80}]
    ` },
    { name: 'validation fails first (duplicate family), so allocation never runs', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        ipFamilies: [IPv6, IPv6]
        ports: [{port: 80}]
    ` },
  ],
  invalid: [
    {
      name: 'two families and no policy',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilies:
        # ^^^^^^^^^^ error NL210: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified (ipFamilyPolicy is not set, so the API server defaults it to SingleStack)
          - IPv4
          - IPv6
          ports: [{port: 80}]
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: PreferDualStack
          ipFamilies:
        # ^^^^^^^^^^ error NL210: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified (ipFamilyPolicy is not set, so the API server defaults it to SingleStack)
          - IPv4
          - IPv6
          ports: [{port: 80}]
      `,
    },
    {
      name: 'two cluster IPs and no policy',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 10.96.0.20
          clusterIPs: [10.96.0.20, "fd00::20"]
        # ^^^^^^^^^^ error NL210: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified (ipFamilyPolicy is not set, so the API server defaults it to SingleStack)
          selector: {app: web}
          ports: [{port: 80}]
      `,
      fix: 'Add ipFamilyPolicy: RequireDualStack',
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 10.96.0.20
          ipFamilyPolicy: RequireDualStack
          clusterIPs: [10.96.0.20, "fd00::20"]
        # ^^^^^^^^^^ error NL210: spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified (ipFamilyPolicy is not set, so the API server defaults it to SingleStack)
          selector: {app: web}
          ports: [{port: 80}]
      `,
    },
  ],
});
