// NL402: a value docker compose cannot interpolate: a malformed `${...}`, a required variable that is known to
// be empty, or an interpolated value that does not cast to the type compose-go expects at that path.

import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { interpolationMessage } from '../../yaml/interpolate';
import type { FieldPath } from '../../yaml/nodes';
import { subSpan } from '../../yaml/scalar-source';
import { defineRule, type RuleContext } from '../rule';
import { composeFile, rawText, treePath, type ComposeFile } from './compose';
import { localize } from '../../l10n/localize';

type Cast = 'int' | 'int64' | 'bool';

// compose-go loader/interpolate.go interpolateTypeCastMapping, without the float casts (cpus, ratios).
const CASTS: readonly (readonly [string, Cast])[] = [
  ['services.*.cpu_count', 'int64'], ['services.*.cpu_period', 'int64'], ['services.*.cpu_quota', 'int64'],
  ['services.*.cpu_rt_period', 'int64'], ['services.*.cpu_rt_runtime', 'int64'], ['services.*.cpu_shares', 'int64'],
  ['services.*.init', 'bool'], ['services.*.depends_on.*.required', 'bool'], ['services.*.depends_on.*.restart', 'bool'],
  ['services.*.deploy.replicas', 'int'], ['services.*.deploy.update_config.parallelism', 'int'],
  ['services.*.deploy.rollback_config.parallelism', 'int'], ['services.*.deploy.restart_policy.max_attempts', 'int'],
  ['services.*.deploy.placement.max_replicas_per_node', 'int'], ['services.*.healthcheck.retries', 'int'],
  ['services.*.healthcheck.disable', 'bool'], ['services.*.oom_kill_disable', 'bool'], ['services.*.oom_score_adj', 'int64'],
  ['services.*.pids_limit', 'int64'], ['services.*.ports.[].target', 'int'], ['services.*.privileged', 'bool'],
  ['services.*.read_only', 'bool'], ['services.*.scale', 'int'], ['services.*.stdin_open', 'bool'], ['services.*.tty', 'bool'],
  ['services.*.ulimits.*', 'int'], ['services.*.ulimits.*.hard', 'int'], ['services.*.ulimits.*.soft', 'int'],
  ['services.*.volumes.[].read_only', 'bool'], ['services.*.volumes.[].volume.nocopy', 'bool'],
  ['networks.*.external', 'bool'], ['networks.*.internal', 'bool'], ['networks.*.attachable', 'bool'],
  ['networks.*.enable_ipv4', 'bool'], ['networks.*.enable_ipv6', 'bool'],
  ['volumes.*.external', 'bool'], ['secrets.*.external', 'bool'], ['configs.*.external', 'bool'],
];

/** The patterns by their length and last segment ('*' for any key, '[]' for any index): a value's path is looked up twice. */
const CAST_PATTERNS = new Map<string, (readonly [readonly string[], Cast])[]>();
for (const [pattern, cast] of CASTS) {
  const parts = pattern.split('.');
  const key = `${parts.length}:${parts[parts.length - 1]}`;
  CAST_PATTERNS.set(key, [...(CAST_PATTERNS.get(key) ?? []), [parts, cast]]);
}

function castFor(path: FieldPath): Cast | undefined {
  if (path.length === 0) return undefined;
  const last = path[path.length - 1]!;
  const lastSegment = typeof last === 'number' ? '[]' : last;
  const byLast = CAST_PATTERNS.get(`${path.length}:${lastSegment}`);
  const byAnyKey = lastSegment === '[]' ? undefined : CAST_PATTERNS.get(`${path.length}:*`);
  for (const candidates of [byLast, byAnyKey]) {
    for (const [parts, cast] of candidates ?? []) if (matchesPattern(parts, path)) return cast;
  }
  return undefined;
}

function matchesPattern(parts: readonly string[], path: FieldPath): boolean {
  return parts.every((p, i) => {
    const s = path[i]!;
    const segment = typeof s === 'number' ? '[]' : s;
    return p === segment || (p === '*' && segment !== '[]');
  });
}

/** strconv.Quote for the error texts. */
function goQuote(s: string): string {
  return JSON.stringify(s);
}

/** compose-go's casts; a message when the text does not cast, a warning for YAML 1.1 booleans. */
function cast(kind: Cast, text: string): { error?: string; warning?: string } {
  if (kind === 'bool') {
    const lower = text.toLowerCase();
    if (lower === 'true' || lower === 'false') return {};
    if (['y', 'yes', 'on'].includes(lower)) return { warning: `${goQuote(text)} for boolean is not supported by YAML 1.2, please use \`true\`` };
    if (['n', 'no', 'off'].includes(lower)) return { warning: `${goQuote(text)} for boolean is not supported by YAML 1.2, please use \`false\`` };
    return { error: `invalid boolean: ${text}` };
  }
  const fn = kind === 'int' ? 'strconv.Atoi' : 'strconv.ParseInt';
  if (!/^[+-]?[0-9]+$/.test(text)) return { error: `${fn}: parsing ${goQuote(text)}: invalid syntax` };
  const n = BigInt(text);
  if (n > 9223372036854775807n || n < -9223372036854775808n) return { error: `${fn}: parsing ${goQuote(text)}: value out of range` };
  return {};
}

function walk(node: Node | null | undefined, path: FieldPath, visit: (node: Node, path: FieldPath) => void): void {
  if (!node) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      walk(pair.value as Node | null, [...path, String(pair.key.value)], visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item as Node | null, [...path, i], visit));
  } else if (isScalar(node)) {
    visit(node, path);
  }
}

function checkValue(ctx: RuleContext, compose: ComposeFile, node: Node, path: FieldPath): void {
  const kind = castFor(path);
  // Most values hold no `$` and need no cast: nothing to interpolate or check, and no view of them to build.
  if (kind === undefined && isScalar(node) && !rawText(node).includes('$')) return;
  const s = compose.scalar(node, path);
  if (!s || s.go.type !== 'string') return;
  const i = s.interpolation;
  if (i.kind === 'error') {
    ctx.report({ span: subSpan(s.node, i.error.start, i.error.end), message: interpolationMessage(i.error, treePath(path)) });
    return;
  }
  if (i.kind === 'resolved') {
    // Only a complete environment (settings.composeEnvComplete) knows a variable is unset.
    for (const use of i.uses) {
      if (use.how === 'unset') ctx.report({ span: s.span, message: `The ${JSON.stringify(use.name)} variable is not set. Defaulting to a blank string.`, severity: 'warning' });
    }
  }
  if (!kind || s.text === undefined) return;
  const result = cast(kind, s.text);
  if (result.error) {
    ctx.report({ span: s.span, message: `error while interpolating ${treePath(path)}: failed to cast to expected type: ${result.error}` });
  } else if (result.warning) {
    const replacement = /^(y|yes|on)$/i.test(s.text) ? 'true' : 'false';
    ctx.report({
      span: s.span,
      message: result.warning,
      severity: 'warning',
      ...(i.kind === 'literal' ? { fixes: [{ title: localize('Write `{0}`', replacement), edits: [{ span: s.span, newText: replacement }], safe: true }] } : {}),
    });
  }
}

export default defineRule({
  code: 'NL402',
  name: 'compose-interpolation',
  group: 'compose',
  severity: 'error',
  description: 'A value docker compose cannot interpolate: a malformed ${...}, a required variable without a value, or a result that does not cast to the expected type.',
  upstream: {
    tool: 'docker compose',
    source: 'compose-go template/template.go, interpolation/interpolation.go newPathError, loader/interpolate.go interpolateTypeCastMapping',
    note: 'All docker compose v2 and v5 releases; YAML 1.1 booleans (yes/no/on/off) are accepted with a warning.',
  },
  fixable: true,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    for (const doc of compose.docs) walk(doc.doc.contents as Node | null, [], (node, path) => checkValue(ctx, compose, node, path));
  },
});
