import rule from '../../../server/src/rules/kubernetes/service-cluster-ips-none';
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
        clusterIP: None
        clusterIPs: [None]
        selector: {app: db}
    `,
    y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        clusterIP: 10.0.0.1
        clusterIPs: [10.0.0.1, "2001::1"]
        ipFamilyPolicy: RequireDualStack
        ports: [{port: 80}]
    `,
  ],
  invalid: [
    {
      name: 'None with an address after it',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: None
          clusterIPs:
          - None
        #   ^^^^ error NL207: spec.clusterIPs: Invalid value: ["None","2001::1"]: 'None' must be the first and only value
          - "2001::1"
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: None
          clusterIPs:
          - None
        #   ^^^^ error NL207: spec.clusterIPs: Invalid value: ["None","2001::1"]: 'None' must be the first and only value
      `,
    },
    {
      name: 'None in second place is not an IP address',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 2001::1
          clusterIPs: ["2001::1", None]
        #                         ^^^^ error NL207: spec.clusterIPs[1]: Invalid value: "None": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) ('None' is only allowed alone, as the first entry)
          ipFamilyPolicy: RequireDualStack
      `,
    },
  ],
});
