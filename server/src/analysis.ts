// The API boundary of the core: files and settings in, findings and hovers out, all plain data in offsets.

import type { Finding, HoverResult, Settings, SourceFile } from './types';
import { DEFAULT_SETTINGS } from './types';
import { parseYamlFile, type YamlFile } from './yaml/parse';
import { RULES } from './rules/registry';
import type { Report, Rule } from './rules/rule';
import { hoverAt as hoverFor } from './hover/hover';
import { capacitiesOf, type CapacityLine } from './hover/capacity';

export type { CapacityLine } from './hover/capacity';

export type { Finding, Fix, HoverResult, Settings, SourceFile, Severity, TextEdit } from './types';
export { DEFAULT_SETTINGS } from './types';

/** Parses are reused while a file's text is unchanged, so hover and code actions do not parse again. */
const parsed = new Map<string, YamlFile>();
const MAX_CACHED = 500;

export function parseFile(file: SourceFile): YamlFile {
  const hit = parsed.get(file.uri);
  // The `.env` text is part of the input: Compose values are interpolated with it.
  if (hit && hit.text === file.text && hit.source.languageId === file.languageId && hit.source.dotEnv === file.dotEnv) return hit;
  const fresh = parseYamlFile(file);
  parsed.delete(file.uri);
  parsed.set(file.uri, fresh);
  if (parsed.size > MAX_CACHED) parsed.delete(parsed.keys().next().value!);
  return fresh;
}

export function forgetFile(uri: string): void {
  parsed.delete(uri);
}

function runRule(rule: Rule, file: YamlFile, settings: Settings, out: Finding[]): void {
  const override = settings.rules[rule.code];
  if (override === 'off') return;
  const report = (r: Report): void => {
    const start = Math.max(0, Math.min(r.span.start, file.text.length));
    const end = Math.max(start, Math.min(r.span.end, file.text.length));
    out.push({
      code: rule.code,
      severity: override ?? r.severity ?? rule.severity,
      message: r.message,
      span: { start, end },
      fixes: r.fixes ?? [],
      related: r.related ?? [],
      ...(r.tags ? { tags: r.tags } : {}),
    });
  };
  try {
    rule.check({ file, settings, report });
  } catch (error) {
    // A check never takes the others down; the failure itself becomes visible instead of a silent gap.
    out.push({
      code: 'NL000',
      severity: 'information',
      message: `NetLens rule ${rule.code} (${rule.name}) failed on this file: ${error instanceof Error ? error.message : String(error)}`,
      span: { start: 0, end: 0 },
      fixes: [],
      related: [],
    });
  }
}

/** All findings for one file, sorted by position. */
export function analyzeFile(source: SourceFile, settings: Settings = DEFAULT_SETTINGS): Finding[] {
  if (!settings.enable) return [];
  const file = parseFile(source);
  if (file.templated) return [];
  const out: Finding[] = [];
  for (const rule of RULES) runRule(rule, file, settings, out);
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
  return out;
}

/** Findings for several files treated as one workspace (cross-file checks build on this). */
export function analyzeFiles(sources: readonly SourceFile[], settings: Settings = DEFAULT_SETTINGS): Map<string, Finding[]> {
  const result = new Map<string, Finding[]>();
  for (const source of sources) result.set(source.uri, analyzeFile(source, settings));
  return result;
}

export function hoverAt(source: SourceFile, offset: number, settings: Settings = DEFAULT_SETTINGS): HoverResult | undefined {
  const file = parseFile(source);
  if (file.templated) return undefined;
  try {
    return hoverFor(file, offset, settings);
  } catch {
    return undefined;
  }
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
