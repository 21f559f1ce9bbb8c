// NL224: a container port that is not a port: containerPort missing or out of range, hostPort out of range,
// a name that is not an IANA service name or is used twice in the container, or a value of the wrong type.

import type { Fix } from '../../types';
import { isTemplatedValue } from '../../yaml/template';
import { defineRule } from '../rule';
import { decodeError, duplicate, invalid, portNameProblems, portNumberProblems, required } from './k8s-validation';
import { podPortsOf } from './pod-ports';
import { intact } from './service-spec';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL224',
  name: 'container-port',
  group: 'kubernetes',
  severity: 'error',
  description: 'containerPort is required and from 1 to 65535, hostPort (when set) too, and a port name is a unique IANA service name (at most 15 characters, a-z, 0-9 and -).',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/core/validation/validation.go validateContainerPorts' },
  fixable: true,
  check(ctx) {
    for (const pod of podPortsOf(ctx.file)) {
      for (const container of pod.containers) {
        const names = new Set<string>();
        for (const port of container.ports) {
          const name = port.name?.value ?? '';
          if (name !== '' && !isTemplatedValue(name)) {
            const problems = portNameProblems(name);
            for (const problem of problems) ctx.report({ span: port.name!.span, message: invalid(port.name!.path, name, problem) });
            if (problems.length === 0) {
              if (names.has(name)) ctx.report({ span: port.name!.span, message: duplicate(port.name!.path, name) });
              names.add(name);
            }
          }
          for (const field of [port.containerPort, port.hostPort]) {
            if (!field || field.value.kind === 'int') continue;
            if (field.value.kind === 'string' && isTemplatedValue(field.value.value)) continue;
            const text = field.value.kind === 'string' ? field.value.value : '';
            const fixes: Fix[] = /^[0-9]+$/.test(text) && Number(text) <= 65535
              ? [{ title: localize('Write it as the number {0}', Number(text)), edits: [{ span: field.span, newText: String(Number(text)) }], safe: true }]
              : [];
            ctx.report({ span: field.span, message: decodeError(pod.resource, 'ContainerPort', field.path, field.value), fixes });
          }
          const cp = port.containerPort;
          if (!cp || (cp.value.kind === 'int' && cp.value.value === 0)) {
            if (cp || intact(pod.resource)) ctx.report({ span: cp?.span ?? port.anchor, message: required([...port.path, 'containerPort']) });
          } else if (cp.value.kind === 'int') {
            for (const problem of portNumberProblems(cp.value.value)) ctx.report({ span: cp.span, message: invalid(cp.path, cp.value.value, problem) });
          }
          const hp = port.hostPort;
          if (hp?.value.kind === 'int' && hp.value.value !== 0) {
            for (const problem of portNumberProblems(hp.value.value)) ctx.report({ span: hp.span, message: invalid(hp.path, hp.value.value, problem) });
          }
        }
      }
    }
  },
});
