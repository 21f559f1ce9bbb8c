// NL217: a Service port, targetPort or nodePort that is not a port: out of 1-65535, a named targetPort that
// is not an IANA service name, or a value of the wrong type (a quoted number).

import type { Fix } from '../../types';
import { isTemplatedValue } from '../../yaml/template';
import { defineRule } from '../rule';
import { decodeError, invalid, portNameProblems, portNumberProblems } from './k8s-validation';
import { intact, servicePorts } from './service-spec';
import { servicesOf } from './service';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL217',
  name: 'service-port-number',
  group: 'kubernetes',
  severity: 'error',
  description: 'A Service port must be a number from 1 to 65535, and targetPort a port number or an IANA service name (a quoted number is a name, and an invalid one).',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/core/validation/validation.go validateServicePort, ValidatePortNumOrName' },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      for (const p of servicePorts(svc)) {
        // port and nodePort are int32 fields: anything but an integer fails to decode.
        for (const field of [p.port, p.nodePort]) {
          if (field && field.value.kind !== 'int') {
            if (field.value.kind === 'string' && isTemplatedValue(field.value.value)) continue;
            ctx.report({ span: field.span, message: decodeError(svc.resource, 'ServicePort', field.path, field.value), fixes: unquoteFix(field) });
          }
        }
        if (!p.port) {
          if (intact(svc.resource)) ctx.report({ span: p.anchor, message: `${invalid([...p.path, 'port'], 0, portNumberProblems(0)[0]!)} (port is missing)` });
        } else if (p.port.value.kind === 'int') {
          for (const problem of portNumberProblems(p.port.value.value)) ctx.report({ span: p.port.span, message: invalid(p.port.path, p.port.value.value, problem) });
        }
        const target = p.targetPort;
        if (!target) continue;
        if (target.value.kind === 'int') {
          // 0 means "same as port" (v1 defaulting).
          if (target.value.value === 0) continue;
          for (const problem of portNumberProblems(target.value.value)) ctx.report({ span: target.span, message: invalid(target.path, target.value.value, problem) });
        } else if (target.value.kind === 'string') {
          const name = target.value.value;
          if (name === '' || isTemplatedValue(name)) continue;
          const problems = portNameProblems(name);
          const fixes: Fix[] = /^[0-9]+$/.test(name) && Number(name) >= 1 && Number(name) <= 65535
            ? [{ title: localize('Write targetPort as the number {0}', Number(name)), edits: [{ span: target.span, newText: String(Number(name)) }], safe: true }]
            : [];
          for (const problem of problems) ctx.report({ span: target.span, message: invalid(target.path, name, problem), fixes });
        } else {
          // int-or-string decodes numbers itself, so its error names no struct field.
          ctx.report({ span: target.span, message: decodeError(svc.resource, '', target.path, target.value) });
        }
      }
    }
  },
});

function unquoteFix(field: { value: { kind: string; value?: unknown }; span: { start: number; end: number } }): Fix[] {
  if (field.value.kind !== 'string') return [];
  const text = String(field.value.value);
  if (!/^[0-9]+$/.test(text) || Number(text) > 65535) return [];
  return [{ title: localize('Write it as the number {0}', Number(text)), edits: [{ span: field.span, newText: String(Number(text)) }], safe: true }];
}
