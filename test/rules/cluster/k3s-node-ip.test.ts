// Rule table for NL583 k3s-node-ip: A k3s node-ip lacks a family that the dual-stack cluster-cidr has, or has a family the cluster does not.

import rule from '../../../server/src/rules/cluster/k3s-node-ip';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: "docs valid example 1",
      file: "config.yaml",
      yaml: y`
        cluster-cidr: "10.42.0.0/16,2001:cafe:42::/56"
        service-cidr: "10.43.0.0/16,2001:cafe:43::/112"
        node-ip: "192.168.1.10,2001:db8::10"
      `,
    },
    {
      name: "single-stack cluster with an IPv4 node-ip",
      file: "config.yaml",
      yaml: y`
        cluster-cidr: "10.42.0.0/16"
        node-ip: "192.168.1.10"
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      file: "config.yaml",
      yaml: y`
        cluster-cidr: "10.42.0.0/16,2001:cafe:42::/56"
        service-cidr: "10.43.0.0/16,2001:cafe:43::/112"
        node-ip: "192.168.1.10"
        #        ^^^^^^^^^^^^^^ warning NL583: node-ip has no IPv6 address, but cluster-cidr is dual-stack: the node gets no IPv6 InternalIP and flannel cannot route IPv6 pod traffic
      `,
    },
    {
      name: "an IPv6 node-ip on an IPv4 cluster",
      file: "config.yaml",
      yaml: y`
        cluster-cidr: "10.42.0.0/16"
        node-ip: "2001:db8::10"
        #         ^^^^^^^^^^^^ warning NL583: node-ip 2001:db8::10 is IPv6, but cluster-cidr has no IPv6 range
      `,
    },
  ],
});
