// NL220: Service nodePorts: not on a ClusterIP Service, unique per protocol, inside the cluster's NodePort range.

import type { Fix } from '../../types';
import { DEFAULT_NODE_PORT_RANGE } from '../../types';
import { defineRule } from '../rule';
import { duplicate, forbidden, invalid } from './k8s-validation';
import { removePair } from './pair-edits';
import { effectiveProtocol, servicePorts } from './service-spec';
import { pairOf } from '../../yaml/nodes';
import { servicesOf } from './service';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL220',
  name: 'service-node-port',
  group: 'kubernetes',
  severity: 'error',
  description: 'A nodePort is not allowed on a ClusterIP Service, must be unique per protocol, and must lie in the NodePort range (default 30000-32767, setting netlens.nodePortRange).',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/core/validation/validation.go ValidateService; pkg/registry/core/service/storage/alloc.go initNodePorts',
    note: 'The range is checked when the port is allocated on create, against kube-apiserver --service-node-port-range.',
  },
  fixable: true,
  check(ctx) {
    const range = ctx.settings.nodePortRange ?? DEFAULT_NODE_PORT_RANGE;
    for (const svc of servicesOf(ctx.file)) {
      if (svc.type === 'ExternalName') continue;
      const seen = new Map<string, number>();
      for (const p of servicePorts(svc)) {
        const nodePort = p.nodePort;
        if (nodePort?.value.kind !== 'int' || nodePort.value.value === 0) continue;
        const value = nodePort.value.value;
        if (svc.type === 'ClusterIP') {
          const pair = pairOf(p.node, 'nodePort');
          const edit = pair ? removePair(ctx.file.text, p.node, pair) : undefined;
          const fixes: Fix[] = edit ? [{ title: localize('Remove nodePort'), edits: [edit], safe: true }] : [];
          ctx.report({ span: nodePort.span, message: forbidden(nodePort.path, "may not be used when `type` is 'ClusterIP'"), fixes });
          continue;
        }
        const key = `${effectiveProtocol(p.protocol)}/${value}`;
        const first = seen.get(key);
        if (first !== undefined) ctx.report({ span: nodePort.span, message: `${duplicate(nodePort.path, value)} (also spec.ports[${first}].nodePort)` });
        else seen.set(key, p.index);
        if (value < range.start || value > range.end) {
          ctx.report({
            span: nodePort.span,
            message: invalid(nodePort.path, value, `provided port is not in the valid range. The range of valid ports is ${range.start}-${range.end}`),
          });
        }
      }
    }
  },
});
