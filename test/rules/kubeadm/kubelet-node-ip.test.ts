// Rule table for NL310 kubelet-node-ip: the kubelet node-ip in kubeletExtraArgs is not one address or a dual-stack pair, or has an entry the kubelet ignores. Upstream: staging/src/k8s.io/component-helpers/node/util/ips.go ParseNodeIPArgument.

import rule from '../../../server/src/rules/kubeadm/kubelet-node-ip';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'one address, a dual-stack pair, and a wildcard alone',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs:
          - name: node-ip
            value: "fd00::10,192.168.0.10"
        ---
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: JoinConfiguration
        nodeRegistration:
          kubeletExtraArgs: {node-ip: "::"}
        discovery:
          bootstrapToken: {apiServerEndpoint: "10.0.0.1:6443", token: abcdef.0123456789abcdef, unsafeSkipCAVerification: true}
      `,
    },
  ],
  invalid: [
    {
      name: 'two IPv4 addresses',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs:
          - name: node-ip
            value: 192.168.0.10,192.168.0.11
            #      ^^^^^^^^^^^^^^^^^^^^^^^^^ error NL310: --node-ip "192.168.0.10,192.168.0.11": must contain either a single IP or a dual-stack pair of IPs
      `,
    },
    {
      name: 'a wildcard in a dual-stack pair',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: JoinConfiguration
        nodeRegistration:
          kubeletExtraArgs:
            node-ip: "0.0.0.0,::"
            #        ^^^^^^^^^^^^ error NL310: --node-ip "0.0.0.0,::": dual-stack node IP cannot include '0.0.0.0' or '::'
        discovery:
          bootstrapToken: {apiServerEndpoint: "10.0.0.1:6443", token: abcdef.0123456789abcdef, unsafeSkipCAVerification: true}
      `,
    },
    {
      name: 'an entry the kubelet cannot parse',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs:
          - name: node-ip
            value: 192.168.0.10,node-1
            #                   ^^^^^^ warning NL310: --node-ip "192.168.0.10,node-1": "node-1" is not an IP address; the kubelet logs "Could not parse node IP. Ignoring" and goes on without it
      `,
    },
  ],
});
