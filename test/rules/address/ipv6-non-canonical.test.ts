// Rule table for NL104 ipv6-non-canonical: RFC 5952 form, warned on legacy fields, required on ServiceCIDR and IPAddress (apimachinery GetWarningsForIP / GetWarningsForCIDR, IsValidIP / IsValidCIDR).

import rule from '../../../server/src/rules/address/ipv6-non-canonical';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

const v133 = { kubernetesVersion: { major: 1, minor: 33 } };
const v135 = { kubernetesVersion: { major: 1, minor: 35 } };

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'canonical IPv6 everywhere (RFC 5952: lower case, no leading zeros, longest zero run compressed)',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIPs: ["2001:db8::2"]
          externalIPs: ["2001:db8:0:1::7", "2001:db8::1:0:0:7", "::1"]
          type: LoadBalancer
          loadBalancerSourceRanges: ["2001:db8::/48"]
      `,
    },
    {
      name: 'IPv4 is never non-canonical in this sense',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        metadata: {name: v4}
        spec:
          cidrs: [10.96.0.0/16]
      `,
    },
    {
      name: 'a single zero group is not compressed by RFC 5952',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostAliases: [{ip: "2001:db8:0:1:1:1:1:1", hostnames: [h]}]
          containers: [{name: c, image: nginx}]
      `,
    },
    {
      name: 'an IPv4-mapped address is NL102\'s',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          externalIPs: ["::FFFF:10.0.0.1"]
      `,
    },
  ],
  invalid: [
    {
      // Found by the fuzz suite: rewriting clusterIPs[0] alone left clusterIP with the old text, and the API server
      // compares the two as strings (NL206). The fix rewrites both.
      name: 'fuzz: clusterIP and clusterIPs[0] with the same text are rewritten together',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 2001:0db8:0000::1
          clusterIPs:
          - 2001:0db8:0000::1
        #   ^^^^^^^^^^^^^^^^^ warning NL104: spec.clusterIPs[0]: IPv6 address "2001:0db8:0000::1" should be in RFC 5952 canonical format ("2001:db8::1")
          ipFamilies: [IPv6]
          ports: [{port: 80}]
      `,
      fixes: ['Write it as 2001:db8::1'],
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 2001:db8::1
          clusterIPs:
          - 2001:db8::1
        #   ^^^^^^^^^^^^^^^^^ warning NL104: spec.clusterIPs[0]: IPv6 address "2001:0db8:0000::1" should be in RFC 5952 canonical format ("2001:db8::1")
          ipFamilies: [IPv6]
          ports: [{port: 80}]
      `,
    },
    {
      // The offsets inside an escaped value are not exact: the fix rewrites the whole scalar, and keeps it quoted.
      name: 'an escaped double-quoted value is rewritten whole, quoted again',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec: {externalIPs: ["2001:DB8::\\u0037"]}
        #                    ^^^^^^^^^^^^^^^^^^ warning NL104: spec.externalIPs[0]: IPv6 address "2001:DB8::7" should be in RFC 5952 canonical format ("2001:db8::7")
      `,
      fixes: ['Write it as 2001:db8::7'],
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec: {externalIPs: ["2001:db8::7"]}
        #                    ^^^^^^^^^^^^^^^^^^ warning NL104: spec.externalIPs[0]: IPv6 address "2001:DB8::7" should be in RFC 5952 canonical format ("2001:db8::7")
      `,
    },
    {
      name: 'TestGetWarningsForServiceClusterIPs "IPv6 non canonical format"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIPs: ["2001:db8:0:0::2"]
          #             ^^^^^^^^^^^^^^^ warning NL104: spec.clusterIPs[0]: IPv6 address "2001:db8:0:0::2" should be in RFC 5952 canonical format ("2001:db8::2")
      `,
      // fixes: Write it as 2001:db8::2 (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIPs: ["2001:db8::2"]
          #             ^^^^^^^^^^^^^^^ warning NL104: spec.clusterIPs[0]: IPv6 address "2001:db8:0:0::2" should be in RFC 5952 canonical format ("2001:db8::2")
      `,
    },
    {
      name: 'upper case and a leading zero in a group, externalIPs, 1.35',
      settings: v135,
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          externalIPs:
          - 2001:DB8::7
          # ^^^^^^^^^^^ warning NL104: spec.externalIPs[0]: IPv6 address "2001:DB8::7" should be in RFC 5952 canonical format ("2001:db8::7")
          - 2001:db8::00ff
          # ^^^^^^^^^^^^^^ warning NL104: spec.externalIPs[1]: IPv6 address "2001:db8::00ff" should be in RFC 5952 canonical format ("2001:db8::ff")
      `,
      // fixes: Write it as 2001:db8::7 (safe) ; Write it as 2001:db8::ff (safe)
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          externalIPs:
          - 2001:db8::7
          # ^^^^^^^^^^^ warning NL104: spec.externalIPs[0]: IPv6 address "2001:DB8::7" should be in RFC 5952 canonical format ("2001:db8::7")
          - 2001:db8::ff
          # ^^^^^^^^^^^^^^ warning NL104: spec.externalIPs[1]: IPv6 address "2001:db8::00ff" should be in RFC 5952 canonical format ("2001:db8::ff")
      `,
    },
    {
      name: 'an upper-case IPv6 CIDR in a Node podCIDRs',
      yaml: y`
        apiVersion: v1
        kind: Node
        metadata: {name: n}
        spec:
          podCIDRs: ["10.244.1.0/24", "2001:DB8:1::/64"]
          #                            ^^^^^^^^^^^^^^^ warning NL104: spec.podCIDRs[1]: IPv6 CIDR value "2001:DB8:1::/64" should be in RFC 5952 canonical format ("2001:db8:1::/64")
      `,
      // fixes: Write it as 2001:db8:1::/64 (safe)
      output: y`
        apiVersion: v1
        kind: Node
        metadata: {name: n}
        spec:
          podCIDRs: ["10.244.1.0/24", "2001:db8:1::/64"]
          #                            ^^^^^^^^^^^^^^^ warning NL104: spec.podCIDRs[1]: IPv6 CIDR value "2001:DB8:1::/64" should be in RFC 5952 canonical format ("2001:db8:1::/64")
      `,
    },
    {
      name: 'ServiceCIDR requires canonical form: an error in every version',
      settings: v133,
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        metadata: {name: v6}
        spec:
          cidrs: ["FD00:10:96::/112"]
          #        ^^^^^^^^^^^^^^^^ error NL104: spec.cidrs[0]: Invalid value: "FD00:10:96::/112": must be in canonical form ("fd00:10:96::/112")
      `,
      // fixes: Write it as fd00:10:96::/112 (safe)
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        metadata: {name: v6}
        spec:
          cidrs: ["fd00:10:96::/112"]
          #        ^^^^^^^^^^^^^^^^ error NL104: spec.cidrs[0]: Invalid value: "FD00:10:96::/112": must be in canonical form ("fd00:10:96::/112")
      `,
    },
    {
      name: 'IPAddress names must be canonical',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: IPAddress
        metadata:
          name: 2001:db8:0:0:0:0:0:a
          #     ^^^^^^^^^^^^^^^^^^^^ error NL104: metadata.name: Invalid value: "2001:db8:0:0:0:0:0:a": must be in canonical form ("2001:db8::a")
        spec:
          parentRef: {group: "", resource: services, namespace: default, name: s}
      `,
      // fixes: Write it as 2001:db8::a (safe)
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: IPAddress
        metadata:
          name: 2001:db8::a
          #     ^^^^^^^^^^^^^^^^^^^^ error NL104: metadata.name: Invalid value: "2001:db8:0:0:0:0:0:a": must be in canonical form ("2001:db8::a")
        spec:
          parentRef: {group: "", resource: services, namespace: default, name: s}
      `,
    },
    {
      name: 'kubeadm and component configs only get an information-level note',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16,FD00:10:244::/56
          #                        ^^^^^^^^^^^^^^^^ information NL104: networking.podSubnet: IPv6 CIDR value "FD00:10:244::/56" should be in RFC 5952 canonical format ("fd00:10:244::/56")
      `,
      // fixes: Write it as fd00:10:244::/56 (safe)
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16,fd00:10:244::/56
          #                        ^^^^^^^^^^^^^^^^ information NL104: networking.podSubnet: IPv6 CIDR value "FD00:10:244::/56" should be in RFC 5952 canonical format ("fd00:10:244::/56")
      `,
    },
    {
      name: 'KubeletConfiguration clusterDNS',
      yaml: y`
        apiVersion: kubelet.config.k8s.io/v1beta1
        kind: KubeletConfiguration
        clusterDNS: ["FD00:10:96::A"]
        #             ^^^^^^^^^^^^^ information NL104: clusterDNS[0]: IPv6 address "FD00:10:96::A" should be in RFC 5952 canonical format ("fd00:10:96::a")
      `,
      // fixes: Write it as fd00:10:96::a (safe)
      output: y`
        apiVersion: kubelet.config.k8s.io/v1beta1
        kind: KubeletConfiguration
        clusterDNS: ["fd00:10:96::a"]
        #             ^^^^^^^^^^^^^ information NL104: clusterDNS[0]: IPv6 address "FD00:10:96::A" should be in RFC 5952 canonical format ("fd00:10:96::a")
      `,
    },
    {
      name: 'a DaemonSet template nameserver',
      yaml: y`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ds}
        spec:
          selector: {matchLabels: {app: ds}}
          template:
            metadata: {labels: {app: ds}}
            spec:
              dnsConfig: {nameservers: ["2001:4860:4860:0:0:0:0:8888"]}
              #                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning NL104: spec.template.spec.dnsConfig.nameservers[0]: IPv6 address "2001:4860:4860:0:0:0:0:8888" should be in RFC 5952 canonical format ("2001:4860:4860::8888")
              containers: [{name: c, image: nginx}]
      `,
      // fixes: Write it as 2001:4860:4860::8888 (safe)
      output: y`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ds}
        spec:
          selector: {matchLabels: {app: ds}}
          template:
            metadata: {labels: {app: ds}}
            spec:
              dnsConfig: {nameservers: ["2001:4860:4860::8888"]}
              #                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning NL104: spec.template.spec.dnsConfig.nameservers[0]: IPv6 address "2001:4860:4860:0:0:0:0:8888" should be in RFC 5952 canonical format ("2001:4860:4860::8888")
              containers: [{name: c, image: nginx}]
      `,
    },
    {
      name: 'NetworkPolicy ipBlock',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock:
                cidr: 2001:DB8::/32
                #     ^^^^^^^^^^^^^ warning NL104: spec.ingress[0].from[0].ipBlock.cidr: IPv6 CIDR value "2001:DB8::/32" should be in RFC 5952 canonical format ("2001:db8::/32")
                except: ["2001:db8:0:1::/64"]
      `,
      // fixes: Write it as 2001:db8::/32 (safe)
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock:
                cidr: 2001:db8::/32
                #     ^^^^^^^^^^^^^ warning NL104: spec.ingress[0].from[0].ipBlock.cidr: IPv6 CIDR value "2001:DB8::/32" should be in RFC 5952 canonical format ("2001:db8::/32")
                except: ["2001:db8:0:1::/64"]
      `,
    },
  ],
});
