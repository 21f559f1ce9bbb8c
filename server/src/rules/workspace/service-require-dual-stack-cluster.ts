// NL603: ipFamilyPolicy RequireDualStack on a cluster with service ranges of one family only.

import { defineRule } from '../rule';
import { judgeServices } from './cluster-service';

export default defineRule({
  code: 'NL603',
  name: 'service-require-dual-stack-cluster',
  group: 'workspace',
  severity: 'error',
  description: 'A Service requires dual-stack on a cluster whose service ranges are single-stack.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/registry/core/service/storage/alloc.go initIPFamilyFields ("this cluster is not configured for dual-stack services")' },
  fixable: false,
  check(ctx) {
    for (const judged of judgeServices(ctx.file, ctx.workspace, ctx.settings)) {
      for (const p of judged.problems) {
        if (p.kind === 'require-dual-stack') ctx.report({ span: p.span, message: p.message, related: p.related });
      }
    }
  },
});
