// Rule table for NL505 kind-api-server-address: kind networking.apiServerAddress is not a loopback address, so the cluster's API server is reachable from other hosts.

import rule from '../../../server/src/rules/cluster/kind-api-server-address';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: "docs valid example 1",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: ipv6
          apiServerAddress: "::1"
      `,
    },
    {
      name: "loopback and default",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          apiServerAddress: "127.0.0.1"
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          apiServerAddress: "0.0.0.0"
          #                 ^^^^^^^^^ information NL505: networking.apiServerAddress 0.0.0.0: the API server of this kind cluster is published on every address of the host and reachable from the network; kind recommends keeping the default 127.0.0.1 (::1 for ipv6)
      `,
    },
    {
      name: "a LAN address",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          apiServerAddress: "192.168.1.20"
          #                 ^^^^^^^^^^^^^^ information NL505: networking.apiServerAddress 192.168.1.20: the API server of this kind cluster is published on a non-loopback address and reachable from the network; kind recommends keeping the default 127.0.0.1 (::1 for ipv6)
      `,
    },
  ],
});
