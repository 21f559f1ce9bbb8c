// Rule table for NL316 kubeadm-advertise-address-node-ip: the same node's advertiseAddress and kubelet node-ip differ within one IP family. Upstream: kubernetes/website kubeadm dual-stack-support (advertiseAddress and node-ip of one node).

import rule from '../../../server/src/rules/kubeadm/kubeadm-advertise-address-node-ip';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the same address in both, and a dual-stack node-ip that includes it',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        localAPIEndpoint: {advertiseAddress: 192.168.0.10}
        nodeRegistration:
          kubeletExtraArgs: [{name: node-ip, value: "192.168.0.10,fd00::10"}]
      `,
    },
    {
      name: 'a node-ip of the other family only',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: JoinConfiguration
        controlPlane:
          localAPIEndpoint: {advertiseAddress: 192.168.0.11}
        nodeRegistration:
          kubeletExtraArgs: {node-ip: "fd00::11"}
        discovery:
          bootstrapToken: {apiServerEndpoint: "10.0.0.1:6443", token: abcdef.0123456789abcdef, unsafeSkipCAVerification: true}
      `,
    },
  ],
  invalid: [
    {
      name: 'the advertise address and node-ip of one node differ',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        localAPIEndpoint:
          advertiseAddress: 192.168.0.10
        nodeRegistration:
          kubeletExtraArgs:
          - name: node-ip
            value: 10.0.0.10,fd00::10
            #      ^^^^^^^^^ information NL316: node-ip 10.0.0.10 differs from localAPIEndpoint.advertiseAddress 192.168.0.10 of the same node: the API server and etcd advertise one address while the Node object reports the other; use one IPv4 address unless the node has two interfaces on purpose
      `,
    },
  ],
});
