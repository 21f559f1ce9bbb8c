// Rule table for NL332 apiserver-advertise-address-family: the API server's advertise address is not in the family of the primary service range, so kube-apiserver does not start. Upstream: cmd/kube-apiserver/app/options/validation.go validatePublicIPServiceClusterIPRangeIPFamilies.

import rule from '../../../server/src/rules/kubeadm/apiserver-advertise-address-family';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      // kubeadm passes the extraArgs flag over serviceSubnet: with the flag a template, the range that runs is not
      // known, and neither the subnet nor a default may be judged in its place (found in review: an error was).
      name: 'a templated service range flag: not known, so not judged',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        localAPIEndpoint:
          advertiseAddress: "fd00::10"
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          serviceSubnet: 10.96.0.0/16
        apiServer:
          extraArgs:
            - name: service-cluster-ip-range
              value: "\${SVC_CIDR}"
      `,
    },
    {
      name: 'the advertise address in the primary family',
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
            - --advertise-address=fd00::10
            - --service-cluster-ip-range=fd00:10:96::/112,10.96.0.0/16
      `,
    },
    {
      name: 'not checked with --endpoint-reconciler-type=none',
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
            - --advertise-address=192.168.0.10
            - --service-cluster-ip-range=fd00:10:96::/112
            - --endpoint-reconciler-type=none
      `,
    },
  ],
  invalid: [
    {
      name: 'kapi-advertise-family: an IPv4 advertise address with an IPv6 primary range',
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
            - --advertise-address=192.168.0.10
            #                     ^^^^^^^^^^^^ error NL332: service IP family "fd00:10:96::/112" must match public address family "192.168.0.10": kube-apiserver does not start
            - --service-cluster-ip-range=fd00:10:96::/112,10.96.0.0/16
      `,
    },
    {
      name: 'kubeadm: InitConfiguration advertiseAddress against the serviceSubnet of the same stream',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        localAPIEndpoint:
          advertiseAddress: "fd00::10"
          #                 ^^^^^^^^^^ error NL332: service IP family "10.96.0.0/12" must match public address family "fd00::10": kube-apiserver does not start
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          serviceSubnet: 10.96.0.0/12
      `,
    },
  ],
});
