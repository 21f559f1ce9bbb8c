// Rule table for NL304 kubeadm-subnet-site-local: a kubeadm pod or service subnet overlaps fec0::/10, the IPv6 site-local range that RFC 3879 deprecated. Upstream: cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateIPNetFromString (klog warning).

import rule from '../../../server/src/rules/kubeadm/kubeadm-subnet-site-local';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'unique local addresses (fc00::/7) are the modern private range',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: fd00:10:244::/56
          serviceSubnet: "fd00:10:96::/112"
      `,
    },
    {
      name: 'fec0::/10 outside kubeadm networking is not this rule\'s',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: np}
        spec:
          podSelector: {}
          ingress: [{from: [{ipBlock: {cidr: "fec0::/10"}}]}]
      `,
    },
  ],
  invalid: [
    {
      name: 'kadm-subnet-sitelocal: a site-local pod subnet',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16,fec0:10:244::/56
          #                        ^^^^^^^^^^^^^^^^ warning NL304: the subnet fec0:10:244::/56 contains IPv6 site-local addresses that belong to fec0::/10 which has been deprecated by rfc3879
      `,
    },
    {
      name: 'a service subnet that contains fec0::/10',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          serviceSubnet: "fec0::/108"
          #               ^^^^^^^^^^ warning NL304: the subnet fec0::/108 contains IPv6 site-local addresses that belong to fec0::/10 which has been deprecated by rfc3879
      `,
    },
  ],
});
