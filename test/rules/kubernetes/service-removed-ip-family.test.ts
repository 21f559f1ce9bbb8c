// Rule table for NL205 service-removed-ip-family: the pre-1.20 alpha field spec.ipFamily, refused by strict field validation.

import rule from '../../../server/src/rules/kubernetes/service-removed-ip-family';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'ipFamilies and ipFamilyPolicy are the fields that replaced it',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilies: [IPv6]
          ipFamilyPolicy: SingleStack
      `,
    },
    {
      name: 'an annotation or a label with the old name is not the field',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata:
          name: s
          labels: {ipFamily: IPv6}
          annotations: {example.com/ipFamily: IPv4}
        spec:
          selector: {ipFamily: v6}
      `,
    },
    {
      name: 'other objects may have an ipFamily field (kind, a Calico IPPool-like CRD)',
      yaml: y`
        apiVersion: kind.x-k8s.io/v1alpha4
        kind: Cluster
        networking: {ipFamily: dual}
        ---
        apiVersion: example.com/v1
        kind: Service
        spec: {ipFamily: IPv4}
      `,
    },
  ],
  invalid: [
    {
      name: 'the pre-1.20 alpha field; the fix writes the list form',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamily: IPv6
         #^^^^^^^^ error NL205: Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily" (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)
          selector: {app: web}
          ports: [{port: 80}]
      `,
      // fixes: Replace with ipFamilies: [IPv6] (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilies: [IPv6]
         #^^^^^^^^ error NL205: Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily" (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)
          selector: {app: web}
          ports: [{port: 80}]
      `,
    },
    {
      name: 'lower case value; the fix spells the family right',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamily: "ipv6" # old manifest
         #^^^^^^^^ error NL205: Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily" (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)
          ports: [{port: 80}]
      `,
      // fixes: Replace with ipFamilies: [IPv6] (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilies: [IPv6] # old manifest
         #^^^^^^^^ error NL205: Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily" (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)
          ports: [{port: 80}]
      `,
    },
    {
      name: 'next to ipFamilies there is nothing to move: no fix',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamily: IPv6
         #^^^^^^^^ error NL205: Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily" (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)
          ipFamilies: [IPv6]
      `,
    },
    {
      name: 'an empty value: no fix',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamily:
         #^^^^^^^^ error NL205: Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily" (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)
          ports: [{port: 80}]
      `,
    },
    {
      name: 'flow mapping',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec: {ipFamily: IPv4, ports: [{port: 80}]}
        #      ^^^^^^^^ error NL205: Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily" (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)
      `,
      // fixes: Replace with ipFamilies: [IPv4] (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec: {ipFamilies: [IPv4], ports: [{port: 80}]}
        #      ^^^^^^^^ error NL205: Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily" (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)
      `,
    },
    {
      name: 'ExternalName Services are decoded the same way (fix not asserted: see the report)',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: ExternalName
          externalName: db.example.com
          ipFamily: IPv4
         #^^^^^^^^ error NL205: Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily" (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)
      `,
    },
    {
      name: 'a Service in a List',
      yaml: y`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Service
          metadata: {name: s}
          spec:
            ipFamily: IPv4
           #^^^^^^^^ error NL205: Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily" (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)
            ports: [{port: 80}]
      `,
      // fixes: Replace with ipFamilies: [IPv4] (safe)
      output: y`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Service
          metadata: {name: s}
          spec:
            ipFamilies: [IPv4]
           #^^^^^^^^ error NL205: Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily" (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)
            ports: [{port: 80}]
      `,
    },
    {
      name: 'on an ExternalName Service the fix drops the field: ipFamilies is forbidden there',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: ExternalName
          externalName: db.example.com
          ipFamily: IPv4
        # ^^^^^^^^ error NL205: Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily" (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: ExternalName
          externalName: db.example.com
        # ^^^^^^^^ error NL205: Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ipFamily" (spec.ipFamily was removed in Kubernetes 1.20: use spec.ipFamilies)
      `,
    },
  ],
});
