import rule from '../../../server/src/rules/kubernetes/service-cidr-spec';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: networking.k8s.io/v1
      kind: ServiceCIDR
      metadata: {name: extra}
      spec:
        cidrs: [192.168.0.0/24, "fd00:1234::/64"]
    `,
  ],
  invalid: [
    {
      name: 'no CIDRs',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        #     ^^^^^^^^^^^ error NL234: spec.cidrs: Required value: at least one CIDR required
        metadata: {name: extra}
      `,
    },
    {
      name: 'three CIDRs, two of a family',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        metadata: {name: a}
        spec:
          cidrs: [192.168.0.0/24, "fd00::/64", 10.0.0.0/16]
        #                                      ^^^^^^^^^^^ error NL234: spec.cidrs: Invalid value: ["192.168.0.0/24","fd00::/64","10.0.0.0/16"]: may only hold up to 2 values
        ---
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        metadata: {name: b}
        spec:
          cidrs: [192.168.0.0/24, 10.0.0.0/16]
        #                         ^^^^^^^^^^^ error NL234: spec.cidrs: Invalid value: ["192.168.0.0/24","10.0.0.0/16"]: may specify no more than one IP for each IP family, i.e 192.168.0.0/24 and 2001:db8::/64
      `,
    },
    {
      name: 'an IPv6 range shorter than /64 is never allocated from',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        metadata: {name: a}
        spec:
          cidrs: ["fd00:1234::/48"]
        #         ^^^^^^^^^^^^^^^^ warning NL234: spec.cidrs[0]: shortest allowed prefix length for service CIDR is 64, got 48 (the ServiceCIDR is created, but no cluster IP is ever allocated from it)
      `,
    },
  ],
});

ruleTester(rule, {
  valid: [
    { name: 'v1beta1 in 1.32', settings: { kubernetesVersion: { major: 1, minor: 32 } }, yaml: y`
      apiVersion: networking.k8s.io/v1beta1
      kind: ServiceCIDR
      metadata: {name: extra}
      spec:
        cidrs: [10.100.0.0/16]
    ` },
  ],
  invalid: [
    {
      name: 'networking.k8s.io/v1 before 1.33',
      settings: { kubernetesVersion: { major: 1, minor: 32 } },
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        #     ^^^^^^^^^^^ error NL234: no matches for kind "ServiceCIDR" in version "networking.k8s.io/v1" (Kubernetes 1.32 does not serve it: networking.k8s.io/v1 from 1.33, v1beta1 in 1.31 and 1.32; see netlens.kubernetesVersion)
        metadata: {name: extra}
        spec:
          cidrs: [10.100.0.0/16]
      `,
    },
  ],
});
