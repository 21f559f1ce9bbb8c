// Cluster configs the workspace rule tables share. Most cases need a cluster with kubeadm's usual ranges and vary
// only the file under test; the configs that differ stay written out in their cases.

import { y } from '../../workspace/tester';

/** A kubeadm ClusterConfiguration with the pod and service subnets of kubeadm's docs (10.244.0.0/16, 10.96.0.0/16). */
export const KUBEADM_DEFAULT_SUBNETS = y`
  apiVersion: kubeadm.k8s.io/v1beta4
  kind: ClusterConfiguration
  networking:
    podSubnet: 10.244.0.0/16
    serviceSubnet: 10.96.0.0/16
`;
