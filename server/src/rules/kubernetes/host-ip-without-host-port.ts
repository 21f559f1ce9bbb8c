// NL227: a container port's hostIP without a hostPort binds nothing and is ignored.

import { renderPath } from '../../yaml/nodes';
import type { Fix } from '../../types';
import { pairOf } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { defineRule } from '../rule';
import { removePair } from './pair-edits';
import { intOf, podPortsOf } from './pod-ports';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL227',
  name: 'host-ip-without-host-port',
  group: 'kubernetes',
  severity: 'warning',
  description: 'hostIP only says where a hostPort is bound; without a hostPort it is silently ignored.',
  upstream: { tool: 'kubelet', source: 'pkg/kubelet/kuberuntime port mappings are made only for ports with a hostPort; hostIP is not validated' },
  fixable: true,
  check(ctx) {
    for (const pod of podPortsOf(ctx.file)) {
      for (const container of pod.containers) {
        for (const port of container.ports) {
          const ip = port.hostIP;
          if (!ip || ip.value === '' || isTemplatedValue(ip.value)) continue;
          const host = intOf(port.hostPort) ?? 0;
          // With hostNetwork a Pod's hostPort defaults to its containerPort (for a template, once the Pod is made).
          if (host !== 0 || pod.hostNetwork) continue;
          if (port.hostPort && port.hostPort.value.kind !== 'int') continue;
          const pair = pairOf(port.node, 'hostIP');
          const edit = pair ? removePair(ctx.file.text, port.node, pair) : undefined;
          const fixes: Fix[] = edit ? [{ title: localize('Remove hostIP'), edits: [edit], safe: true }] : [];
          ctx.report({
            span: ip.span,
            message: `${renderPath(ip.path)}: ${JSON.stringify(ip.value)} is ignored without a hostPort (hostIP only chooses the host address a hostPort is bound to)`,
            tags: ['unnecessary'],
            fixes,
          });
        }
      }
    }
  },
});
