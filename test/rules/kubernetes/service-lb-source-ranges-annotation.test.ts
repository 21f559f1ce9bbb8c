import rule from '../../../server/src/rules/kubernetes/service-lb-source-ranges-annotation';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: v1
      kind: Service
      metadata:
        name: s
        annotations:
          service.beta.kubernetes.io/load-balancer-source-ranges: "1.2.3.0/24,  5.6.0.0/16"
      spec:
        type: LoadBalancer
        ports: [{port: 443}]
    `,
    { name: 'ignored when the field is set', yaml: y`
      apiVersion: v1
      kind: Service
      metadata:
        name: s
        annotations:
          service.beta.kubernetes.io/load-balancer-source-ranges: foo.bar
      spec:
        type: LoadBalancer
        loadBalancerSourceRanges: [1.2.3.0/24]
        ports: [{port: 443}]
    ` },
  ],
  invalid: [
    {
      name: 'a host name and an impossible prefix',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata:
          name: s
          annotations:
            service.beta.kubernetes.io/load-balancer-source-ranges: foo.bar, 1.2.3.4/33
        #                                                           ^^^^^^^ error NL215: metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]: Invalid value: "foo.bar": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64) ("foo.bar" is not a CIDR block (an address and a prefix length, such as 10.0.0.0/16 or 2001:db8::/64))
        #                                                                    ^^^^^^^^^^ error NL215: metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]: Invalid value: "1.2.3.4/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64) (prefix length 33 is out of range 0-32 for IPv4)
        spec:
          type: LoadBalancer
          ports: [{port: 443}]
      `,
    },
  ],
});
