// NL225: with hostNetwork the container's port is the host's port, so hostPort must equal containerPort.

import { replaceScalarValue } from '../../yaml/edits';
import { defineRule } from '../rule';
import { invalid } from './k8s-validation';
import { intOf, podPortsOf } from './pod-ports';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL225',
  name: 'host-network-host-port',
  group: 'kubernetes',
  severity: 'error',
  description: 'In a pod with hostNetwork: true, a container port\'s hostPort must equal its containerPort (or be left out).',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/core/validation/validation.go validatePodHostNetworkDeps; pkg/apis/core/v1/defaults.go defaultHostNetworkPorts',
    note: 'A Pod\'s missing hostPort is defaulted to containerPort; a pod template may leave it 0.',
  },
  fixable: true,
  check(ctx) {
    for (const pod of podPortsOf(ctx.file)) {
      if (!pod.hostNetwork) continue;
      for (const container of pod.containers) {
        if (container.list !== 'containers') continue;
        for (const port of container.ports) {
          const host = intOf(port.hostPort);
          const cp = intOf(port.containerPort);
          if (host === undefined || host === 0 || cp === undefined || host === cp) continue;
          ctx.report({
            span: port.hostPort!.span,
            message: invalid(port.hostPort!.path, host, 'must match `containerPort` when `hostNetwork` is true'),
            // containerPort's own range error is another finding; copying a port out of range would only move it.
            fixes: cp >= 1 && cp <= 65535 ? [{ title: localize('Change hostPort to {0}', cp), edits: [replaceScalarValue(port.hostPort!.node, String(cp))], safe: true }] : [],
          });
        }
      }
    }
  },
});
