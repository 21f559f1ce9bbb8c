// Rule table for NL101 cidr-syntax: a field that holds a CIDR holds something else (apimachinery IsValidCIDRForLegacyField / IsValidCIDR, kubeadm ValidateIPNetFromString).

import rule from '../../../server/src/rules/address/cidr-syntax';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';
import { emptyValueTester } from '../empty-value';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../../../server/src/analysis';
import { applyEdits } from '../../../server/src/fixes';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'loadBalancerSourceRanges are trimmed before parsing',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: LoadBalancer
          loadBalancerSourceRanges: [" 10.0.0.0/8 ", "0.0.0.0/0", "::/0"]
      `,
    },
    {
      name: 'NetworkPolicy with IPv4 and IPv6 blocks',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock: {cidr: 172.17.0.0/16, except: [172.17.1.0/24]}
            - ipBlock: {cidr: "2001:db8::/32", except: ["2001:db8:1::/48"]}
      `,
    },
    {
      name: 'host bits, leading zeros and upper case parse: other rules report them',
      yaml: y`
        apiVersion: v1
        kind: Node
        metadata: {name: n}
        spec:
          podCIDR: 10.244.1.1/24
          podCIDRs: [10.244.1.1/24, "FD00::/64"]
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 010.244.0.0/16
      `,
    },
    {
      name: 'an empty kubeadm subnet means the default',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: ""
          serviceSubnet: ''
      `,
    },
    {
      name: 'ServiceCIDR with a dual-stack pair',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        metadata: {name: extra}
        spec:
          cidrs: [10.100.0.0/16, "fd00:100::/108"]
      `,
    },
  ],
  invalid: [
    {
      name: 'an ipBlock.cidr without a prefix length (the NetworkPolicy example of the catalogue)',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock:
                cidr: 192.168.5.6
                #     ^^^^^^^^^^^ error NL101: spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "192.168.5.6": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64) ("192.168.5.6" is a single address; a CIDR block needs a prefix length, such as 192.168.5.6/32)
      `,
    },
    {
      name: 'an except entry with a prefix out of range, egress',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          policyTypes: [Egress]
          egress:
          - to:
            - ipBlock:
                cidr: 10.0.0.0/8
                except: [10.1.0.0/16, 10.2.0.0/33]
                #                     ^^^^^^^^^^^ error NL101: spec.egress[0].to[0].ipBlock.except[1]: Invalid value: "10.2.0.0/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64) (prefix length 33 is out of range 0-32 for IPv4)
      `,
    },
    {
      name: 'Node podCIDRs, IPv6 prefix over 128',
      yaml: y`
        apiVersion: v1
        kind: Node
        metadata: {name: n1}
        spec:
          podCIDRs: ["10.244.1.0/24", "fd00:10:244:1::/129"]
          #                            ^^^^^^^^^^^^^^^^^^^ error NL101: spec.podCIDRs[1]: Invalid value: "fd00:10:244:1::/129": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64) (prefix length 129 is out of range 0-128 for IPv6)
      `,
    },
    {
      name: 'ServiceCIDR cidrs',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        metadata: {name: extra}
        spec:
          cidrs:
          - 10.100.0.0
          # ^^^^^^^^^^ error NL101: spec.cidrs[0]: Invalid value: "10.100.0.0": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64) ("10.100.0.0" is a single address; a CIDR block needs a prefix length, such as 10.100.0.0/32)
      `,
    },
    {
      name: 'kubeadm echoes the whole value and says "couldn\'t parse subnet"',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/33
          #          ^^^^^^^^^^^^^ error NL101: networking.podSubnet: Invalid value: "10.244.0.0/33": couldn't parse subnet (prefix length 33 is out of range 0-32 for IPv4)
      `,
    },
    {
      name: 'the bad item of a kubeadm dual-stack list is underlined, the message names the whole value',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          serviceSubnet: "10.96.0.0/16,fd00:10:96::/129"
          #                            ^^^^^^^^^^^^^^^^ error NL101: networking.serviceSubnet: Invalid value: "10.96.0.0/16,fd00:10:96::/129": couldn't parse subnet (prefix length 129 is out of range 0-128 for IPv6)
      `,
    },
    {
      name: 'an IP range is not a CIDR',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          serviceSubnet: 10.96.0.1-10.96.0.100
          #              ^^^^^^^^^^^^^^^^^^^^^ error NL101: networking.serviceSubnet: Invalid value: "10.96.0.1-10.96.0.100": couldn't parse subnet ("10.96.0.1-10.96.0.100" is not a CIDR block (an address and a prefix length, such as 10.0.0.0/16 or 2001:db8::/64))
      `,
    },
    {
      name: 'KYAML NetworkPolicy',
      yaml: y`
        {apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: {name: "np"}, spec: {podSelector: {}, ingress: [{from: [{ipBlock: {cidr: "10.0.0.0/8/8"}}]}]}}
        #                                                                                                                                               ^^^^^^^^^^^^ error NL101: spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "10.0.0.0/8/8": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64) (the prefix length "8/8" is not a decimal number)
      `,
    },
    {
      name: 'a word where a CIDR is expected',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          egress:
          - to:
            - ipBlock: {cidr: any}
            #                 ^^^ error NL101: spec.egress[0].to[0].ipBlock.cidr: Invalid value: "any": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64) ("any" is not a CIDR block (an address and a prefix length, such as 10.0.0.0/16 or 2001:db8::/64))
      `,
    },
    {
      name: 'the catalogue example svc-lbsourceranges-cidr: ValidateService prints the path with a capital L',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: LoadBalancer
          loadBalancerSourceRanges: ["1.2.3.4/33"]
          #                           ^^^^^^^^^^ error NL101: spec.LoadBalancerSourceRanges[0]: Invalid value: "1.2.3.4/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64) (prefix length 33 is out of range 0-32 for IPv4)
      `,
    },
  ],
});

emptyValueTester(rule, [
  {
    name: 'kubeadm: an empty item between two commas',
    yaml: y`
      apiVersion: kubeadm.k8s.io/v1beta3
      kind: ClusterConfiguration
      networking:
        serviceSubnet: 10.96.0.0/16,,fd00:10:96::/108
    `,
    after: '10.96.0.0/16,',
    severity: 'error',
    message: 'networking.serviceSubnet: Invalid value: "10.96.0.0/16,,fd00:10:96::/108": couldn\'t parse subnet (the value is empty; a CIDR block is expected)',
  },
  {
    name: 'kubeadm: a trailing comma',
    yaml: y`
      apiVersion: kubeadm.k8s.io/v1beta4
      kind: ClusterConfiguration
      networking:
        podSubnet: "10.244.0.0/16,"
    `,
    after: '"10.244.0.0/16,',
    severity: 'error',
    message: 'networking.podSubnet: Invalid value: "10.244.0.0/16,": couldn\'t parse subnet (the value is empty; a CIDR block is expected)',
  },
]);

describe('NL101 cidr-syntax: found by the fuzz suite', () => {
  it('trims a quoted value over two lines by rewriting the scalar quoted (a bare value broke the flow list)', () => {
    const text = "apiVersion: baremetal.cluster.gke.io/v1\nkind: Cluster\nmetadata: {name: c, namespace: cluster-c}\nspec:\n  clusterNetwork:\n    pods:\n      cidrBlocks: ['\n        10.244.0.0/16']\n";
    const [finding] = analyzeFile({ uri: 'file:///fuzz/cluster.yaml', text }).filter((f) => f.code === 'NL101');
    assert.equal(finding?.fixes[0]?.title, 'Remove the spaces around 10.244.0.0/16');
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.match(fixed, /cidrBlocks: \["10\.244\.0\.0\/16"\]\n$/);
    assert.deepEqual(analyzeFile({ uri: 'file:///fuzz/cluster.yaml', text: fixed }).filter((f) => f.code === 'NL001' || f.code === 'NL101'), []);
  });
});
