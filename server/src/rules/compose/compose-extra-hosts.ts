// NL417: `extra_hosts` entries that docker compose or the Engine refuse: no IP, a bad host name, or an IP that
// is not an address (the special `host-gateway` aside).

import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Span } from '../../text/span';
import { defineRule, type RuleContext } from '../rule';
import { composeFile, composeServices, entries, items, keySpan, partSpan, type ComposeFile, type ComposeScalar } from './compose';
import { parseAddr } from './go-netip';

/** moby daemon/pkg/opts/hosts.go ValidateExtraHost, after compose-go strips brackets ([::1] -> ::1). */
function checkIp(ctx: RuleContext, ip: string, span: Span): void {
  const bare = ip.length > 2 && ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (bare === 'host-gateway' || parseAddr(bare).ok) return;
  ctx.report({ span, message: `invalid IP address in add-host: ${JSON.stringify(bare)}` });
}

function checkHost(ctx: RuleContext, host: string, span: Span): boolean {
  if (host !== '' && !/[:=]/.test(host)) return true;
  ctx.report({ span, message: `bad host name '${host}'` });
  return false;
}

/** compose-go types/hostList.go NewHostsList: split at the first '=', else the first ':'; IPs are comma-separated. */
function checkListEntry(ctx: RuleContext, s: ComposeScalar): void {
  const text = s.text;
  if (text === undefined || (s.go.type !== 'string' && s.go.type !== 'int' && s.go.type !== 'float')) return;
  let sep = text.indexOf('=');
  if (sep < 0) sep = text.indexOf(':');
  if (sep < 0) {
    ctx.report({ span: s.span, message: `invalid additional host, missing IP: ${text}` });
    return;
  }
  if (!checkHost(ctx, text.slice(0, sep), partSpan(s, 0, Math.max(sep, 1)))) return;
  let at = sep + 1;
  for (const ip of text.slice(sep + 1).split(',')) {
    checkIp(ctx, ip, ip === '' ? s.span : partSpan(s, at, at + ip.length));
    at += ip.length + 1;
  }
}

function checkMapValue(ctx: RuleContext, compose: ComposeFile, node: Node | null, path: (string | number)[], fallback: Span): void {
  if (node === null || (isScalar(node) && node.value === null)) {
    checkIp(ctx, '', fallback);
    return;
  }
  const list = isSeq(node) ? items(node, path) : [{ node, path }];
  for (const item of list) {
    const s = compose.scalar(item.node, item.path);
    if (s?.text !== undefined) checkIp(ctx, s.text, s.span);
  }
}

export default defineRule({
  code: 'NL417',
  name: 'compose-extra-hosts',
  group: 'compose',
  severity: 'error',
  description: 'An extra_hosts entry without an IP, with a host name containing ":" or "=", or with an IP that is not an address.',
  upstream: {
    tool: 'docker compose, Docker Engine',
    source: 'compose-go types/hostList.go NewHostsList and cleanup; moby daemon/pkg/opts/hosts.go ValidateExtraHost',
    note: 'HOST=IP needs docker compose 2.24.1 or later; older releases only split at ":".',
  },
  fixable: false,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    for (const service of composeServices(ctx.file)) {
      const node = isMap(service.node) ? service.node.get('extra_hosts', true) : undefined;
      const path = [...service.path, 'extra_hosts'];
      if (isMap(node)) {
        for (const e of entries(node)) {
          const span = keySpan(e.pair)!;
          if (checkHost(ctx, e.key, span)) checkMapValue(ctx, compose, e.value, [...path, e.key], span);
        }
        continue;
      }
      for (const item of items(node, path)) {
        const s = compose.scalar(item.node, item.path);
        if (s) checkListEntry(ctx, s);
      }
    }
  },
});
