// Rule table for NL581 k3s-cidr: A k3s cluster-cidr or service-cidr has more than two CIDRs or two of one family, or only one of them is dual-stack.

import rule from '../../../server/src/rules/cluster/k3s-cidr';
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
      `,
    },
    {
      name: "not a k3s file: a Helm values file with the same key spelled differently",
      yaml: y`
        clusterCIDR: "10.42.0.0/16,10.43.0.0/16"
        services: {}
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      file: "config.yaml",
      yaml: y`
        cluster-cidr: "10.42.0.0/16,2001:cafe:42::/56"
        service-cidr: "10.43.0.0/16,10.44.0.0/16"
        #             ^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL581: service-cidr: two IPv4 CIDRs; k3s passes them to kube-apiserver --service-cluster-ip-range, which needs one IPv4 and one IPv6 CIDR for dual-stack
      `,
    },
    {
      name: "YAML list form with three entries",
      file: "config.yaml",
      yaml: y`
        cluster-cidr:
          - 10.42.0.0/16
          - 2001:cafe:42::/56
          - 10.52.0.0/16
          # ^^^^^^^^^^^^ error NL581: cluster-cidr: 3 CIDRs; k3s passes them to kube-controller-manager --cluster-cidr, which takes one CIDR or one per family
        write-kubeconfig-mode: "0644"
      `,
    },
  ],
});
