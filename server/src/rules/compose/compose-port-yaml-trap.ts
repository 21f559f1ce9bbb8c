// NL403: port values whose YAML spelling means something else to some parser: an unquoted HOST:CONTAINER
// (base-60 in YAML 1.1), or a number docker compose's go-yaml reads differently than written (`0777` is 511).

import { isMap, Scalar } from 'yaml';
import type { Fix } from '../../types';
import { defineRule, type RuleContext } from '../rule';
import { composeFile, composeServices, items, type ComposeFile, type ComposeScalar } from './compose';
import { portEntries } from './port-entries';
import { localize } from '../../l10n/localize';

// YAML 1.1 sexagesimal int and float (yaml.org/type/int.html, float.html).
const BASE60 = /^[-+]?(?:[1-9][0-9_]*(?::[0-5]?[0-9])+|[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$/;

function base60Value(text: string): string {
  const sign = text.startsWith('-') ? -1 : 1;
  const [whole, fraction] = text.replace(/^[-+]/, '').replace(/_/g, '').split('.');
  let value = 0;
  for (const part of whole!.split(':')) value = value * 60 + Number(part);
  return String(sign * (fraction !== undefined ? value + Number(`0.${fraction || '0'}`) : value));
}

/** The value double-quoted; after an indicator with no space between (`-` then a lone CR), with that space. */
function quoted(ctx: RuleContext, s: ComposeScalar): string {
  const before = ctx.file.text[s.span.start - 1];
  return `${before === '-' || before === ':' ? ' ' : ''}${JSON.stringify(s.raw)}`;
}

const UPSTREAM = 'HOST:CONTAINER should always be specified as a (quoted) string, to avoid conflicts with yaml base-60 float';

function checkUnquoted(ctx: RuleContext, s: ComposeScalar): void {
  if (s.node.type !== Scalar.PLAIN || s.go.type !== 'string' || !s.raw.includes(':')) return;
  const quote: Fix = { title: localize('Quote the mapping'), edits: [{ span: s.span, newText: quoted(ctx, s) }], safe: true };
  if (BASE60.test(s.raw)) {
    ctx.report({ span: s.span, message: `${UPSTREAM} (a YAML 1.1 parser reads ${s.raw} as the number ${base60Value(s.raw)})`, fixes: [quote] });
  } else {
    ctx.report({ span: s.span, message: UPSTREAM, severity: 'information', fixes: [quote] });
  }
}

function checkNumber(ctx: RuleContext, s: ComposeScalar | undefined): void {
  if (!s || s.go.type !== 'int' || s.node.type !== Scalar.PLAIN || s.text === undefined || s.text === s.raw) return;
  if (!/^[+-]?0[0-9xXoObB_]/.test(s.raw) && !s.raw.includes('_')) return;
  ctx.report({
    span: s.span,
    message: `docker compose reads ${s.raw} as the number ${s.text} (go-yaml keeps YAML 1.1 octal, hex, binary and _ separators): write ${s.text}, or quote it for the decimal reading`,
    fixes: [
      { title: localize('Write {0}', s.text), edits: [{ span: s.span, newText: s.text }], safe: true },
      // Quoted, only decimal digits read as the port they spell (compose's strconv.Atoi): "0x10" is no port at all.
      ...(/^[0-9]+$/.test(s.raw) ? [{ title: localize('Quote it ("{0}")', s.raw), edits: [{ span: s.span, newText: quoted(ctx, s) }], safe: false }] : []),
    ],
  });
}

function checkExpose(ctx: RuleContext, compose: ComposeFile): void {
  for (const service of composeServices(compose.file)) {
    const expose = isMap(service.node) ? service.node.get('expose', true) : undefined;
    for (const item of items(expose, [...service.path, 'expose'])) checkNumber(ctx, compose.scalar(item.node, item.path));
  }
}

export default defineRule({
  code: 'NL403',
  name: 'compose-port-yaml-trap',
  group: 'compose',
  severity: 'warning',
  description: 'A port written so that a YAML parser reads it differently: unquoted HOST:CONTAINER (base-60 in YAML 1.1), or a leading-zero, hex or underscored number.',
  upstream: {
    tool: 'docker compose',
    source: 'compose-spec 05-services.md (ports); go-yaml resolve.go (YAML 1.1 octal kept, base-60 dropped)',
    note: 'docker compose v2/v5 (go-yaml v3/v4) read 22:22 as a string; YAML 1.1 tools (docker-compose v1, PyYAML) read it as 1342.',
  },
  fixable: true,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    for (const entry of portEntries(compose)) {
      if (entry.kind === 'short') {
        checkUnquoted(ctx, entry.scalar);
        checkNumber(ctx, entry.scalar);
      } else {
        checkNumber(ctx, entry.fields.get('target')?.scalar);
        checkNumber(ctx, entry.fields.get('published')?.scalar);
      }
    }
    checkExpose(ctx, compose);
  },
});
