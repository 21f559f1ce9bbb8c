// NL419: the top-level `version` key, obsolete since the Compose Specification; docker compose warns and
// ignores it, and refuses it when it is not a string (an unquoted `version: 3.8` is a number).

import { isMap, isScalar, type Pair } from 'yaml';
import type { Fix } from '../../types';
import { defineRule } from '../rule';
import { composeFile, composeFileName, keySpan } from './compose';
import { localize } from '../../l10n/localize';
import { lineStart } from '../../yaml/edits';

/** Removes the `version: ...` line (with its line break) when the pair stands alone on its line. */
function removeLine(text: string, pair: Pair): Fix | undefined {
  const key = keySpan(pair);
  const value = pair.value as { range?: [number, number, number] } | null;
  if (!key) return undefined;
  const start = lineStart(text, key.start);
  if (start !== key.start) return undefined;
  let end = value?.range ? value.range[1] : key.end;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') {
    if (!/[ \t]/.test(text[end]!) && text[end] !== '#') return undefined;
    if (text[end] === '#') {
      while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
      break;
    }
    end++;
  }
  if (text[end] === '\r' && text[end + 1] === '\n') end += 2;
  else if (end < text.length) end++;
  return { title: localize('Remove the version line'), edits: [{ span: { start, end }, newText: '' }], safe: true };
}

export default defineRule({
  code: 'NL419',
  name: 'compose-version',
  group: 'compose',
  severity: 'warning',
  description: 'The obsolete top-level version key (an error when it is not a string).',
  upstream: {
    tool: 'docker compose',
    source: 'compose-go loader/loader.go warnObsoleteVersion; schema/compose-spec.json (version: string)',
    note: 'The warning exists since docker compose 2.25 (compose-go #575); the schema has required a string in every v2 and v5 release.',
  },
  fixable: true,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    const fileName = composeFileName(ctx.file);
    for (const doc of compose.docs) {
      const root = doc.doc.contents;
      if (!isMap(root)) continue;
      const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'version') as Pair | undefined;
      if (!pair) continue;
      const s = compose.scalar(pair.value, ['version']);
      const fix = removeLine(ctx.file.text, pair);
      if (s && s.go.type !== 'string') {
        // An empty value sits right after the colon: the quoted one needs its space (`version: ""`).
        const space = s.span.start === s.span.end && ctx.file.text[s.span.start - 1] === ':' ? ' ' : '';
        const quote: Fix = { title: localize('Quote the version'), edits: [{ span: s.span, newText: `${space}${JSON.stringify(s.raw)}` }], safe: true };
        ctx.report({ span: s.span, message: `validating ${fileName}: version must be a string`, severity: 'error', fixes: fix ? [fix, quote] : [quote] });
        continue;
      }
      ctx.report({
        span: keySpan(pair)!,
        message: `${fileName}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`,
        tags: ['deprecated'],
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  },
});
