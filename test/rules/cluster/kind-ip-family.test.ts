// Rule table for NL501 kind-ip-family: kind networking.ipFamily is not one of ipv4, ipv6, dual (kind compares it case-sensitively).

import rule from '../../../server/src/rules/cluster/kind-ip-family';
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
          ipFamily: dual
      `,
    },
    {
      name: "a Kubernetes Service with ipFamilies is not ours",
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilies: [IPv6]
          ports: [{port: 80}]
      `,
    },
    {
      name: "ipv4 and absent ipFamily",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: ipv4
        ---
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        name: x
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
          ipFamily: IPv6
          #         ^^^^ error NL501: invalid ipFamily: IPv6 (kind spells it "ipv6")
      `,
    },
    {
      name: "DualStack is not kind spelling; the quick fix writes dual",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: DualStack
          #         ^^^^^^^^^ error NL501: invalid ipFamily: DualStack (kind spells it "dual")
      `,
    },
    {
      name: "the case slip is fixed safely",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: "IPv4"
          #         ^^^^^^ error NL501: invalid ipFamily: IPv4 (kind spells it "ipv4")
      `,
      fix: "Write",
      output: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: "ipv4"
          #         ^^^^^^ error NL501: invalid ipFamily: IPv4 (kind spells it "ipv4")
      `,
    },
  ],
});
