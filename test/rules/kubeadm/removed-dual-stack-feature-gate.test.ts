// Rule table for NL318 removed-dual-stack-feature-gate: the removed IPv6DualStack feature gate is set for a component, kubeadm or the kubelet. Upstream: k8s.io/component-base/featuregate (Set: "unrecognized feature gate"); IPv6DualStack GA in 1.23, removed in 1.25.

import rule from '../../../server/src/rules/kubeadm/removed-dual-stack-feature-gate';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

const v124 = { kubernetesVersion: { major: 1, minor: 24 } };

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'other feature gates',
      yaml: y`
        apiVersion: kubelet.config.k8s.io/v1beta1
        kind: KubeletConfiguration
        featureGates: {GracefulNodeShutdown: true}
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        featureGates: {EtcdLearnerMode: true}
      `,
    },
    {
      name: 'the gate name in another API group is not ours',
      yaml: y`
        apiVersion: example.com/v1
        kind: KubeletConfiguration
        featureGates: {IPv6DualStack: true}
      `,
    },
  ],
  invalid: [
    {
      name: 'in kubeadm featureGates; the fix removes the entry',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        featureGates:
          IPv6DualStack: true
         #^^^^^^^^^^^^^ error NL318: unrecognized feature gate: IPv6DualStack (dual-stack is always on since Kubernetes 1.23 and the gate was removed in 1.25; the component does not start)
          EtcdLearnerMode: true
      `,
      // fixes: Remove IPv6DualStack (safe)
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        featureGates:
         #^^^^^^^^^^^^^ error NL318: unrecognized feature gate: IPv6DualStack (dual-stack is always on since Kubernetes 1.23 and the gate was removed in 1.25; the component does not start)
          EtcdLearnerMode: true
      `,
    },
    {
      name: 'in a KubeletConfiguration, before 1.25 only a warning',
      settings: v124,
      yaml: y`
        apiVersion: kubelet.config.k8s.io/v1beta1
        kind: KubeletConfiguration
        featureGates:
          IPv6DualStack: true
         #^^^^^^^^^^^^^ warning NL318: feature gate IPv6DualStack is deprecated: dual-stack is on by default since 1.21 and always on from 1.23; remove it
          GracefulNodeShutdown: true
      `,
      // fixes: Remove IPv6DualStack (safe)
      output: y`
        apiVersion: kubelet.config.k8s.io/v1beta1
        kind: KubeletConfiguration
        featureGates:
         #^^^^^^^^^^^^^ warning NL318: feature gate IPv6DualStack is deprecated: dual-stack is on by default since 1.21 and always on from 1.23; remove it
          GracefulNodeShutdown: true
      `,
    },
    {
      name: 'in a static pod flag; the fix keeps the other gates',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-apiserver, namespace: kube-system}
        spec:
          hostNetwork: true
          containers:
          - name: kube-apiserver
            image: registry.k8s.io/kube-apiserver:v1.30.0
            command:
            - kube-apiserver
            - --feature-gates=IPv6DualStack=true,SidecarContainers=true
            #                 ^^^^^^^^^^^^^^^^^^ error NL318: unrecognized feature gate: IPv6DualStack (dual-stack is always on since Kubernetes 1.23 and the gate was removed in 1.25; the component does not start)
            - --service-cluster-ip-range=10.96.0.0/16,fd00:10:96::/112
      `,
      // fixes: Remove IPv6DualStack (safe)
      output: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-apiserver, namespace: kube-system}
        spec:
          hostNetwork: true
          containers:
          - name: kube-apiserver
            image: registry.k8s.io/kube-apiserver:v1.30.0
            command:
            - kube-apiserver
            - --feature-gates=SidecarContainers=true
            #                 ^^^^^^^^^^^^^^^^^^ error NL318: unrecognized feature gate: IPv6DualStack (dual-stack is always on since Kubernetes 1.23 and the gate was removed in 1.25; the component does not start)
            - --service-cluster-ip-range=10.96.0.0/16,fd00:10:96::/112
      `,
    },
  ],
});
