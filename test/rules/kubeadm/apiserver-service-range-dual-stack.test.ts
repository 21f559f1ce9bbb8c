// Rule table for NL330 apiserver-service-range-dual-stack: kube-apiserver --service-cluster-ip-range has more than two entries, or two of the same family. Upstream: cmd/kube-apiserver/app/options/validation.go validateClusterIPFlags.

import rule from '../../../server/src/rules/kubeadm/apiserver-service-range-dual-stack';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'one range, or one per family, in a static pod and in kubeadm extraArgs',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-apiserver, namespace: kube-system}
        spec:
          containers:
          - name: kube-apiserver
            image: registry.k8s.io/kube-apiserver:v1.33.0
            command: [kube-apiserver, "--service-cluster-ip-range=10.96.0.0/16,fd00:10:96::/112", --advertise-address=10.0.0.1]
        ---
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        apiServer:
          extraArgs: {service-cluster-ip-range: "fd00:10:96::/112"}
      `,
    },
    {
      name: 'networking.serviceSubnet is kubeadm\'s to judge (NL301)',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          serviceSubnet: 10.96.0.0/16,10.97.0.0/16
      `,
    },
  ],
  invalid: [
    {
      name: 'kapi-service-range-dualstack in kubeadm extraArgs',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
          - name: service-cluster-ip-range
            value: 10.96.0.0/16,10.97.0.0/16
            #      ^^^^^^^^^^^^^^^^^^^^^^^^^ error NL330: --service-cluster-ip-range[0] and --service-cluster-ip-range[1] must be of different IP family
      `,
    },
    {
      name: 'kapi-service-range-count in a static pod manifest',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-apiserver, namespace: kube-system}
        spec:
          containers:
          - name: kube-apiserver
            image: registry.k8s.io/kube-apiserver:v1.33.0
            command:
            - kube-apiserver
            - --service-cluster-ip-range=10.96.0.0/16,fd00:10:96::/112,10.97.0.0/16
            #                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL330: --service-cluster-ip-range must not contain more than two entries
      `,
    },
  ],
});
