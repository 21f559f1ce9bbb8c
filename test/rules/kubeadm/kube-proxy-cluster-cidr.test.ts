// Rule table for NL317 kube-proxy-cluster-cidr: kubeProxyConfiguration clusterCIDR (or kube-proxy --cluster-cidr) has more than two CIDRs or two of one family. Upstream: pkg/proxy/apis/config/validation/validation.go Validate (ClusterCIDR).

import rule from '../../../server/src/rules/kubeadm/kube-proxy-cluster-cidr';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'one CIDR or a dual-stack pair',
      yaml: y`
        apiVersion: kubeproxy.config.k8s.io/v1alpha1
        kind: KubeProxyConfiguration
        clusterCIDR: fd00:10:244::/56,10.244.0.0/16
        ---
        apiVersion: kubeproxy.config.k8s.io/v1alpha1
        kind: KubeProxyConfiguration
        clusterCIDR: ""
      `,
    },
  ],
  invalid: [
    {
      name: 'two IPv4 CIDRs',
      yaml: y`
        apiVersion: kubeproxy.config.k8s.io/v1alpha1
        kind: KubeProxyConfiguration
        clusterCIDR: 10.244.0.0/16,10.245.0.0/16
        #            ^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL317: KubeProxyConfiguration.ClusterCIDR: Invalid value: "10.244.0.0/16,10.245.0.0/16": must be a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)
      `,
    },
    {
      name: 'three CIDRs',
      yaml: y`
        apiVersion: kubeproxy.config.k8s.io/v1alpha1
        kind: KubeProxyConfiguration
        clusterCIDR: "10.244.0.0/16,fd00:10:244::/56,10.245.0.0/16"
        #            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL317: KubeProxyConfiguration.ClusterCIDR: Invalid value: "10.244.0.0/16,fd00:10:244::/56,10.245.0.0/16": only one CIDR allowed or a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)
      `,
    },
  ],
});
