import rule from '../../../server/src/rules/kubernetes/service-cluster-ips-family-order';
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
        clusterIP: "2001::1"
        clusterIPs: ["2001::1", 10.0.0.1]
        ipFamilies: [IPv6, IPv4]
        ipFamilyPolicy: RequireDualStack
        ports: [{port: 80}]
    `,
    { name: 'more IPs than families: only the listed families are compared', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        clusterIP: 10.0.0.1
        clusterIPs: [10.0.0.1, "2001::1"]
        ipFamilies: [IPv4]
        ipFamilyPolicy: PreferDualStack
        ports: [{port: 80}]
    ` },
    { name: 'a headless Service has no IPs to compare', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        clusterIP: None
        ipFamilies: [IPv6]
    ` },
  ],
  invalid: [
    {
      name: 'a lone clusterIP of the other family',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 10.0.0.1
        #            ^^^^^^^^ error NL209: spec.clusterIPs[0]: Invalid value: "10.0.0.1": expected an IPv6 value as indicated by \`ipFamilies[0]\`
          ipFamilies: [IPv6]
          ports: [{port: 80}]
      `,
    },
    {
      name: 'both lists of two in opposite orders: the fix reorders ipFamilies',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 10.0.0.1
          clusterIPs:
          - 10.0.0.1
        #   ^^^^^^^^ error NL209: spec.clusterIPs[0]: Invalid value: "10.0.0.1": expected an IPv6 value as indicated by \`ipFamilies[0]\`
          - fd00::1
        #   ^^^^^^^ error NL209: spec.clusterIPs[1]: Invalid value: "fd00::1": expected an IPv4 value as indicated by \`ipFamilies[1]\`
          ipFamilies: [IPv6, IPv4]
          ipFamilyPolicy: PreferDualStack
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 10.0.0.1
          clusterIPs:
          - 10.0.0.1
        #   ^^^^^^^^ error NL209: spec.clusterIPs[0]: Invalid value: "10.0.0.1": expected an IPv6 value as indicated by \`ipFamilies[0]\`
          - fd00::1
        #   ^^^^^^^ error NL209: spec.clusterIPs[1]: Invalid value: "fd00::1": expected an IPv4 value as indicated by \`ipFamilies[1]\`
          ipFamilies: [IPv4, IPv6]
          ipFamilyPolicy: PreferDualStack
      `,
    },
  ],
});
