// NL604: ipFamilyPolicy PreferDualStack on a single-stack cluster: accepted, but the Service stays single-stack.

import { defineRule } from '../rule';
import { reportServiceProblems } from './cluster-service';

export default defineRule({
  code: 'NL604',
  name: 'service-prefer-dual-stack-cluster',
  group: 'workspace',
  severity: 'information',
  description: 'A Service prefers dual-stack on a single-stack cluster, so it gets one cluster IP of the cluster\'s family.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/registry/core/service/storage/alloc.go initIPFamilyFields (the other family is appended only on a dual-stack cluster)' },
  fixable: false,
  check: reportServiceProblems('prefer-single'),
});
