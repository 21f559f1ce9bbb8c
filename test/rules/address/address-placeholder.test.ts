// Rule table for NL105 address-placeholder: a documentation placeholder left where an address or CIDR must be (the same parse errors as NL100 / NL101).

import rule from '../../../server/src/rules/address/address-placeholder';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'hex words and documentation prefixes are real addresses',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          externalIPs: ["2001:db8:cafe::beef", "fd00:abcd::1", 192.0.2.1]
      `,
    },
    {
      name: 'a placeholder in a comment or a description is not a value',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16 # replace with <IPv4 CIDR>,<IPv6 CIDR> for dual-stack
      `,
    },
    {
      name: 'environment-style variables are templates, not placeholders',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        localAPIEndpoint:
          advertiseAddress: \${NODE_IP}
      `,
    },
  ],
  invalid: [
    {
      name: 'a CIDR placeholder copied from the dual-stack docs',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16,<IPv6 CIDR>
          #                        ^^^^^^^^^^^ error NL105: networking.podSubnet: Invalid value: "10.244.0.0/16,<IPv6 CIDR>": couldn't parse subnet ("<IPv6 CIDR>" is a placeholder: replace it with a real CIDR)
      `,
    },
    {
      name: 'the documentation address pattern fdXY:IJKL:MNOP:15::/64',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          serviceSubnet: "10.96.0.0/16,fdXY:IJKL:MNOP:15::/108"
          #                            ^^^^^^^^^^^^^^^^^^^^^^^ error NL105: networking.serviceSubnet: Invalid value: "10.96.0.0/16,fdXY:IJKL:MNOP:15::/108": couldn't parse subnet ("fdXY:IJKL:MNOP:15::/108" is a placeholder: replace it with a real CIDR)
      `,
    },
    {
      name: 'x.x.x.x in externalIPs',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          externalIPs: [x.x.x.x]
          #             ^^^^^^^ error NL105: spec.externalIPs[0]: Invalid value: "x.x.x.x": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) (a placeholder: replace it with a real address)
      `,
    },
    {
      name: 'an upper-case token in an advertise address',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        localAPIEndpoint:
          advertiseAddress: NODE_IP_ADDRESS
          #                 ^^^^^^^^^^^^^^^ error NL105: localAPIEndpoint.advertiseAddress: Invalid value: "NODE_IP_ADDRESS": ip address is not valid (a placeholder: replace it with a real address)
      `,
    },
    {
      name: 'a word in a NetworkPolicy',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock:
                cidr: changeme
                #     ^^^^^^^^ error NL105: spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "changeme": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64) ("changeme" is a placeholder: replace it with a real CIDR)
      `,
    },
    {
      name: 'a placeholder prefix length',
      yaml: y`
        apiVersion: v1
        kind: Node
        metadata: {name: n}
        spec:
          podCIDRs: ["10.244.1.0/XX"]
          #           ^^^^^^^^^^^^^ error NL105: spec.podCIDRs[0]: Invalid value: "10.244.1.0/XX": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64) ("10.244.1.0/XX" is a placeholder: replace it with a real CIDR)
      `,
    },
    {
      name: 'angle brackets in a CronJob hostAliases entry',
      yaml: y`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: Never
                  hostAliases: [{ip: "<node-ip>", hostnames: [node]}]
                  #                   ^^^^^^^^^ error NL105: spec.jobTemplate.spec.template.spec.hostAliases[0].ip: Invalid value: "<node-ip>": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) (a placeholder: replace it with a real address)
                  containers: [{name: c, image: busybox}]
      `,
    },
  ],
});
