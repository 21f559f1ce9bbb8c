// NL602: a Service names an IP family (in ipFamilies, or through a cluster IP) that its cluster has no
// service range for.

import { defineRule } from '../rule';
import { judgeServices } from './cluster-service';

export default defineRule({
  code: 'NL602',
  name: 'service-ip-family-configured',
  group: 'workspace',
  severity: 'error',
  description: 'A Service lists an IP family, or a cluster IP of a family, that the cluster is not configured for.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/registry/core/service/storage/alloc.go initIPFamilyFields ("not configured on this cluster")' },
  fixable: false,
  check(ctx) {
    for (const judged of judgeServices(ctx.file, ctx.workspace, ctx.settings)) {
      for (const p of judged.problems) {
        if (p.kind === 'family' || p.kind === 'cluster-ip-family') ctx.report({ span: p.span, message: p.message, related: p.related });
      }
    }
  },
});
