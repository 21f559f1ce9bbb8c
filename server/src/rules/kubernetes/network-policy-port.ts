// NL229: a NetworkPolicy port: a number from 1 to 65535 or an IANA service name, and endPort only after a
// numeric port and not below it.

import { isTemplatedValue } from '../../yaml/template';
import { defineRule } from '../rule';
import { decodeError, invalid, portNameProblems, portNumberProblems } from './k8s-validation';
import { networkPolicies, policyPorts } from './network-policy';
import { numberAt } from './service-spec';

export default defineRule({
  code: 'NL229',
  name: 'network-policy-port',
  group: 'kubernetes',
  severity: 'error',
  description: 'A NetworkPolicy port is a number from 1 to 65535 or a port name; endPort needs a numeric port and must not be below it.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/networking/validation/validation.go ValidateNetworkPolicyPort' },
  fixable: false,
  check(ctx) {
    for (const policy of networkPolicies(ctx.file)) {
      for (const item of policyPorts(policy)) {
        const port = numberAt(item.node, 'port', item.path);
        const end = numberAt(item.node, 'endPort', item.path);
        if (end && end.value.kind !== 'int') {
          if (!(end.value.kind === 'string' && isTemplatedValue(end.value.value))) {
            ctx.report({ span: end.span, message: decodeError(policy, 'NetworkPolicyPort', end.path, end.value) });
          }
          continue;
        }
        const endValue = end?.value.kind === 'int' ? end.value.value : undefined;
        if (!port) {
          if (end && endValue !== undefined) ctx.report({ span: end.span, message: invalid(end.path, endValue, 'may not be specified when `port` is not specified') });
          continue;
        }
        if (port.value.kind === 'int') {
          const value = port.value.value;
          for (const problem of portNumberProblems(value)) ctx.report({ span: port.span, message: invalid(port.path, value, problem) });
          if (end && endValue !== undefined) {
            // Upstream prints the port, not the endPort, as the bad value here.
            if (endValue < value) ctx.report({ span: end.span, message: invalid(end.path, value, 'must be greater than or equal to `port`') });
            for (const problem of portNumberProblems(endValue)) ctx.report({ span: end.span, message: invalid(end.path, endValue, problem) });
          }
        } else if (port.value.kind === 'string') {
          const name = port.value.value;
          if (isTemplatedValue(name)) continue;
          if (end && endValue !== undefined) ctx.report({ span: end.span, message: invalid(end.path, endValue, 'may not be specified when `port` is non-numeric') });
          for (const problem of portNameProblems(name)) ctx.report({ span: port.span, message: invalid(port.path, name, problem) });
        } else {
          ctx.report({ span: port.span, message: decodeError(policy, '', port.path, port.value) });
        }
      }
    }
  },
});
