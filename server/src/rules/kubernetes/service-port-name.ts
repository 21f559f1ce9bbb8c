// NL218: Service port names: each port needs one when there are several, and they are unique DNS labels.

import { isTemplatedValue } from '../../yaml/template';
import { defineRule } from '../rule';
import { dnsLabelProblems, duplicate, invalid, required } from './k8s-validation';
import { intact, servicePorts } from './service-spec';
import { servicesOf } from './service';

export default defineRule({
  code: 'NL218',
  name: 'service-port-name',
  group: 'kubernetes',
  severity: 'error',
  description: 'When a Service has several ports each needs a name, and names are unique lowercase RFC 1123 labels.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/core/validation/validation.go validateServicePort' },
  fixable: false,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      const ports = servicePorts(svc);
      const requireName = ports.length > 1;
      const seen = new Set<string>();
      for (const p of ports) {
        const name = p.name?.value ?? '';
        if (isTemplatedValue(name)) continue;
        if (name === '') {
          if (requireName && intact(svc.resource)) ctx.report({ span: p.name?.span ?? p.anchor, message: `${required([...p.path, 'name'])} (every port needs a name when a Service has more than one)` });
          continue;
        }
        for (const problem of dnsLabelProblems(name)) ctx.report({ span: p.name!.span, message: invalid(p.name!.path, name, problem) });
        if (seen.has(name)) ctx.report({ span: p.name!.span, message: duplicate(p.name!.path, name) });
        seen.add(name);
      }
    }
  },
});
