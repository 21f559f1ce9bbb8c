// NL407: two ports entries of one service that docker compose merges into one without a word (same host IP,
// published port, target and protocol), so the earlier one silently disappears or is replaced.

import { isMap, isSeq, type Node, type YAMLSeq } from 'yaml';
import { removeSeqItem } from '../../yaml/edits';
import { defineRule } from '../rule';
import { composeFile } from './compose';
import { portBindings, type PortBinding } from './port-entries';
import { localize } from '../../l10n/localize';

function written(b: PortBinding): string {
  return b.entry.kind === 'short' ? b.entry.scalar.raw : `{${[...b.entry.fields.keys()].join(', ')}}`;
}

export default defineRule({
  code: 'NL407',
  name: 'compose-port-duplicate',
  group: 'compose',
  severity: 'warning',
  description: 'A ports entry that docker compose merges with an earlier one of the same service (same host IP, published port, target and protocol).',
  upstream: {
    tool: 'docker compose',
    source: 'compose-go override/uncity.go EnforceUnicity with portIndexer (key host_ip:published:target/protocol, host_ip defaulting to 0.0.0.0)',
    note: 'All docker compose v2 and v5 releases; the later entry takes the earlier one\'s place.',
  },
  fixable: true,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    // Keys are compared within a service (by document and name); a service's bindings come one after another.
    const byService = new Map<string, Map<string, PortBinding>>();
    let service: PortBinding['entry']['service'] | undefined;
    let seen = new Map<string, PortBinding>();
    for (const b of portBindings(compose)) {
      if (b.entry.service !== service) {
        service = b.entry.service;
        const scope = `${service.doc.index}\u0000${service.name}`;
        seen = byService.get(scope) ?? new Map<string, PortBinding>();
        byService.set(scope, seen);
      }
      const earlier = b.keys.map((k) => seen.get(k));
      for (const k of b.keys) if (!seen.has(k)) seen.set(k, b);
      // An entry some of whose mappings are new still adds those; one whose every mapping is taken adds nothing.
      if (earlier.some((e) => e === undefined)) continue;
      const entries = [...new Set(earlier as PortBinding[])];
      const first = entries[0]!;
      if (entries.length > 1) {
        // Its mappings are split over several earlier entries (compose-go merges each container port on its own).
        ctx.report({
          span: b.span,
          message: `ports entry ${JSON.stringify(written(b))} adds nothing: each of its mappings merges with ${entries.map((e) => JSON.stringify(written(e))).join(' and ')}, as docker compose merges mappings with the same host IP, published port, target and protocol`,
          related: entries.map((e) => ({ uri: ctx.file.source.uri, span: e.span, message: 'an entry it merges with' })),
          tags: ['unnecessary'],
        });
        continue;
      }
      const related = [{ uri: ctx.file.source.uri, span: first.span, message: 'the entry it merges with' }];
      if (written(b) === written(first)) {
        const portsSeq = isMap(b.entry.service.node) ? b.entry.service.node.get('ports', true) : undefined;
        const edit = isSeq(portsSeq) ? removeSeqItem(ctx.file.text, portsSeq as YAMLSeq<Node | null>, b.entry.index) : undefined;
        ctx.report({
          span: b.span,
          message: `duplicate ports entry ${JSON.stringify(written(b))}: docker compose keeps only one`,
          related,
          tags: ['unnecessary'],
          ...(edit ? { fixes: [{ title: localize('Remove the duplicate entry'), edits: [edit], safe: true }] } : {}),
        });
      } else {
        ctx.report({
          span: b.span,
          message: `ports entry ${JSON.stringify(written(b))} replaces ${JSON.stringify(written(first))}: docker compose merges entries with the same host IP (0.0.0.0 when none is given), published port, target and protocol`,
          related,
        });
      }
    }
  },
});
