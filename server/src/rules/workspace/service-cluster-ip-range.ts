// NL601: a Service asks for a cluster IP outside the service ranges of its cluster (or for the kubernetes
// Service's address), so the API server refuses to allocate it.

import { defineRule } from '../rule';
import { reportServiceProblems } from './cluster-service';

export default defineRule({
  code: 'NL601',
  name: 'service-cluster-ip-range',
  group: 'workspace',
  severity: 'error',
  description: 'A Service clusterIP / clusterIPs entry lies outside the cluster\'s service range of its family, or is the address the kubernetes Service holds.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/registry/core/service/storage/alloc.go allocIPs; pkg/registry/core/service/ipallocator (ErrNotInRange, ErrAllocated)',
    note: 'The ranges come from the cluster config that encloses the manifest (kubeadm serviceSubnet, kind, bare metal, k3s, --service-cluster-ip-range) or from netlens.cluster.serviceCIDRs; ServiceCIDR objects in scope add ranges.',
  },
  fixable: false,
  check: reportServiceProblems('not-in-range', 'allocated'),
});
