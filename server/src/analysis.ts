// The API boundary of the core: files and settings in, findings and hovers out, all plain data in offsets.

import type { Finding, HoverResult, Settings, SourceFile } from './types';
import { DEFAULT_SETTINGS } from './types';
import { parseYamlFile, type YamlFile } from './yaml/parse';
import { splitsSurrogatePair } from './text/span';
import { largeFileNotice } from './large-file';
import { RULES } from './rules/registry';
import type { Report, Rule } from './rules/rule';
import { hoverAt as hoverFor } from './hover/hover';
import { capacitiesOf, type CapacityLine } from './hover/capacity';
import { buildModel, EMPTY_MODEL, hasClusters, type ModelOptions } from './workspace/model';
import { emptyFacts, factsOf, mayHaveFacts } from './workspace/facts';
import { fileWorkspace, type FileWorkspace } from './workspace/view';
import { workspaceHoverAt } from './workspace/hover';
import type { FileFacts, WorkspaceModel } from './workspace/types';
import { buildPlan } from './plan/plan';
import { renderSvg } from './plan/svg';
import { renderHtml } from './plan/html';
import { explained, localize } from './l10n/localize';
import { completionsAt as completionsFor } from './complete/complete';
import { dualStackRefactorings } from './complete/dual-stack';
import type { CompletionItem, Refactoring } from './complete/types';

export type { CapacityLine } from './hover/capacity';
export type { CompletionItem, Refactoring } from './complete/types';
export type { FileFacts, WorkspaceModel } from './workspace/types';
export type { ModelOptions } from './workspace/model';
export { EMPTY_MODEL } from './workspace/model';
export { dependencyKey } from './workspace/dependencies';
export { sameFacts } from './workspace/facts';

export type { Finding, Fix, HoverResult, Settings, SourceFile, Severity, TextEdit } from './types';
export { DEFAULT_SETTINGS } from './types';

/** Parses are reused while a file's text is unchanged, so hover and code actions do not parse again. */
const parsed = new Map<string, YamlFile>();
const MAX_CACHED = 500;

/**
 * The cached parses that hold the syntax only (files over `netlens.maxFileSize`). Hovers and hints take them as
 * they are (and find nothing); a full check does not (the limit may have been raised since).
 */
const syntaxOnly = new WeakSet<YamlFile>();

/** Whether a cached parse was made from this input (the `.env` text is part of it: Compose values are interpolated with it). */
function parsedFrom(hit: YamlFile | undefined, file: SourceFile): hit is YamlFile {
  return hit !== undefined && hit.text === file.text && hit.source.languageId === file.languageId && hit.source.dotEnv === file.dotEnv;
}

function keep(file: YamlFile): void {
  parsed.delete(file.source.uri);
  parsed.set(file.source.uri, file);
  if (parsed.size > MAX_CACHED) parsed.delete(parsed.keys().next().value!);
}

export function parseFile(file: SourceFile): YamlFile {
  const hit = parsed.get(file.uri);
  return parsedFrom(hit, file) ? hit : fullParse(file);
}

/** The parse a full check reads: the cached one unless it holds the syntax only. */
function fullParse(file: SourceFile): YamlFile {
  const hit = parsed.get(file.uri);
  const lender = hit && !syntaxOnly.has(hit) ? hit : undefined;
  if (lender && parsedFrom(lender, file)) return lender;
  // The previous version lends its unchanged documents to the new parse (a syntax-only parse has none).
  const fresh = parseYamlFile(file, lender);
  keep(fresh);
  return fresh;
}

export function forgetFile(uri: string): void {
  parsed.delete(uri);
}

function runRule(rule: Rule, file: YamlFile, settings: Settings, workspace: FileWorkspace, out: Finding[]): void {
  const override = settings.rules[rule.code];
  if (override === 'off') return;
  const report = (r: Report): void => {
    let start = Math.max(0, Math.min(r.span.start, file.text.length));
    let end = Math.max(start, Math.min(r.span.end, file.text.length));
    // Never half an astral character (a value the parser cut at the end of the text can end in one).
    if (splitsSurrogatePair(file.text, start)) start--;
    if (splitsSurrogatePair(file.text, end)) end++;
    out.push({
      code: rule.code,
      severity: override ?? r.severity ?? rule.severity,
      message: explained(rule.description, r.message),
      span: { start, end },
      fixes: r.fixes ?? [],
      related: r.related ?? [],
      ...(r.tags ? { tags: r.tags } : {}),
    });
  };
  try {
    rule.check({ file, settings, workspace, report });
  } catch (error) {
    // A check never takes the others down; the failure itself becomes visible instead of a silent gap.
    out.push({
      code: 'NL000',
      severity: 'information',
      message: localize('NetLens rule {0} ({1}) failed on this file: {2}', rule.code, rule.name, error instanceof Error ? error.message : String(error)),
      span: { start: 0, end: 0 },
      fixes: [],
      related: [],
    });
  }
}

/**
 * All findings for one file, sorted by position. `model` is the workspace the file belongs to (built by
 * `buildWorkspace`, or kept by the language server's index); alone, a file is checked against the settings' cluster.
 */
export function analyzeFile(source: SourceFile, settings: Settings = DEFAULT_SETTINGS, model: WorkspaceModel = EMPTY_MODEL): Finding[] {
  if (!settings.enable) return [];
  if (source.text.length > (settings.maxFileSize ?? Infinity)) return largeFile(source, settings, model);
  return analyzeParsed(fullParse(source), settings, model);
}

/**
 * The large-file policy (`netlens.maxFileSize`): YAML syntax only, and an information diagnostic that says so. The
 * syntax-only parse is what the cache keeps for this text, so hovers and hints find nothing rather than parse again.
 */
function largeFile(source: SourceFile, settings: Settings, model: WorkspaceModel): Finding[] {
  const hit = parsed.get(source.uri);
  // Checked again unchanged (another file changed, a code action): the syntax-only parse is reused, not made again.
  const file = parsedFrom(hit, source) && syntaxOnly.has(hit) ? hit : parseYamlFile(source, undefined, true);
  syntaxOnly.add(file);
  keep(file);
  if (file.templated) return [];
  return [largeFileNotice(source.text.length, settings.maxFileSize!), ...analyzeParsed(file, settings, model)];
}

function analyzeParsed(file: YamlFile, settings: Settings, model: WorkspaceModel): Finding[] {
  if (file.templated) return [];
  const workspace = fileWorkspace(model, file.source.uri, settings);
  const out: Finding[] = [];
  for (const rule of RULES) runRule(rule, file, settings, workspace, out);
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
  return out;
}

/** Findings for several files treated as one workspace: the model is built once from all of them. */
export function analyzeFiles(sources: readonly SourceFile[], settings: Settings = DEFAULT_SETTINGS, options: ModelOptions = {}): Map<string, Finding[]> {
  const result = new Map<string, Finding[]>();
  if (!settings.enable) {
    for (const source of sources) result.set(source.uri, []);
    return result;
  }
  const files = sources.map((s) => fullParse(s));
  const model = buildModel(files.map((f) => safeFacts(f, settings)), options);
  for (const file of files) result.set(file.source.uri, analyzeParsed(file, settings, model));
  return result;
}

/**
 * What one file contributes to the workspace model. `cached: false` (indexing) parses without touching the editor's
 * parse cache, and not at all when the text cannot contribute (`mayHaveFacts`).
 */
export function workspaceFacts(source: SourceFile, settings: Settings = DEFAULT_SETTINGS, cached = true): FileFacts {
  if (!cached && !mayHaveFacts(source.text, source.uri)) return emptyFacts(source.uri);
  // Above netlens.maxFileSize a file gets its syntax checked only: it takes no part in the model either.
  if (source.text.length > (settings.maxFileSize ?? Infinity)) return emptyFacts(source.uri);
  return safeFacts(cached ? fullParse(source) : parseYamlFile(source), settings);
}

/** The workspace model of several files (the CLI's paths, the language server's folders and open documents). */
export function buildWorkspace(facts: Iterable<FileFacts>, options: ModelOptions = {}): WorkspaceModel {
  return buildModel(facts, options);
}

function safeFacts(file: YamlFile, settings: Settings): FileFacts {
  try {
    return factsOf(file, settings);
  } catch {
    // A file NetLens cannot read contributes nothing; its own rules report what is wrong with it.
    return emptyFacts(file.source.uri);
  }
}

export function hoverAt(source: SourceFile, offset: number, settings: Settings = DEFAULT_SETTINGS, model: WorkspaceModel = EMPTY_MODEL): HoverResult | undefined {
  const file = parseFile(source);
  if (file.templated) return undefined;
  try {
    const base = hoverFor(file, offset, settings);
    // Notes say what a value was checked against: with no cluster anywhere there is none to write.
    const note = hasClusters(model, settings) ? workspaceHoverAt(file, offset, fileWorkspace(model, file.source.uri, settings), settings) : undefined;
    if (!note) return base;
    if (!base) return note;
    // The workspace note says what the value under the cursor was checked against, after the value's own facts.
    return { span: base.span, markdown: `${base.markdown}\n\n${note.markdown}` };
  } catch {
    return undefined;
  }
}

/** The address plan of a workspace, drawn as a standalone SVG or an HTML page (the VS Code webview shows the page). */
export function addressPlan(model: WorkspaceModel, format: 'svg' | 'html', settings?: Settings): string {
  const plan = buildPlan(model, settings);
  return format === 'svg' ? renderSvg(plan) : renderHtml(plan);
}

/** Every CIDR of the file's known fields with its size and meaning, for `netlens lint --capacities`. */
export function capacities(source: SourceFile): CapacityLine[] {
  const file = parseFile(source);
  if (file.templated) return [];
  try {
    return capacitiesOf(file);
  } catch {
    return [];
  }
}

/** Completions at `offset`: enum values and Compose port keys of the field under the cursor. */
export function completionsAt(source: SourceFile, offset: number): CompletionItem[] {
  try {
    return completionsFor(parseFile(source), offset);
  } catch {
    return [];
  }
}

/** Rewrites offered for `span` without a diagnostic, such as "Make this Service dual-stack". */
export function refactoringsAt(source: SourceFile, span: { readonly start: number; readonly end: number }): Refactoring[] {
  try {
    return dualStackRefactorings(parseFile(source), span);
  } catch {
    return [];
  }
}
