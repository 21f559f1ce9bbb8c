// Rule table for NL102 non-standard-address: leading zeros and IPv4-mapped IPv6, warned in 1.33-1.35 and rejected from 1.36 (KEP-4858), always rejected on ServiceCIDR and IPAddress.

import rule from '../../../server/src/rules/address/non-standard-address';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

const v133 = { kubernetesVersion: { major: 1, minor: 33 } };
const v134 = { kubernetesVersion: { major: 1, minor: 34 } };
const v135 = { kubernetesVersion: { major: 1, minor: 35 } };

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'canonical addresses in every field',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 192.12.2.2
          clusterIPs: [192.12.2.2, "2001:db8::2"]
          type: LoadBalancer
          loadBalancerIP: 1.2.3.4
          loadBalancerSourceRanges: [192.12.2.0/24]
      `,
    },
    {
      name: 'a zero octet is not a leading zero; 0.0.0.0/0 neither',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          egress:
          - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8, 100.64.0.0/10]}}]
      `,
    },
    {
      name: 'IPv6 with an embedded IPv4 that is not IPv4-mapped',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          externalIPs: ["64:ff9b::c000:221"]
      `,
    },
    {
      name: 'a NAT64 nameserver in a pod, 1.35',
      settings: v135,
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          dnsConfig: {nameservers: ["64:ff9b::808:808"]}
          containers: [{name: c, image: nginx}]
      `,
    },
  ],
  invalid: [
    {
      name: 'TestGetWarningsForPodTemplate "dubious IP address formats": warnings before 1.36',
      settings: v135,
      yaml: y`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              dnsConfig:
                nameservers: ["1.2.3.4", "05.06.07.08"]
                #                         ^^^^^^^^^^^ warning NL102: spec.template.spec.dnsConfig.nameservers[1]: non-standard IP address "05.06.07.08" will be considered invalid in a future Kubernetes release: use "5.6.7.8"
              hostAliases:
              - ip: "::ffff:1.2.3.4"
              #      ^^^^^^^^^^^^^^ warning NL102: spec.template.spec.hostAliases[0].ip: non-standard IP address "::ffff:1.2.3.4" will be considered invalid in a future Kubernetes release: use "1.2.3.4"
                hostnames: [legacy]
              containers: [{name: c, image: nginx}]
      `,
      // fixes: Write it as 5.6.7.8 (safe) ; Write it as 1.2.3.4 (safe)
      output: y`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              dnsConfig:
                nameservers: ["1.2.3.4", "5.6.7.8"]
                #                         ^^^^^^^^^^^ warning NL102: spec.template.spec.dnsConfig.nameservers[1]: non-standard IP address "05.06.07.08" will be considered invalid in a future Kubernetes release: use "5.6.7.8"
              hostAliases:
              - ip: "1.2.3.4"
              #      ^^^^^^^^^^^^^^ warning NL102: spec.template.spec.hostAliases[0].ip: non-standard IP address "::ffff:1.2.3.4" will be considered invalid in a future Kubernetes release: use "1.2.3.4"
                hostnames: [legacy]
              containers: [{name: c, image: nginx}]
      `,
    },
    {
      name: 'the same pod template from 1.36: rejected',
      yaml: y`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              dnsConfig:
                nameservers: ["1.2.3.4", "05.06.07.08"]
                #                         ^^^^^^^^^^^ error NL102: spec.template.spec.dnsConfig.nameservers[1]: Invalid value: "05.06.07.08": must not have leading 0s
              hostAliases:
              - ip: "::ffff:1.2.3.4"
              #      ^^^^^^^^^^^^^^ error NL102: spec.template.spec.hostAliases[0].ip: Invalid value: "::ffff:1.2.3.4": must not be an IPv4-mapped IPv6 address
                hostnames: [legacy]
              containers: [{name: c, image: nginx}]
      `,
      // fixes: Write it as 5.6.7.8 (safe) ; Write it as 1.2.3.4 (safe)
      output: y`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              dnsConfig:
                nameservers: ["1.2.3.4", "5.6.7.8"]
                #                         ^^^^^^^^^^^ error NL102: spec.template.spec.dnsConfig.nameservers[1]: Invalid value: "05.06.07.08": must not have leading 0s
              hostAliases:
              - ip: "1.2.3.4"
              #      ^^^^^^^^^^^^^^ error NL102: spec.template.spec.hostAliases[0].ip: Invalid value: "::ffff:1.2.3.4": must not be an IPv4-mapped IPv6 address
                hostnames: [legacy]
              containers: [{name: c, image: nginx}]
      `,
    },
    {
      name: 'TestGetWarningsForServiceClusterIPs "Dual Stack IPv6-IPv4 and IPv4 with leading zeros"',
      settings: v135,
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: RequireDualStack
          clusterIPs: ["2001:db8::2", "192.012.2.2"]
          #                            ^^^^^^^^^^^ warning NL102: spec.clusterIPs[1]: non-standard IP address "192.012.2.2" will be considered invalid in a future Kubernetes release: use "192.12.2.2"
      `,
      // fixes: Write it as 192.12.2.2 (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: RequireDualStack
          clusterIPs: ["2001:db8::2", "192.12.2.2"]
          #                            ^^^^^^^^^^^ warning NL102: spec.clusterIPs[1]: non-standard IP address "192.012.2.2" will be considered invalid in a future Kubernetes release: use "192.12.2.2"
      `,
    },
    {
      name: 'the TestGetWarningsForCIDR values (leading zeros in the address and in the prefix length) in a NetworkPolicy',
      settings: v135,
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock: {cidr: 192.012.2.0/24}
            #                 ^^^^^^^^^^^^^^ warning NL102: spec.ingress[0].from[0].ipBlock.cidr: non-standard CIDR value "192.012.2.0/24" will be considered invalid in a future Kubernetes release: use "192.12.2.0/24"
            - ipBlock: {cidr: 192.12.2.0/024}
            #                 ^^^^^^^^^^^^^^ warning NL102: spec.ingress[0].from[1].ipBlock.cidr: non-standard CIDR value "192.12.2.0/024" will be considered invalid in a future Kubernetes release: use "192.12.2.0/24"
      `,
      // fixes: Write it as 192.12.2.0/24 (safe) ; Write it as 192.12.2.0/24 (safe)
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock: {cidr: 192.12.2.0/24}
            #                 ^^^^^^^^^^^^^^ warning NL102: spec.ingress[0].from[0].ipBlock.cidr: non-standard CIDR value "192.012.2.0/24" will be considered invalid in a future Kubernetes release: use "192.12.2.0/24"
            - ipBlock: {cidr: 192.12.2.0/24}
            #                 ^^^^^^^^^^^^^^ warning NL102: spec.ingress[0].from[1].ipBlock.cidr: non-standard CIDR value "192.12.2.0/024" will be considered invalid in a future Kubernetes release: use "192.12.2.0/24"
      `,
    },
    {
      name: 'an IPv4-mapped CIDR, 1.33-1.35',
      settings: v133,
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock: {cidr: "::ffff:192.12.2.0/120"}
            #                  ^^^^^^^^^^^^^^^^^^^^^ warning NL102: spec.ingress[0].from[0].ipBlock.cidr: non-standard CIDR value "::ffff:192.12.2.0/120" will be considered invalid in a future Kubernetes release: use "192.12.2.0/24"
      `,
      // fixes: Write it as 192.12.2.0/24 (safe)
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock: {cidr: "192.12.2.0/24"}
            #                  ^^^^^^^^^^^^^^^^^^^^^ warning NL102: spec.ingress[0].from[0].ipBlock.cidr: non-standard CIDR value "::ffff:192.12.2.0/120" will be considered invalid in a future Kubernetes release: use "192.12.2.0/24"
      `,
    },
    {
      name: 'the same from 1.36',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock: {cidr: "::ffff:192.12.2.0/120"}
            #                  ^^^^^^^^^^^^^^^^^^^^^ error NL102: spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "::ffff:192.12.2.0/120": must not have an IPv4-mapped IPv6 address
      `,
      // fixes: Write it as 192.12.2.0/24 (safe)
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock: {cidr: "192.12.2.0/24"}
            #                  ^^^^^^^^^^^^^^^^^^^^^ error NL102: spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "::ffff:192.12.2.0/120": must not have an IPv4-mapped IPv6 address
      `,
    },
    {
      name: 'a leading zero in the prefix length, 1.36, CronJob-free cluster object (Node)',
      yaml: y`
        apiVersion: v1
        kind: Node
        metadata: {name: n1}
        spec:
          podCIDRs: [10.244.1.0/024]
          #          ^^^^^^^^^^^^^^ error NL102: spec.podCIDRs[0]: Invalid value: "10.244.1.0/024": must not have leading 0s in IP or prefix length
      `,
      // fixes: Write it as 10.244.1.0/24 (safe)
      output: y`
        apiVersion: v1
        kind: Node
        metadata: {name: n1}
        spec:
          podCIDRs: [10.244.1.0/24]
          #          ^^^^^^^^^^^^^^ error NL102: spec.podCIDRs[0]: Invalid value: "10.244.1.0/024": must not have leading 0s in IP or prefix length
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
          cidrs: ["010.96.0.0/16"]
          #        ^^^^^^^^^^^^^ error NL102: spec.cidrs[0]: Invalid value: "010.96.0.0/16": must not have leading 0s in IP or prefix length
      `,
      // fixes: Write it as 10.96.0.0/16 (safe)
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        metadata: {name: extra}
        spec:
          cidrs: ["10.96.0.0/16"]
          #        ^^^^^^^^^^^^^ error NL102: spec.cidrs[0]: Invalid value: "010.96.0.0/16": must not have leading 0s in IP or prefix length
      `,
    },
    {
      name: 'IPAddress names are strict in every version',
      settings: v134,
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: IPAddress
        metadata: {name: "::ffff:10.96.0.10"}
        #                 ^^^^^^^^^^^^^^^^^ error NL102: metadata.name: Invalid value: "::ffff:10.96.0.10": must not be an IPv4-mapped IPv6 address
        spec:
          parentRef: {group: "", resource: services, namespace: default, name: kube-dns}
      `,
      // fixes: Write it as 10.96.0.10 (safe)
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: IPAddress
        metadata: {name: "10.96.0.10"}
        #                 ^^^^^^^^^^^^^^^^^ error NL102: metadata.name: Invalid value: "::ffff:10.96.0.10": must not be an IPv4-mapped IPv6 address
        spec:
          parentRef: {group: "", resource: services, namespace: default, name: kube-dns}
      `,
    },
    {
      name: 'loadBalancerIP is only warned about (1.35)',
      settings: v135,
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: LoadBalancer
          loadBalancerIP: 1.2.3.04
          #               ^^^^^^^^ warning NL102: spec.loadBalancerIP: non-standard IP address "1.2.3.04" will be considered invalid in a future Kubernetes release: use "1.2.3.4"
      `,
      // fixes: Write it as 1.2.3.4 (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: LoadBalancer
          loadBalancerIP: 1.2.3.4
          #               ^^^^^^^^ warning NL102: spec.loadBalancerIP: non-standard IP address "1.2.3.04" will be considered invalid in a future Kubernetes release: use "1.2.3.4"
      `,
    },
    {
      name: 'kubeadm reads leading zeros as decimal: a warning with NetLens\' own wording',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        localAPIEndpoint:
          advertiseAddress: 192.168.000.010
          #                 ^^^^^^^^^^^^^^^ warning NL102: localAPIEndpoint.advertiseAddress: non-standard IP address "192.168.000.010" is read as 192.168.0.10 here but rejected by the API server from Kubernetes 1.36: use "192.168.0.10"
      `,
      // fixes: Write it as 192.168.0.10 (safe)
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        localAPIEndpoint:
          advertiseAddress: 192.168.0.10
          #                 ^^^^^^^^^^^^^^^ warning NL102: localAPIEndpoint.advertiseAddress: non-standard IP address "192.168.000.010" is read as 192.168.0.10 here but rejected by the API server from Kubernetes 1.36: use "192.168.0.10"
      `,
    },
    {
      name: 'KubeletConfiguration clusterDNS',
      yaml: y`
        apiVersion: kubelet.config.k8s.io/v1beta1
        kind: KubeletConfiguration
        clusterDNS:
        - 010.096.000.010
        # ^^^^^^^^^^^^^^^ warning NL102: clusterDNS[0]: non-standard IP address "010.096.000.010" is read as 10.96.0.10 here but rejected by the API server from Kubernetes 1.36: use "10.96.0.10"
      `,
      // fixes: Write it as 10.96.0.10 (safe)
      output: y`
        apiVersion: kubelet.config.k8s.io/v1beta1
        kind: KubeletConfiguration
        clusterDNS:
        - 10.96.0.10
        # ^^^^^^^^^^^^^^^ warning NL102: clusterDNS[0]: non-standard IP address "010.096.000.010" is read as 10.96.0.10 here but rejected by the API server from Kubernetes 1.36: use "10.96.0.10"
      `,
    },
    {
      name: 'Endpoints, 1.36, in a List',
      yaml: y`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Endpoints
          metadata: {name: e}
          subsets:
          - addresses: [{ip: 10.1.2.03}]
          #                  ^^^^^^^^^ error NL102: subsets[0].addresses[0].ip: Invalid value: "10.1.2.03": must not have leading 0s
      `,
      // fixes: Write it as 10.1.2.3 (safe)
      output: y`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Endpoints
          metadata: {name: e}
          subsets:
          - addresses: [{ip: 10.1.2.3}]
          #                  ^^^^^^^^^ error NL102: subsets[0].addresses[0].ip: Invalid value: "10.1.2.03": must not have leading 0s
      `,
    },
    {
      name: 'TestGetWarningsForServiceClusterIPs "IPv4 with leading zeros": clusterIP and clusterIPs set, one warning on clusterIPs[0]',
      settings: v135,
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 192.012.2.2
          clusterIPs: [192.012.2.2]
          #            ^^^^^^^^^^^ warning NL102: spec.clusterIPs[0]: non-standard IP address "192.012.2.2" will be considered invalid in a future Kubernetes release: use "192.12.2.2"
      `,
      // fixes: Write it as 192.12.2.2 (safe), in clusterIP too: the API server compares the two as strings, so
      // rewriting clusterIPs[0] alone would make them disagree (NL206; found by the fuzz suite).
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 192.12.2.2
          clusterIPs: [192.12.2.2]
          #            ^^^^^^^^^^^ warning NL102: spec.clusterIPs[0]: non-standard IP address "192.012.2.2" will be considered invalid in a future Kubernetes release: use "192.12.2.2"
      `,
    },
    {
      name: 'a lone clusterIP, 1.36: reported on clusterIPs[0], where the API server reports it',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 192.012.2.2
          #          ^^^^^^^^^^^ error NL102: spec.clusterIPs[0]: Invalid value: "192.012.2.2": must not have leading 0s
      `,
      // fixes: Write it as 192.12.2.2 (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 192.12.2.2
          #          ^^^^^^^^^^^ error NL102: spec.clusterIPs[0]: Invalid value: "192.012.2.2": must not have leading 0s
      `,
    },
  ],
});
