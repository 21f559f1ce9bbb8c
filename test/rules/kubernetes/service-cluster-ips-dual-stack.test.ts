import rule from '../../../server/src/rules/kubernetes/service-cluster-ips-dual-stack';
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
        ipFamilyPolicy: RequireDualStack
        ports: [{port: 80}]
    `,
    { name: 'an invalid entry stops the family check (its own rule reports it)', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        clusterIP: garbage-ip
        clusterIPs: [garbage-ip, garbage-second-ip]
        ipFamilyPolicy: RequireDualStack
    ` },
  ],
  invalid: [
    {
      name: 'two IPv4 addresses',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 10.0.0.1
          clusterIPs: [10.0.0.1, 10.0.0.10]
        #                        ^^^^^^^^^ error NL208: spec.clusterIPs: Invalid value: ["10.0.0.1","10.0.0.10"]: may specify no more than one IP for each IP family
          ipFamilyPolicy: RequireDualStack
      `,
    },
    {
      name: 'three addresses (the family check passes: both families are there)',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 10.0.0.1
          clusterIPs: [10.0.0.1, "2001::1", 10.0.0.10]
        #                                   ^^^^^^^^^ error NL208: spec.clusterIPs: Invalid value: ["10.0.0.1","2001::1","10.0.0.10"]: may only hold up to 2 values
          ipFamilyPolicy: RequireDualStack
      `,
    },
  ],
});
