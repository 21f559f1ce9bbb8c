// NL603: ipFamilyPolicy RequireDualStack on a cluster with service ranges of one family only.

import { defineRule } from '../rule';
import { reportServiceProblems } from './cluster-service';

export default defineRule({
  code: 'NL603',
  name: 'service-require-dual-stack-cluster',
  group: 'workspace',
  severity: 'error',
  description: 'A Service requires dual-stack on a cluster whose service ranges are single-stack.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/registry/core/service/storage/alloc.go initIPFamilyFields ("this cluster is not configured for dual-stack services")' },
  fixable: false,
  check: reportServiceProblems('require-dual-stack'),
});
