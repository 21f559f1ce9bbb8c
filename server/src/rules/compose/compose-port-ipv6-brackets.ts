// NL404: an IPv6 host IP in a short port mapping written without brackets (`::1:6000:6000`): current docker
// compose reads it (the last two fields are the ports), older releases and other tools do not.

import { Scalar } from 'yaml';
import { defineRule } from '../rule';
import { composeFile, partSpan } from './compose';
import { portEntries } from './port-entries';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL404',
  name: 'compose-port-ipv6-brackets',
  group: 'compose',
  severity: 'warning',
  description: 'An IPv6 host address in a short ports entry without [brackets], which only docker compose 2.24 and later accept.',
  upstream: {
    tool: 'docker compose',
    source: 'go-connections nat.ParsePortSpec (splitParts keeps the last two fields as ports since v0.5)',
    note: 'Accepted by docker compose 2.24 and later (go-connections v0.5+); docker compose 2.23 and earlier (go-connections v0.4) reject it.',
  },
  fixable: true,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    for (const entry of portEntries(compose)) {
      if (entry.kind !== 'short' || !entry.parsed?.ok || !entry.parsed.unbracketedIpv6 || !entry.parsed.hostIp) continue;
      const ip = entry.parsed.hostIp;
      const s = entry.scalar;
      const span = partSpan(s, ip.start, ip.end);
      const exact = span.start !== s.span.start || span.end !== s.span.end;
      // A plain scalar cannot start with `[` (a flow sequence), so there the fix quotes the whole entry.
      const edit = !exact
        ? undefined
        : s.node.type === Scalar.PLAIN
          ? { span: s.span, newText: JSON.stringify(`${s.raw.slice(0, ip.start)}[${ip.text}]${s.raw.slice(ip.end)}`) }
          : { span, newText: `[${ip.text}]` };
      ctx.report({
        span,
        message: `IPv6 host IP ${ip.text} without brackets: docker compose 2.23 and older fail with "Invalid ip address ${ip.text}: address ${ip.text}:: too many colons in address"; write [${ip.text}]`,
        ...(edit ? { fixes: [{ title: localize('Write [{0}]', ip.text), edits: [edit], safe: true }] } : {}),
      });
    }
  },
});
