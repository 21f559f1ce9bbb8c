import rule from '../../../server/src/rules/address/cidr-host-bits';
import { ruleTester, y } from '../../rule-tester';

const v135 = { kubernetesVersion: { major: 1, minor: 35 } };

ruleTester(rule, {
  valid: [
    y`
      apiVersion: kubeadm.k8s.io/v1beta4
      kind: ClusterConfiguration
      networking:
        podSubnet: 10.244.0.0/16,fd00:10:244::/56
        serviceSubnet: "10.96.0.0/12"
    `,
    y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        type: LoadBalancer
        loadBalancerSourceRanges: ["192.168.0.0/16", " 10.0.0.0/8 ", "2001:db8::/32", "1.2.3.4/32"]
    `,
    { name: 'templated values are not judged', yaml: y`
      apiVersion: kubeadm.k8s.io/v1beta3
      kind: ClusterConfiguration
      networking:
        podSubnet: "\${POD_CIDR}"
    ` },
    { name: 'not a kubeadm object: the field is not ours', yaml: y`
      apiVersion: example.com/v1
      kind: ClusterConfiguration
      networking:
        podSubnet: 10.244.0.1/16
    ` },
  ],
  invalid: [
    {
      name: 'host bits in a kubeadm comma list: a warning, the network address is the fix',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.1/16,fd00:10:244::/56 # pods
        #            ^^^^^^^^^^^^^ warning NL103: networking.podSubnet: CIDR value "10.244.0.1/16" is ambiguous in this context (should be "10.244.0.0/16" or "10.244.0.1/32"?)
      `,
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16,fd00:10:244::/56 # pods
        #            ^^^^^^^^^^^^^ warning NL103: networking.podSubnet: CIDR value "10.244.0.1/16" is ambiguous in this context (should be "10.244.0.0/16" or "10.244.0.1/32"?)
      `,
    },
    {
      name: 'second item of a quoted list, IPv6',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          serviceSubnet: "10.96.0.0/16, fd00:10:96::1/112"
        #                               ^^^^^^^^^^^^^^^^^ warning NL103: networking.serviceSubnet: CIDR value "fd00:10:96::1/112" is ambiguous in this context (should be "fd00:10:96::/112" or "fd00:10:96::1/128"?)
      `,
      fix: 'Use the single',
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          serviceSubnet: "10.96.0.0/16, fd00:10:96::1/128"
        #                               ^^^^^^^^^^^^^^^^^ warning NL103: networking.serviceSubnet: CIDR value "fd00:10:96::1/112" is ambiguous in this context (should be "fd00:10:96::/112" or "fd00:10:96::1/128"?)
      `,
    },
    {
      name: 'an API field from 1.36 is an error',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock:
                cidr: 192.168.1.5/24
        #             ^^^^^^^^^^^^^^ error NL103: spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "192.168.1.5/24": must not have bits set beyond the prefix length
      `,
    },
    {
      name: 'the same before 1.36 is a warning',
      settings: v135,
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: LoadBalancer
          loadBalancerSourceRanges:
          - "10.0.0.1/8"
        #    ^^^^^^^^^^ warning NL103: spec.loadBalancerSourceRanges[0]: CIDR value "10.0.0.1/8" is ambiguous in this context (should be "10.0.0.0/8" or "10.0.0.1/32"?)
      `,
    },
  ],
});
