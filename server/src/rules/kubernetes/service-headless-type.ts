// NL212: a NodePort or LoadBalancer Service cannot be headless (clusterIP: None).

import type { Fix } from '../../types';
import { asMap, pairOf } from '../../yaml/nodes';
import { defineRule } from '../rule';
import { invalid } from './k8s-validation';
import { removePair } from './pair-edits';
import { effectiveClusterIPs } from './service-spec';
import { servicesOf } from './service';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL212',
  name: 'service-headless-type',
  group: 'kubernetes',
  severity: 'error',
  description: 'Only a ClusterIP Service can be headless; NodePort and LoadBalancer Services need a cluster IP.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/core/validation/validation.go ValidateService' },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      if (svc.type !== 'NodePort' && svc.type !== 'LoadBalancer') continue;
      const spec = asMap(svc.spec);
      effectiveClusterIPs(svc).forEach((ip, i) => {
        if (ip.value !== 'None') return;
        const edits = (['clusterIP', 'clusterIPs'] as const).map((k) => pairOf(svc.spec, k)).filter((p) => p !== undefined)
          .map((p) => (spec ? removePair(ctx.file.text, spec, p) : undefined));
        const fixes: Fix[] = edits.length > 0 && edits.every((e) => e !== undefined)
          ? [{ title: localize('Remove clusterIP: None (let the API server allocate a cluster IP)'), edits: edits.map((e) => e!), safe: false }]
          : [];
        ctx.report({
          span: ip.span,
          message: invalid(['spec', 'clusterIPs', i], 'None', `may not be set to 'None' for ${svc.type} services`),
          fixes,
        });
      });
    }
  },
});
