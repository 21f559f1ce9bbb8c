// NL504: two extraPortMappings of one kind node bind the same host port and protocol on the same or a wildcard address.

import { isScalar } from 'yaml';
import { defineRule } from '../rule';
import { get, seqItems, stringAt } from '../../yaml/nodes';
import { parseGoIp } from '../../net/ip';
import { kindClusters, kindNodes } from './kind';

const ERR = 'port mapping with same listen address, port and protocol already configured';

export default defineRule({
  code: 'NL504',
  name: 'kind-port-mapping-conflict',
  group: 'cluster',
  severity: 'error',
  description: 'Two port mappings of a kind node collide: same listen address, host port and protocol, or one of them on 0.0.0.0 / :: (which kind treats as one wildcard).',
  upstream: {
    tool: 'kind',
    source: 'pkg/internal/apis/config/validate.go validatePortMappings',
    note: 'Unlike Docker, kind rejects 0.0.0.0 and :: on the same port; an empty protocol is TCP when Docker binds it.',
  },
  fixable: false,
  check(ctx) {
    for (const cluster of kindClusters(ctx.file)) {
      for (const node of kindNodes(cluster)) {
        // PORT/PROTOCOL → addresses already bound, as kind's bindMap.
        const bound = new Map<string, Map<string, { start: number; end: number }>>();
        for (const mapping of seqItems(get(node.node, 'extraPortMappings'), [...node.path, 'extraPortMappings'])) {
          const hostPort = get(mapping.node, 'hostPort');
          if (!isScalar(hostPort) || typeof hostPort.value !== 'number' || !hostPort.range) continue;
          // -1 and 0 pick a random port, so duplicates are fine.
          if (hostPort.value === -1 || hostPort.value === 0) continue;
          const listen = stringAt(get(mapping.node, 'listenAddress'), [...mapping.path, 'listenAddress']);
          const written = listen?.value ?? '';
          const ip = written === '' ? parseGoIp('0.0.0.0') : parseGoIp(written);
          // An invalid listen address ends kind's check for this node (NL100 reports it).
          if (!ip) break;
          const protocol = (stringAt(get(mapping.node, 'protocol'), [...mapping.path, 'protocol'])?.value ?? '').toUpperCase() || 'TCP';
          const key = `${hostPort.value}/${protocol}`;
          const shown = `${ip.canonical}:${key}`;
          const wildcard = ip.value === 0n;
          const addr = wildcard ? '0.0.0.0' : ip.canonical;
          const set = bound.get(key);
          if (set) {
            const clash = wildcard && set.size > 0 ? [...set.values()][0] : set.get(addr) ?? set.get('0.0.0.0');
            if (clash) {
              ctx.report({
                span: listen?.span ?? { start: hostPort.range[0], end: hostPort.range[1] },
                message: `invalid configuration for node ${node.index}: invalid portMapping: ${ERR}: ${shown}`,
                related: [{ uri: ctx.file.source.uri, span: clash, message: 'the mapping it collides with' }],
              });
              continue;
            }
          }
          const target = set ?? new Map<string, { start: number; end: number }>();
          target.set(addr, listen?.span ?? { start: hostPort.range[0], end: hostPort.range[1] });
          bound.set(key, target);
        }
      }
    }
  },
});
