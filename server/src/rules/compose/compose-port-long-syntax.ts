// NL405: a long-syntax ports entry (target, published, host_ip, protocol, ...) that docker compose or the
// Docker Engine refuses.

import type { Fix } from '../../types';
import { defineRule, type RuleContext } from '../rule';
import { composeFile, composeFileName, indexedPath, schemaPath } from './compose';
import { longTarget, mobyParsePortRange, portEntries, type LongPortEntry } from './port-entries';
import { parseAddr } from './go-netip';
import { localize } from '../../l10n/localize';

const STRING_FIELDS = ['name', 'mode', 'host_ip', 'protocol', 'app_protocol'];
const KNOWN = new Set([...STRING_FIELDS, 'target', 'published']);

function checkEntry(ctx: RuleContext, entry: LongPortEntry, fileName: string): void {
  const validating = `validating ${fileName}: ${schemaPath(entry.path)}`;
  const first = entry.node.items[0]?.key as { range?: [number, number, number] } | undefined;
  const anchor = first?.range ? { start: first.range[0], end: first.range[1] } : { start: entry.node.range![0], end: entry.node.range![1] };

  // override/uncity.go portIndexer runs before schema validation.
  if (!entry.fields.has('target')) ctx.report({ span: anchor, message: `service ports ${indexedPath(entry.path)} is missing a target port` });

  for (const [key, field] of entry.fields) {
    if (!KNOWN.has(key) && !key.startsWith('x-')) {
      ctx.report({ span: field.keySpan, message: `${validating} additional properties '${key}' not allowed` });
      continue;
    }
    const s = field.scalar;
    const type = s ? s.go.type : 'mapping';
    if (STRING_FIELDS.includes(key) && type !== 'string') {
      ctx.report({ span: s?.span ?? field.keySpan, message: `${validating}.${key} must be a string` });
    } else if ((key === 'target' || key === 'published') && type !== 'string' && type !== 'int' && !(type === 'float' && Number.isInteger(s!.go.float))) {
      ctx.report({ span: s?.span ?? field.keySpan, message: `${validating}.${key} must be a integer or string` });
    }
  }

  const protocolScalar = entry.fields.get('protocol')?.scalar;
  const protocol = protocolScalar?.go.type === 'string' ? protocolScalar.text : 'tcp';
  const targetScalar = entry.fields.get('target')?.scalar;
  const target = longTarget(entry);
  if (target !== undefined && targetScalar) {
    if (target < 0) {
      ctx.report({ span: targetScalar.span, message: `invalid port '${target}': invalid syntax` });
    } else if (target > 65535) {
      // docker compose ≥ 5.1 pkg/compose/create.go: network.ParsePort(fmt.Sprintf("%d/%s", target, protocol)).
      ctx.report({ span: targetScalar.span, message: `invalid port '${target}': value out of range` });
    } else if (target === 0) {
      ctx.report({ span: targetScalar.span, message: `invalid port specification: "0/${(protocol || 'tcp').toLowerCase()}"` });
    }
  }

  const published = entry.fields.get('published')?.scalar;
  if (published?.text !== undefined && published.text !== '' && (published.go.type === 'string' || published.go.type === 'int')) {
    // moby daemon/container.go validatePortBindings.
    if (!mobyParsePortRange(published.text).ok) ctx.report({ span: published.span, message: `invalid port specification: ${JSON.stringify(published.text)}` });
  }

  const hostIp = entry.fields.get('host_ip')?.scalar;
  if (hostIp?.go.type === 'string' && hostIp.text !== undefined && hostIp.text !== '') {
    const parsed = parseAddr(hostIp.text);
    if (!parsed.ok) {
      const inner = /^\[(.*)\]$/.exec(hostIp.text)?.[1];
      const fixes: Fix[] = inner !== undefined && parseAddr(inner).ok && hostIp.exact
        ? [{ title: localize('Write {0} without brackets', inner), edits: [{ span: hostIp.span, newText: JSON.stringify(inner) }], safe: true }]
        : [];
      ctx.report({ span: hostIp.span, message: parsed.error, fixes });
    }
  }

  if (protocol !== undefined && protocol !== '' && !['tcp', 'udp', 'sctp'].includes(protocol.toLowerCase()) && protocolScalar) {
    // The Engine maps an unknown protocol to 0 (libnetwork types.ParseProtocol) and the port allocator refuses it.
    ctx.report({ span: protocolScalar.span, message: 'unknown protocol' });
  }
}

export default defineRule({
  code: 'NL405',
  name: 'compose-port-long-syntax',
  group: 'compose',
  severity: 'error',
  description: 'A long-syntax ports entry that docker compose or the Engine refuses: no target, unknown keys, wrong types, a target or published port out of range, a host_ip that is not a bare IP, an unknown protocol.',
  upstream: {
    tool: 'docker compose',
    source: 'compose-go override/uncity.go portIndexer and schema; docker compose pkg/compose/create.go buildContainerPortBindingOptions; moby validatePortBindings and portallocator',
    note: 'host_ip and target messages as docker compose 5.1 and later print them (Go net/netip, moby network.ParsePort); container port 0 is refused by Engine 29.2 and later.',
  },
  fixable: true,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    const fileName = composeFileName(ctx.file);
    for (const entry of portEntries(compose)) if (entry.kind === 'long') checkEntry(ctx, entry, fileName);
  },
});
