// NL219: two Service ports with the same port number and protocol.

import { defineRule } from '../rule';
import { duplicate } from './k8s-validation';
import { effectiveProtocol, servicePorts } from './service-spec';
import { servicesOf } from './service';

export default defineRule({
  code: 'NL219',
  name: 'service-port-duplicate',
  group: 'kubernetes',
  severity: 'error',
  description: 'A Service cannot list the same port twice for one protocol (the same number over TCP and UDP is fine).',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/core/validation/validation.go ValidateService',
    note: 'Upstream prints the duplicate key, an internal ServicePort holding only the protocol and port, as JSON.',
  },
  fixable: false,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      const seen = new Map<string, number>();
      for (const p of servicePorts(svc)) {
        if (p.port?.value.kind !== 'int') continue;
        const protocol = effectiveProtocol(p.protocol);
        const key = `${protocol}/${p.port.value.value}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, p.index);
          continue;
        }
        const value = { Name: '', Protocol: protocol, AppProtocol: null, Port: p.port.value.value, TargetPort: 0, NodePort: 0 };
        ctx.report({ span: p.port.span, message: `${duplicate(p.path, value)} (${key} is also spec.ports[${first}])` });
      }
    }
  },
});
