// Rule table for NL331 apiserver-service-range-size: a kube-apiserver service range is too small, too large for the target version, or an IPv6 range shorter than /64. Upstream: cmd/kube-apiserver/app/options/validation.go validateMaxCIDRRange; pkg/controlplane/apiserver/options ServiceIPRange; pkg/registry/core/service/ipallocator NewIPAllocator.

import rule from '../../../server/src/rules/kubeadm/apiserver-service-range-size';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

const v133 = { kubernetesVersion: { major: 1, minor: 33 } };

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'an IPv4 /12 and an IPv6 /112; from 1.34 larger ranges are fine',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
          - name: service-cluster-ip-range
            value: 10.96.0.0/12,fd00:10:96::/112
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-apiserver, namespace: kube-system}
        spec:
          containers:
          - name: kube-apiserver
            image: registry.k8s.io/kube-apiserver:v1.34.0
            command: [kube-apiserver, --service-cluster-ip-range=10.0.0.0/8, --advertise-address=192.168.0.10]
      `,
    },
    {
      name: 'a /29 holds exactly 8 addresses',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-apiserver, namespace: kube-system}
        spec:
          containers:
          - name: kube-apiserver
            image: registry.k8s.io/kube-apiserver:v1.33.0
            command: [kube-apiserver, --service-cluster-ip-range=10.96.0.0/29]
      `,
    },
  ],
  invalid: [
    {
      name: 'kapi-service-range-min: fewer than 8 addresses',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-apiserver, namespace: kube-system}
        spec:
          containers:
          - name: kube-apiserver
            image: registry.k8s.io/kube-apiserver:v1.33.0
            command: [kube-apiserver, --service-cluster-ip-range=10.96.0.0/30]
            #                                                    ^^^^^^^^^^^^ error NL331: error determining service IP ranges for primary service cidr: the service cluster IP range must be at least 8 IP addresses
      `,
    },
    {
      name: 'kapi-service-range-max before 1.34',
      settings: v133,
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
          - name: service-cluster-ip-range
            value: 10.0.0.0/8
            #      ^^^^^^^^^^ error NL331: specified --service-cluster-ip-range is too large; for 32-bit addresses, the mask must be >= 12
      `,
    },
    {
      name: 'from 1.34 an IPv6 range shorter than /64',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            service-cluster-ip-range: "10.96.0.0/16,fd00:10::/48"
            #                                       ^^^^^^^^^^^^ warning NL331: --service-cluster-ip-range[1] fd00:10::/48: shortest allowed prefix length for service CIDR is 64, got 48 (the IPAddress allocator of Kubernetes 1.34+ cannot allocate from it)
      `,
    },
  ],
});
