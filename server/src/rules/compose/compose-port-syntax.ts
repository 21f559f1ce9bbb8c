// NL401: a short-syntax port mapping that docker compose refuses to load.

import type { Scalar } from 'yaml';
import { subSpan } from '../../yaml/scalar-source';
import { isTemplatedValue } from '../../yaml/template';
import { parseDockerPortSpec } from '../../net/ports';
import { defineRule } from '../rule';
import { shortPorts } from './compose';

export default defineRule({
  code: 'NL401',
  name: 'compose-port-syntax',
  group: 'compose',
  severity: 'error',
  description: 'A ports entry in short syntax ([[IP:](port|range):](port|range)[/protocol]) that docker compose cannot parse.',
  upstream: {
    tool: 'docker compose',
    source: 'compose-go types ParsePortConfig -> go-connections nat.ParsePortSpec',
    note: 'Messages as go-connections v0.5-v0.7 print them (docker compose 2.24 and later).',
  },
  fixable: false,
  check(ctx) {
    for (const port of shortPorts(ctx.file)) {
      const spec = port.entry.value;
      if (isTemplatedValue(spec.replace(/\$\$/g, ''))) continue;
      const parsed = parseDockerPortSpec(spec.replace(/\$\$/g, '$'));
      if (parsed.ok) continue;
      // `$$` escapes shift offsets; then the whole entry is the honest range.
      const span = spec.includes('$$') ? port.entry.span : subSpan(port.entry.node as Scalar, parsed.start, parsed.end);
      ctx.report({ span, message: parsed.message });
    }
  },
});
