// Hovers on a Service's family fields (what the API server will allocate, alloc.go) and on nodePort (the
// range it must lie in). hover/hover.ts asks here after the address hovers.

import type { Node } from 'yaml';
import type { HoverResult, Settings } from '../../types';
import { DEFAULT_NODE_PORT_RANGE } from '../../types';
import type { Span } from '../../text/span';
import type { YamlFile } from '../../yaml/parse';
import { pairOf } from '../../yaml/nodes';
import { allocationFacts, allocationOf } from './service-allocation';
import { servicePorts } from './service-spec';
import { servicesOf } from './service';
import { localize } from '../../l10n/localize';

function spanOf(node: Node | null | undefined): Span | undefined {
  return node?.range ? { start: node.range[0], end: node.range[1] } : undefined;
}

function inside(span: Span | undefined, offset: number): span is Span {
  return span !== undefined && offset >= span.start && offset <= span.end;
}

export function serviceHoverAt(file: YamlFile, offset: number, settings: Settings): HoverResult | undefined {
  for (const svc of servicesOf(file)) {
    for (const key of ['ipFamilyPolicy', 'ipFamilies', 'clusterIPs'] as const) {
      const pair = pairOf(svc.spec, key);
      if (!pair) continue;
      const keySpan = spanOf(pair.key as Node);
      const valueSpan = key === 'clusterIPs' ? undefined : spanOf(pair.value);
      const at = inside(keySpan, offset) ? keySpan : inside(valueSpan, offset) ? valueSpan : undefined;
      if (!at) continue;
      const allocation = allocationOf(svc);
      if (!allocation) return undefined;
      return { span: at, markdown: allocationFacts(allocation).join('\n') };
    }
    for (const port of servicePorts(svc)) {
      const pair = pairOf(port.node, 'nodePort');
      const keySpan = pair ? spanOf(pair.key as Node) : undefined;
      const at = inside(port.nodePort?.span, offset) ? port.nodePort!.span : inside(keySpan, offset) ? keySpan : undefined;
      if (!at) continue;
      const range = settings.nodePortRange ?? DEFAULT_NODE_PORT_RANGE;
      const value = port.nodePort?.value.kind === 'int' ? port.nodePort.value.value : undefined;
      const lines = [
        value !== undefined ? `**nodePort ${value}**` : '**nodePort**',
        '',
        localize('Valid NodePorts: {0}-{1} ({2} ports; kube-apiserver `--service-node-port-range`, setting `netlens.nodePortRange`).', range.start, range.end, range.end - range.start + 1),
      ];
      if (value !== undefined && value !== 0) {
        lines.push(value >= range.start && value <= range.end
          ? localize('{0} is inside it; every node listens on it for {1} traffic.', value, svc.type)
          : localize('{0} is outside it: the API server refuses to allocate it.', value));
      }
      if (svc.type === 'ClusterIP') lines.push('', localize('A ClusterIP Service has no node ports; use type NodePort or LoadBalancer.'));
      else lines.push('', localize('Left out, the API server picks a free port from the range.'));
      return { span: at, markdown: lines.join('\n') };
    }
  }
  return undefined;
}
