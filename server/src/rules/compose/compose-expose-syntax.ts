// NL406: an `expose` entry that is not a container port or port range (`8080:80` belongs in `ports`).

import { isMap } from 'yaml';
import { defineRule } from '../rule';
import { composeFile, composeServices, goFloat, indexedPath, items, partSpan } from './compose';
import { mobyParsePortRange } from './port-entries';

export default defineRule({
  code: 'NL406',
  name: 'compose-expose-syntax',
  group: 'compose',
  severity: 'error',
  description: 'An expose entry that is not <port>[/<proto>] or <start>-<end>[/<proto>].',
  upstream: {
    tool: 'docker compose',
    source: 'docker compose pkg/compose/create.go buildContainerPorts -> moby network.ParsePortRange; compose-go override/uncity.go exposeIndexer',
    note: 'Messages as docker compose 5.1 and later print them; older releases passed the text to the Engine.',
  },
  fixable: false,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    for (const service of composeServices(ctx.file)) {
      const expose = isMap(service.node) ? service.node.get('expose', true) : undefined;
      for (const item of items(expose, [...service.path, 'expose'])) {
        const s = compose.scalar(item.node, item.path);
        if (!s) continue;
        if (s.go.type === 'float') {
          ctx.report({ span: s.span, message: `${indexedPath(item.path)}: unsupported expose value %!s(float64=${goFloat(s.go.float!)})` });
          continue;
        }
        if ((s.go.type !== 'string' && s.go.type !== 'int') || s.text === undefined) continue;
        const parsed = mobyParsePortRange(s.text);
        if (parsed.ok) continue;
        // Underline the part that failed when the text maps onto the source.
        const m = /'([^']*)'/.exec(parsed.message);
        const at = m ? s.text.indexOf(m[1]!) : -1;
        const span = at >= 0 && m![1] !== '' ? partSpan(s, at, at + m![1]!.length) : s.span;
        ctx.report({ span, message: parsed.message });
      }
    }
  },
});
