// Rule table for NL201 service-ip-families-value: pkg/apis/core/validation ValidateServiceClusterIPsRelatedFields, cases from TestValidateServiceCreate.

import rule from '../../../server/src/rules/kubernetes/service-ip-families-value';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'TestValidateServiceCreate "valid, service with valid ipFamilies(v6,v4)"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: RequireDualStack
          ipFamilies: [IPv6, IPv4]
      `,
    },
    {
      name: 'TestValidateServiceCreate "valid, nil service ipFamilies" and an empty list',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: a}
        spec:
          ipFamilies:
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: b}
        spec:
          ipFamilies: []
      `,
    },
    {
      name: 'TestValidateServiceCreate "valid, service preferred dual stack with single family"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: PreferDualStack
          ipFamilies: ["IPv6"]
      `,
    },
    {
      name: 'ExternalName Services skip the family checks (they get a Forbidden error instead)',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: ExternalName
          externalName: db.example.com
          ipFamilies: [ipv4]
      `,
    },
    {
      name: 'EndpointSlice addressType is another field with another spelling',
      yaml: y`
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: {name: s-abc}
        addressType: IPv4
        endpoints: [{addresses: [10.1.2.3]}]
      `,
    },
  ],
  invalid: [
    {
      name: 'TestValidateServiceCreate "invalid, service with invalid ipFamilies"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilies: [not-a-valid-ip-family]
          #            ^^^^^^^^^^^^^^^^^^^^^ error NL201: spec.ipFamilies[0]: Unsupported value: "not-a-valid-ip-family": supported values: "IPv4", "IPv6"
          ports: [{port: 80}]
      `,
    },
    {
      name: 'TestValidateServiceCreate "invalid, service with invalid ipFamilies (2nd)"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: RequireDualStack
          ipFamilies:
          - IPv4
          - not-a-valid-ip-family
          # ^^^^^^^^^^^^^^^^^^^^^ error NL201: spec.ipFamilies[1]: Unsupported value: "not-a-valid-ip-family": supported values: "IPv4", "IPv6"
          ports: [{port: 80}]
      `,
    },
    {
      name: 'the case matters; the fix keeps the quotes',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: PreferDualStack
          ipFamilies: ["ipv6", 'IPV4']
          #            ^^^^^^ error NL201: spec.ipFamilies[0]: Unsupported value: "ipv6": supported values: "IPv4", "IPv6"
          #                    ^^^^^^ error NL201: spec.ipFamilies[1]: Unsupported value: "IPV4": supported values: "IPv4", "IPv6"
      `,
      // fixes: Change to IPv6 (safe) ; Change to IPv4 (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: PreferDualStack
          ipFamilies: ["IPv6", 'IPv4']
          #            ^^^^^^ error NL201: spec.ipFamilies[0]: Unsupported value: "ipv6": supported values: "IPv4", "IPv6"
          #                    ^^^^^^ error NL201: spec.ipFamilies[1]: Unsupported value: "IPV4": supported values: "IPv4", "IPv6"
      `,
    },
    {
      name: 'kind\'s lower-case spelling (ipv4) copied into a Service',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilies: [ipv4]
          #            ^^^^ error NL201: spec.ipFamilies[0]: Unsupported value: "ipv4": supported values: "IPv4", "IPv6"
      `,
      // fixes: Change to IPv4 (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilies: [IPv4]
          #            ^^^^ error NL201: spec.ipFamilies[0]: Unsupported value: "ipv4": supported values: "IPv4", "IPv6"
      `,
    },
    {
      name: 'an empty string',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilies: [""]
          #            ^^ error NL201: spec.ipFamilies[0]: Unsupported value: "": supported values: "IPv4", "IPv6"
      `,
    },
    {
      name: 'no fix for something that is not a family at all (Deployment and Service in one stream)',
      yaml: y`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec: {containers: [{name: web, image: nginx}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          selector: {app: web}
          ipFamilies: [DualStack]
          #            ^^^^^^^^^ error NL201: spec.ipFamilies[0]: Unsupported value: "DualStack": supported values: "IPv4", "IPv6"
          ports: [{port: 80}]
      `,
    },
    {
      name: 'KYAML',
      yaml: y`
        {apiVersion: "v1", kind: "Service", metadata: {name: "s"}, spec: {ipFamilyPolicy: "PreferDualStack", ipFamilies: ["IPv6", "Ipv4"], ports: [{port: 80}]}}
        #                                                                                                                         ^^^^^^ error NL201: spec.ipFamilies[1]: Unsupported value: "Ipv4": supported values: "IPv4", "IPv6"
      `,
      // fixes: Change to IPv4 (safe)
      output: y`
        {apiVersion: "v1", kind: "Service", metadata: {name: "s"}, spec: {ipFamilyPolicy: "PreferDualStack", ipFamilies: ["IPv6", "IPv4"], ports: [{port: 80}]}}
        #                                                                                                                         ^^^^^^ error NL201: spec.ipFamilies[1]: Unsupported value: "Ipv4": supported values: "IPv4", "IPv6"
      `,
    },
    {
      name: 'a Service inside a List',
      yaml: y`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Service
          metadata: {name: s}
          spec:
            ipFamilies: [IP4]
            #            ^^^ error NL201: spec.ipFamilies[0]: Unsupported value: "IP4": supported values: "IPv4", "IPv6"
      `,
    },
  ],
});
