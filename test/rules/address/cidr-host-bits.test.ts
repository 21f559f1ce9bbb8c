// Rule table for NL103 cidr-host-bits: bits set beyond the prefix length (apimachinery GetWarningsForCIDR before 1.36, IsValidCIDRForLegacyField from 1.36).

import rule from '../../../server/src/rules/address/cidr-host-bits';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

const v133 = { kubernetesVersion: { major: 1, minor: 33 } };
const v135 = { kubernetesVersion: { major: 1, minor: 35 } };

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
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
    {
      name: 'single addresses as /32 and /128, and the whole address space',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          egress:
          - to:
            - ipBlock: {cidr: 203.0.113.7/32}
            - ipBlock: {cidr: "2001:db8::7/128"}
            - ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}
      `,
    },
    {
      name: 'leading zeros with host bits are NL102\'s (it is reported first, as upstream does)',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress: [{from: [{ipBlock: {cidr: 010.0.0.1/8}}]}]
      `,
    },
    {
      name: 'interface addresses are not catalogued CIDR fields (kubelet node-ip via kubeletExtraArgs)',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs:
            node-ip: 192.168.0.10
      `,
    },
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
      // Found by the fuzz suite: "Use the single address" made a /128 service subnet, which kubeadm rejects as too
      // small (NL302). A range to allocate from is never meant as one address, so only the network is offered.
      name: 'second item of a quoted list, IPv6; a service subnet gets no single-address fix',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          serviceSubnet: "10.96.0.0/16,fd00:10:96::1/112"
        #                              ^^^^^^^^^^^^^^^^^ warning NL103: networking.serviceSubnet: CIDR value "fd00:10:96::1/112" is ambiguous in this context (should be "fd00:10:96::/112" or "fd00:10:96::1/128"?)
      `,
      fixes: ['Use the network address fd00:10:96::/112'],
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          serviceSubnet: "10.96.0.0/16,fd00:10:96::/112"
        #                              ^^^^^^^^^^^^^^^^^ warning NL103: networking.serviceSubnet: CIDR value "fd00:10:96::1/112" is ambiguous in this context (should be "fd00:10:96::/112" or "fd00:10:96::1/128"?)
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
    {
      name: 'the KEP-4858 example value, before 1.36 a warning (NetworkPolicy)',
      settings: v135,
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress: [{from: [{ipBlock: {cidr: "192.12.2.8/24"}}]}]
          #                                   ^^^^^^^^^^^^^ warning NL103: spec.ingress[0].from[0].ipBlock.cidr: CIDR value "192.12.2.8/24" is ambiguous in this context (should be "192.12.2.0/24" or "192.12.2.8/32"?)
      `,
      // fixes: Use the network address 192.12.2.0/24 (safe) | Use the single address 192.12.2.8/32
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress: [{from: [{ipBlock: {cidr: "192.12.2.0/24"}}]}]
          #                                   ^^^^^^^^^^^^^ warning NL103: spec.ingress[0].from[0].ipBlock.cidr: CIDR value "192.12.2.8/24" is ambiguous in this context (should be "192.12.2.0/24" or "192.12.2.8/32"?)
      `,
    },
    {
      name: 'loadBalancerSourceRanges from 1.36: ValidateService prints the path with a capital L',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: LoadBalancer
          loadBalancerSourceRanges: [" 192.12.2.8/24 "]
          #                            ^^^^^^^^^^^^^ error NL103: spec.LoadBalancerSourceRanges[0]: Invalid value: "192.12.2.8/24": must not have bits set beyond the prefix length
      `,
      // fixes: Use the network address 192.12.2.0/24 (safe) | Use the single address 192.12.2.8/32
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: LoadBalancer
          loadBalancerSourceRanges: [" 192.12.2.0/24 "]
          #                            ^^^^^^^^^^^^^ error NL103: spec.LoadBalancerSourceRanges[0]: Invalid value: "192.12.2.8/24": must not have bits set beyond the prefix length
      `,
    },
    {
      name: 'NetworkPolicy except, 1.36: an error; the safe fix keeps what the API server did before (the network)',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          egress:
          - to:
            - ipBlock:
                cidr: 10.0.0.0/8
                except:
                - 10.1.2.3/16
                # ^^^^^^^^^^^ error NL103: spec.egress[0].to[0].ipBlock.except[0]: Invalid value: "10.1.2.3/16": must not have bits set beyond the prefix length
      `,
      // fixes: Use the network address 10.1.0.0/16 (safe) | Use the single address 10.1.2.3/32
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          egress:
          - to:
            - ipBlock:
                cidr: 10.0.0.0/8
                except:
                - 10.1.0.0/16
                # ^^^^^^^^^^^ error NL103: spec.egress[0].to[0].ipBlock.except[0]: Invalid value: "10.1.2.3/16": must not have bits set beyond the prefix length
      `,
    },
    {
      name: 'the other quick fix, a single address',
      fix: 'Use the single',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          egress:
          - to:
            - ipBlock:
                cidr: 203.0.113.7/24
                #     ^^^^^^^^^^^^^^ error NL103: spec.egress[0].to[0].ipBlock.cidr: Invalid value: "203.0.113.7/24": must not have bits set beyond the prefix length
      `,
      // fixes: Use the network address 203.0.113.0/24 (safe) | Use the single address 203.0.113.7/32
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          egress:
          - to:
            - ipBlock:
                cidr: 203.0.113.7/32
                #     ^^^^^^^^^^^^^^ error NL103: spec.egress[0].to[0].ipBlock.cidr: Invalid value: "203.0.113.7/24": must not have bits set beyond the prefix length
      `,
    },
    {
      name: 'Node podCIDRs from 1.36, IPv6',
      yaml: y`
        apiVersion: v1
        kind: Node
        metadata: {name: n1}
        spec:
          podCIDRs: ["10.244.1.0/24", "fd00:10:244:1::1/64"]
          #                            ^^^^^^^^^^^^^^^^^^^ error NL103: spec.podCIDRs[1]: Invalid value: "fd00:10:244:1::1/64": must not have bits set beyond the prefix length
      `,
      // fixes: Use the network address fd00:10:244:1::/64 (safe) | Use the single address fd00:10:244:1::1/128
      output: y`
        apiVersion: v1
        kind: Node
        metadata: {name: n1}
        spec:
          podCIDRs: ["10.244.1.0/24", "fd00:10:244:1::/64"]
          #                            ^^^^^^^^^^^^^^^^^^^ error NL103: spec.podCIDRs[1]: Invalid value: "fd00:10:244:1::1/64": must not have bits set beyond the prefix length
      `,
    },
    {
      name: 'ServiceCIDR is strict in every version',
      settings: v133,
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        metadata: {name: extra}
        spec:
          cidrs: [10.96.0.1/16]
          #       ^^^^^^^^^^^^ error NL103: spec.cidrs[0]: Invalid value: "10.96.0.1/16": must not have bits set beyond the prefix length
      `,
      // fixes: Use the network address 10.96.0.0/16 (safe) | Use the single address 10.96.0.1/32
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        metadata: {name: extra}
        spec:
          cidrs: [10.96.0.0/16]
          #       ^^^^^^^^^^^^ error NL103: spec.cidrs[0]: Invalid value: "10.96.0.1/16": must not have bits set beyond the prefix length
      `,
    },
    {
      name: 'kubeadm v1beta4 extraArgs list form: the flag masks host bits, so only a warning',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
          - name: service-cluster-ip-range
            value: 10.96.0.1/12
            #      ^^^^^^^^^^^^ warning NL103: --service-cluster-ip-range: CIDR value "10.96.0.1/12" is ambiguous in this context (should be "10.96.0.0/12" or "10.96.0.1/32"?)
      `,
      // fixes: Use the network address 10.96.0.0/12 (safe) | Use the single address 10.96.0.1/32
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
          - name: service-cluster-ip-range
            value: 10.96.0.0/12
            #      ^^^^^^^^^^^^ warning NL103: --service-cluster-ip-range: CIDR value "10.96.0.1/12" is ambiguous in this context (should be "10.96.0.0/12" or "10.96.0.1/32"?)
      `,
    },
    {
      name: 'kubeadm v1beta3 extraArgs map form, controller manager',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
            cluster-cidr: "10.244.0.0/16,fd00:10:244::1/56"
            #                            ^^^^^^^^^^^^^^^^^ warning NL103: --cluster-cidr: CIDR value "fd00:10:244::1/56" is ambiguous in this context (should be "fd00:10:244::/56" or "fd00:10:244::1/128"?)
            service-cluster-ip-range: 10.96.0.10/12
            #                         ^^^^^^^^^^^^^ warning NL103: --service-cluster-ip-range: CIDR value "10.96.0.10/12" is ambiguous in this context (should be "10.96.0.0/12" or "10.96.0.10/32"?)
      `,
      // fixes: Use the network address fd00:10:244::/56 (safe) | Use the single address fd00:10:244::1/128 ; Use the network address 10.96.0.0/12 (safe) | Use the single address 10.96.0.10/32
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
            cluster-cidr: "10.244.0.0/16,fd00:10:244::/56"
            #                            ^^^^^^^^^^^^^^^^^ warning NL103: --cluster-cidr: CIDR value "fd00:10:244::1/56" is ambiguous in this context (should be "fd00:10:244::/56" or "fd00:10:244::1/128"?)
            service-cluster-ip-range: 10.96.0.0/12
            #                         ^^^^^^^^^^^^^ warning NL103: --service-cluster-ip-range: CIDR value "10.96.0.10/12" is ambiguous in this context (should be "10.96.0.0/12" or "10.96.0.10/32"?)
      `,
    },
    {
      name: 'KubeProxyConfiguration clusterCIDR',
      yaml: y`
        apiVersion: kubeproxy.config.k8s.io/v1alpha1
        kind: KubeProxyConfiguration
        mode: ipvs
        clusterCIDR: 10.244.0.1/16
        #            ^^^^^^^^^^^^^ warning NL103: KubeProxyConfiguration.ClusterCIDR: CIDR value "10.244.0.1/16" is ambiguous in this context (should be "10.244.0.0/16" or "10.244.0.1/32"?)
      `,
      // fixes: Use the network address 10.244.0.0/16 (safe) | Use the single address 10.244.0.1/32
      output: y`
        apiVersion: kubeproxy.config.k8s.io/v1alpha1
        kind: KubeProxyConfiguration
        mode: ipvs
        clusterCIDR: 10.244.0.0/16
        #            ^^^^^^^^^^^^^ warning NL103: KubeProxyConfiguration.ClusterCIDR: CIDR value "10.244.0.1/16" is ambiguous in this context (should be "10.244.0.0/16" or "10.244.0.1/32"?)
      `,
    },
    {
      name: 'KYAML flow style, a single-quoted scalar, 1.35',
      settings: v135,
      yaml: y`
        {apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: {name: 'np'}, spec: {podSelector: {}, ingress: [{from: [{ipBlock: {cidr: '172.16.5.4/12'}}]}]}}
        #                                                                                                                                               ^^^^^^^^^^^^^ warning NL103: spec.ingress[0].from[0].ipBlock.cidr: CIDR value "172.16.5.4/12" is ambiguous in this context (should be "172.16.0.0/12" or "172.16.5.4/32"?)
      `,
      // fixes: Use the network address 172.16.0.0/12 (safe) | Use the single address 172.16.5.4/32
      output: y`
        {apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: {name: 'np'}, spec: {podSelector: {}, ingress: [{from: [{ipBlock: {cidr: '172.16.0.0/12'}}]}]}}
        #                                                                                                                                               ^^^^^^^^^^^^^ warning NL103: spec.ingress[0].from[0].ipBlock.cidr: CIDR value "172.16.5.4/12" is ambiguous in this context (should be "172.16.0.0/12" or "172.16.5.4/32"?)
      `,
    },
    {
      name: 'a /0 with host bits',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          egress:
          - to:
            - ipBlock: {cidr: "1.1.1.1/0"}
            #                  ^^^^^^^^^ error NL103: spec.egress[0].to[0].ipBlock.cidr: Invalid value: "1.1.1.1/0": must not have bits set beyond the prefix length
      `,
      // fixes: Use the network address 0.0.0.0/0 (safe) | Use the single address 1.1.1.1/32
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          egress:
          - to:
            - ipBlock: {cidr: "0.0.0.0/0"}
            #                  ^^^^^^^^^ error NL103: spec.egress[0].to[0].ipBlock.cidr: Invalid value: "1.1.1.1/0": must not have bits set beyond the prefix length
      `,
    },
    {
      name: 'a CronJob-free List of two NetworkPolicies, 1.33',
      settings: v133,
      yaml: y`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: networking.k8s.io/v1
          kind: NetworkPolicy
          metadata: {name: a}
          spec:
            podSelector: {}
            ingress: [{from: [{ipBlock: {cidr: 192.168.1.5/24}}]}]
            #                                  ^^^^^^^^^^^^^^ warning NL103: spec.ingress[0].from[0].ipBlock.cidr: CIDR value "192.168.1.5/24" is ambiguous in this context (should be "192.168.1.0/24" or "192.168.1.5/32"?)
        - apiVersion: networking.k8s.io/v1
          kind: NetworkPolicy
          metadata: {name: b}
          spec:
            podSelector: {}
            ingress: [{from: [{ipBlock: {cidr: "2001:db8::1/64"}}]}]
            #                                   ^^^^^^^^^^^^^^ warning NL103: spec.ingress[0].from[0].ipBlock.cidr: CIDR value "2001:db8::1/64" is ambiguous in this context (should be "2001:db8::/64" or "2001:db8::1/128"?)
      `,
      // fixes: Use the network address 192.168.1.0/24 (safe) | Use the single address 192.168.1.5/32 ; Use the network address 2001:db8::/64 (safe) | Use the single address 2001:db8::1/128
      output: y`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: networking.k8s.io/v1
          kind: NetworkPolicy
          metadata: {name: a}
          spec:
            podSelector: {}
            ingress: [{from: [{ipBlock: {cidr: 192.168.1.0/24}}]}]
            #                                  ^^^^^^^^^^^^^^ warning NL103: spec.ingress[0].from[0].ipBlock.cidr: CIDR value "192.168.1.5/24" is ambiguous in this context (should be "192.168.1.0/24" or "192.168.1.5/32"?)
        - apiVersion: networking.k8s.io/v1
          kind: NetworkPolicy
          metadata: {name: b}
          spec:
            podSelector: {}
            ingress: [{from: [{ipBlock: {cidr: "2001:db8::/64"}}]}]
            #                                   ^^^^^^^^^^^^^^ warning NL103: spec.ingress[0].from[0].ipBlock.cidr: CIDR value "2001:db8::1/64" is ambiguous in this context (should be "2001:db8::/64" or "2001:db8::1/128"?)
      `,
    },
  ],
});
