// NL401: a short-syntax port mapping that docker compose refuses to load, or the Engine refuses to create.

import { defineRule } from '../rule';
import { composeFile, partSpan } from './compose';
import { portEntries } from './port-entries';

export default defineRule({
  code: 'NL401',
  name: 'compose-port-syntax',
  group: 'compose',
  severity: 'error',
  description: 'A ports entry in short syntax ([[IP:](port|range):](port|range)[/protocol]) that docker compose cannot parse.',
  upstream: {
    tool: 'docker compose',
    source: 'compose-go transform/ports.go transformPorts -> types ParsePortConfig -> go-connections nat.ParsePortSpec; moby daemon/container.go validatePortBindings',
    note: 'Messages as go-connections v0.5-v0.7 print them (docker compose 2.24 and later); container port 0 is refused by Docker Engine 29.2 and later.',
  },
  fixable: false,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    for (const entry of portEntries(compose)) {
      if (entry.kind !== 'short') continue;
      const s = entry.scalar;
      if (s.go.type === 'float' || s.go.type === 'timestamp') {
        const portsPath = entry.path.slice(0, -1).join('.');
        ctx.report({ span: s.span, message: `${portsPath}: invalid type ${s.go.type === 'float' ? 'float64' : 'time.Time'} for port` });
        continue;
      }
      const parsed = entry.parsed;
      if (!parsed) continue;
      if (!parsed.ok) {
        ctx.report({ span: partSpan(s, parsed.start, parsed.end), message: parsed.message });
        continue;
      }
      if (parsed.container.range.start === 0) {
        // moby validatePortBindings: `!port.IsValid() || port.Num() == 0` (Engine 29.2, "daemon: disallow container port 0").
        ctx.report({ span: partSpan(s, parsed.container.start, parsed.container.end), message: `invalid port specification: "0/${parsed.protocolValue}"` });
      }
    }
  },
});
