// The invariants every input must keep (ARCHITECTURE.md): no check throws (no NL000), every range lies inside its
// document, every fix applies cleanly, keeps the YAML parseable, removes its own finding and adds no new error; and
// nothing takes long. Shared by the CI fuzz tests and the long run (npm run fuzz).

import { performance } from 'node:perf_hooks';
import { analyzeFile, forgetFile, parseFile } from '../../server/src/analysis';
import { applyEdits } from '../../server/src/fixes';
import { hoverAt } from '../../server/src/hover/hover';
import { capacitiesOf } from '../../server/src/hover/capacity';
import { DEFAULT_SETTINGS, type Finding, type Settings } from '../../server/src/types';
import type { Input } from './arbitraries';

export type ProblemKind = 'crash' | 'hang' | 'range' | 'fix-apply' | 'fix-breaks-yaml' | 'fix-keeps-finding' | 'fix-adds-error';

export interface Problem {
  readonly kind: ProblemKind;
  readonly detail: string;
}

export interface CheckOptions {
  /** An analysis slower than this is a hang (ms). */
  readonly budgetMs?: number;
  /** At most this many fixes are applied and re-checked per input. */
  readonly maxFixes?: number;
  readonly settings?: Settings;
}

/**
 * Errors a fix may bring to light without causing them: the fix makes a value readable (or a setting effective), and
 * a check that could not judge it before now can. Keyed by the fixed code.
 */
const ANY_CHECK = /^NL[1-5]\d\d$/;
const UNMASKED: ReadonlyMap<string, RegExp> = new Map([
  // A value the owner could not read at all (spaces in a list item, leading zeros) or an object it could not decode
  // (a string where a number goes, extraArgs in the other version's form): once fixed, every check can judge it.
  ['NL100', ANY_CHECK],
  ['NL101', ANY_CHECK],
  ['NL102', ANY_CHECK],
  ['NL217', ANY_CHECK],
  ['NL224', ANY_CHECK],
  ['NL306', ANY_CHECK],
  // ipFamilies (or the removed ipFamily, replaced) or an EndpointSlice's addressType spelt right: the families and
  // addresses are judged by them.
  ['NL201', /^NL2\d\d$/],
  ['NL205', /^NL2\d\d$/],
  // A duplicate family removed: the policy is validated against the families left, as upstream does next.
  ['NL202', /^NL2\d\d$/],
  ['NL230', /^NL[12]\d\d$/],
  // clusterIP and clusterIPs made to agree: the Service's families and policy are validated next, as upstream does.
  ['NL206', /^NL2\d\d$/],
  // The field removed: kube-apiserver validates the annotation it took precedence over.
  ['NL214', /^NL215$/],
  // enable_ipv6 set: the IPv6 pools are no longer ignored, and their ranges, gateways and addresses are checked.
  ['NL411', /^NL41\d$/],
  // kind's ipFamily spelt as kind spells it: the subnets are checked against that family.
  ['NL501', /^NL50\d$/],
]);

/** Codes that speak about the file rather than a value in it: the syntax rule and the large-file notice. */
const FILE_LEVEL = new Set(['NL001', 'NL002']);

function lowSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
}

function rangeProblem(text: string, span: { start: number; end: number }, what: string): string | undefined {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return `${what} [${start},${end}) outside [0,${text.length}]`;
  if (lowSurrogateAt(text, start) || lowSurrogateAt(text, end)) return `${what} [${start},${end}) splits a surrogate pair`;
  return undefined;
}

function analyze(uri: string, text: string, settings: Settings, budgetMs: number, problems: Problem[], label: string): Finding[] | undefined {
  const started = performance.now();
  let findings: Finding[];
  try {
    findings = analyzeFile({ uri, text }, settings);
  } catch (error) {
    problems.push({ kind: 'crash', detail: `${label}: analyzeFile threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` });
    return undefined;
  }
  const ms = performance.now() - started;
  if (ms > budgetMs) problems.push({ kind: 'hang', detail: `${label}: analysis took ${ms.toFixed(0)} ms (budget ${budgetMs} ms) on ${text.length} characters` });
  for (const f of findings) if (f.code === 'NL000') problems.push({ kind: 'crash', detail: `${label}: ${f.message}` });
  return findings;
}

const errorsByCode = (findings: readonly Finding[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error') out.set(f.code, (out.get(f.code) ?? 0) + 1);
  return out;
};

export function checkInput(input: Input, options: CheckOptions = {}): Problem[] {
  const budgetMs = options.budgetMs ?? 2000;
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const uri = `file:///fuzz/${input.file}`;
  const text = input.text;
  const problems: Problem[] = [];
  forgetFile(uri);
  const findings = analyze(uri, text, settings, budgetMs, problems, 'input');
  if (!findings) return problems;

  // Ranges: inside the text, never inside a surrogate pair, and (but for file-level codes) inside one document.
  // A document with YAML errors can hold nodes past the range `yaml` gives it, so that last check is for clean files.
  const parsed = parseFile({ uri, text });
  const docs = parsed.syntax.some((p) => p.severity === 'error') ? undefined : parsed.docs.map((d) => d.doc.range);
  for (const f of findings) {
    const where = `${f.code} ${JSON.stringify(f.message.slice(0, 120))}`;
    const bad = rangeProblem(text, f.span, where);
    if (bad) problems.push({ kind: 'range', detail: bad });
    else if (docs && !FILE_LEVEL.has(f.code) && !docs.some((r) => r[0] <= f.span.start && f.span.end <= r[2])) {
      problems.push({ kind: 'range', detail: `${where} [${f.span.start},${f.span.end}) is in no document (${JSON.stringify(docs)})` });
    }
    for (const r of f.related) {
      if (r.uri !== uri) continue;
      const badRelated = rangeProblem(text, r.span, `${where} related`);
      if (badRelated) problems.push({ kind: 'range', detail: badRelated });
    }
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
      for (const e of edits) {
        const badEdit = rangeProblem(text, e.span, `${where} fix "${fix.title}"`);
        if (badEdit) problems.push({ kind: 'fix-apply', detail: badEdit });
      }
      for (let i = 1; i < edits.length; i++) {
        if (edits[i]!.span.start < edits[i - 1]!.span.end) problems.push({ kind: 'fix-apply', detail: `${where} fix "${fix.title}" has overlapping edits` });
      }
    }
  }
  // Hovers and capacity lines throw nothing either (the adapters swallow errors; here they would be found). Checked on
  // the input's own parse, before the fixed versions below borrow its documents, and on every input.
  try {
    capacitiesOf(parsed);
    for (let i = 0; i < 8; i++) hoverAt(parsed, Math.floor((text.length * i) / 7), settings);
  } catch (error) {
    problems.push({ kind: 'crash', detail: `hover/capacities threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` });
  }
  if (problems.length > 0) return problems;

  // Fixes, each applied alone, on a file that parsed: it removes its own finding (the same code and message), keeps
  // the YAML parseable and adds no error (but those its fix lets another check see: UNMASKED).
  const before = errorsByCode(findings);
  const parsedBefore = (before.get('NL001') ?? 0) === 0;
  let applied = 0;
  for (const f of findings) {
    for (const fix of f.fixes) {
      if (applied++ >= (options.maxFixes ?? 12)) return problems;
      const fixed = applyEdits(text, fix.edits);
      const label = `fix "${fix.title}" of ${f.code} ${JSON.stringify(f.message.slice(0, 160))}`;
      const after = analyze(uri, fixed, settings, budgetMs, problems, label);
      if (!after) continue;
      // A file that does not parse gets best-effort fixes: they must apply cleanly, nothing more is promised.
      if (!parsedBefore) continue;
      const same = (x: Finding): boolean => x.code === f.code && x.message === f.message;
      if (after.filter(same).length >= findings.filter(same).length) problems.push({ kind: 'fix-keeps-finding', detail: `${label}: still reported` });
      const errorsAfter = errorsByCode(after);
      if ((errorsAfter.get('NL001') ?? 0) > 0) {
        problems.push({ kind: 'fix-breaks-yaml', detail: `${label}: ${after.filter((x) => x.code === 'NL001').map((x) => x.message).join('; ')}` });
        continue;
      }
      for (const [code, n] of errorsAfter) {
        if (n <= (before.get(code) ?? 0) || UNMASKED.get(f.code)?.test(code)) continue;
        const added = after.filter((x) => x.code === code && x.severity === 'error').map((x) => x.message).filter((m) => !findings.some((y) => y.code === code && y.message === m));
        problems.push({ kind: 'fix-adds-error', detail: `${label}: adds ${code} ${JSON.stringify(added.slice(0, 2))}` });
      }
    }
  }

  return problems;
}

/** A short, reproducible description of a failing input for assertion messages. */
export function describeFailure(input: Input, problems: readonly Problem[]): string {
  return `${problems.length} problem(s) in ${input.file}:\n${problems.slice(0, 5).map((p) => `  ${p.kind}: ${p.detail}`).join('\n')}\ninput: ${JSON.stringify(input.text)}`;
}
