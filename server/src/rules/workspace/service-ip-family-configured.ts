// NL602: a Service names an IP family (in ipFamilies, or through a cluster IP) that its cluster has no
// service range for.

import { defineRule } from '../rule';
import { reportServiceProblems } from './cluster-service';

export default defineRule({
  code: 'NL602',
  name: 'service-ip-family-configured',
  group: 'workspace',
  severity: 'error',
  description: 'A Service lists an IP family, or a cluster IP of a family, that the cluster is not configured for.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/registry/core/service/storage/alloc.go initIPFamilyFields ("not configured on this cluster")' },
  fixable: false,
  check: reportServiceProblems('family', 'cluster-ip-family'),
});
