// NL503: kind ports are numbers from -1 to 65535 (0 and -1 pick a random port); protocols are TCP, UDP or SCTP.

import { isScalar } from 'yaml';
import type { Span } from '../../text/span';
import { defineRule, type RuleContext } from '../rule';
import { get, getIn, seqItems, stringAt } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { kindClusters, kindNodes } from './kind';
import { localize } from '../../l10n/localize';

function checkPort(ctx: RuleContext, node: unknown, prefix: string): void {
  if (!isScalar(node) || !node.range || node.value === null) return;
  const span: Span = { start: node.range[0], end: node.range[1] };
  if (typeof node.value === 'string') {
    if (isTemplatedValue(node.value)) return;
    const fixes = /^-?\d+$/.test(node.value) ? [{ title: localize('Write {0}', node.value), edits: [{ span, newText: node.value }], safe: true }] : [];
    ctx.report({ span, message: `${prefix}: a number is expected, not the string ${JSON.stringify(node.value)} (kind cannot decode the config: cannot unmarshal !!str into int32)`, fixes });
    return;
  }
  if (typeof node.value !== 'number' || !Number.isInteger(node.value)) return;
  if (node.value < -1 || node.value > 65535) ctx.report({ span, message: `${prefix}: invalid port number: ${node.value}` });
}

export default defineRule({
  code: 'NL503',
  name: 'kind-port',
  group: 'cluster',
  severity: 'error',
  description: 'A kind apiServerPort, hostPort or containerPort outside -1..65535 or not a number, or a port mapping protocol other than TCP, UDP, SCTP.',
  upstream: { tool: 'kind', source: 'pkg/internal/apis/config/validate.go validatePort, Node.Validate; pkg/apis/config/v1alpha4/yaml.go PortMapping.UnmarshalYAML' },
  fixable: true,
  check(ctx) {
    for (const cluster of kindClusters(ctx.file)) {
      const apiPort = getIn(cluster.resource.root, ['networking', 'apiServerPort']);
      // 0 means "pick a random port" and is not checked.
      if (!(isScalar(apiPort) && apiPort.value === 0)) checkPort(ctx, apiPort, 'invalid apiServerPort');
      for (const node of kindNodes(cluster)) {
        for (const mapping of seqItems(get(node.node, 'extraPortMappings'), [...node.path, 'extraPortMappings'])) {
          checkPort(ctx, get(mapping.node, 'hostPort'), `invalid configuration for node ${node.index}: invalid hostPort`);
          checkPort(ctx, get(mapping.node, 'containerPort'), `invalid configuration for node ${node.index}: invalid containerPort`);
          const protocol = stringAt(get(mapping.node, 'protocol'), [...mapping.path, 'protocol']);
          if (!protocol || isTemplatedValue(protocol.value)) continue;
          const upper = protocol.value.toUpperCase();
          if (['', 'TCP', 'UDP', 'SCTP'].includes(upper)) continue;
          ctx.report({ span: protocol.span, message: `unable to decode config: Unknown PortMappingProtocol: ${JSON.stringify(upper)} (use TCP, UDP or SCTP)` });
        }
      }
    }
  },
});
