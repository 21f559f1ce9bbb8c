// Rule table for NL582 k3s-cluster-dns: A k3s cluster-dns address lies outside every service-cidr range, so CoreDNS cannot get it.

import rule from '../../../server/src/rules/cluster/k3s-cluster-dns';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: "docs valid example 1",
      file: "config.yaml",
      yaml: y`
        service-cidr: "10.43.0.0/16"
        cluster-dns: "10.43.0.10"
      `,
    },
    {
      name: "dual-stack with the IPv6 DNS address in range",
      file: "config.yaml",
      yaml: y`
        service-cidr: "10.43.0.0/16,2001:cafe:43::/112"
        cluster-dns: "10.43.0.10,2001:cafe:43::a"
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      file: "config.yaml",
      yaml: y`
        service-cidr: "10.43.0.0/16"
        cluster-dns: "10.96.0.10"
        #             ^^^^^^^^^^ warning NL582: cluster-dns 10.96.0.10 is outside service-cidr 10.43.0.0/16: the kube-dns Service cannot get that clusterIP, so pods resolve nothing; the default would be 10.43.0.10
      `,
    },
  ],
});
