// Rule table for NL311 kubeadm-node-ip-families: the kubelet node-ip families do not match the dual-stack or single-stack pod subnet of the same kubeadm config. Upstream: kubernetes/website docs/setup/production-environment/tools/kubeadm/dual-stack-support (node-ip per family).

import rule from '../../../server/src/rules/kubeadm/kubeadm-node-ip-families';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'node IPs of every family of a dual-stack cluster',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16,fd00:10:244::/56
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs:
          - name: node-ip
            value: 192.168.0.10,fd00::10
      `,
    },
    {
      name: 'without a ClusterConfiguration in the file there is nothing to compare with',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        nodeRegistration:
          kubeletExtraArgs: [{name: node-ip, value: "fd00::10"}]
        discovery:
          bootstrapToken: {apiServerEndpoint: "10.0.0.1:6443", token: abcdef.0123456789abcdef, unsafeSkipCAVerification: true}
      `,
    },
  ],
  invalid: [
    {
      name: 'a dual-stack cluster, a single-stack node',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16,fd00:10:244::/56
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs:
          - name: node-ip
            value: 192.168.0.10
            #      ^^^^^^^^^^^^ warning NL311: node-ip "192.168.0.10" has no IPv6 address, but the cluster is dual-stack (networking.podSubnet 10.244.0.0/16,fd00:10:244::/56): the Node gets no IPv6 InternalIP, so hostNetwork pods and node-ip based routing stay single-stack; add the node's IPv6 address
      `,
    },
    {
      name: 'an IPv6 node IP in an IPv4-only cluster',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16
        ---
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: JoinConfiguration
        nodeRegistration:
          kubeletExtraArgs:
            node-ip: "fd00::10"
            #         ^^^^^^^^ warning NL311: node-ip fd00::10 is IPv6, but the cluster has no IPv6 range (networking.podSubnet 10.244.0.0/16): the node advertises an address pods and Services cannot use
        discovery:
          bootstrapToken: {apiServerEndpoint: "10.0.0.1:6443", token: abcdef.0123456789abcdef, unsafeSkipCAVerification: true}
      `,
    },
  ],
});
