// Rule table for NL542 metallb-empty-pool: A MetalLB IPAddressPool has no spec.addresses.

import rule from '../../../server/src/rules/cluster/metallb-empty-pool';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: "docs valid example 1",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: first-pool, namespace: metallb-system}
        spec:
          addresses: ["192.168.10.0/24"]
      `,
    },
    {
      name: "templated addresses are not judged",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: p, namespace: metallb-system}
        spec:
          addresses: ["{{ .Values.range }}"]
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: first-pool, namespace: metallb-system}
        spec:
          addresses: []
          #          ^^ error NL542: parsing address pool first-pool: pool has no prefixes defined
      `,
    },
    {
      name: "no spec.addresses at all",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        #     ^^^^^^^^^^^^^ error NL542: parsing address pool p: pool has no prefixes defined
        metadata: {name: p, namespace: metallb-system}
        spec:
          autoAssign: false
      `,
    },
  ],
});
