// NL418: a `dns` server that is not an IP address (a host name, a short IPv4 form, an address with a port).

import { isMap, isSeq } from 'yaml';
import { defineRule } from '../rule';
import { composeFile, composeServices, items } from './compose';
import { parseAddr } from './go-netip';

export default defineRule({
  code: 'NL418',
  name: 'compose-dns',
  group: 'compose',
  severity: 'error',
  description: 'A dns entry that is not an IP address.',
  upstream: {
    tool: 'docker compose',
    source: 'docker compose pkg/compose/create.go getCreateConfigs (netip.ParseAddr for each dns entry)',
    note: 'Messages as docker compose 5.1 and later print them; older releases passed the text to the Engine, which refused it when starting the container.',
  },
  fixable: false,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    for (const service of composeServices(ctx.file)) {
      const node = isMap(service.node) ? service.node.get('dns', true) : undefined;
      const path = [...service.path, 'dns'];
      const list = isSeq(node) ? items(node, path) : node ? [{ node, path }] : [];
      for (const item of list) {
        const s = compose.scalar(item.node, item.path);
        // compose-go drops empty entries (TestDNSOmitEmpty); an unresolved value is left alone.
        if (!s || s.go.type !== 'string' || s.text === undefined || s.text === '') continue;
        const r = parseAddr(s.text);
        if (!r.ok) ctx.report({ span: s.span, message: `invalid DNS address: ${r.error}` });
      }
    }
  },
});
