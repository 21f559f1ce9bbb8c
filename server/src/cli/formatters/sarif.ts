// The SARIF 2.1.0 format, for code-scanning services: one run, every rule described, one result per finding.
//
// SARIF lines and columns are 1-based. Columns count UTF-16 code units (the run says so with
// `columnKind: "utf16CodeUnits"`), so a column is the LSP character plus one; endColumn is exclusive.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../types';
import type { Span } from '../../text/span';
import { RULES } from '../../rules/registry';
import type { LintedFile, LintResult } from '../lint';
import { ruleDocsUri } from '../../node/rule-docs';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Relative artifact URIs are relative to the folder the CLI ran in. */
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

interface Region { startLine: number; startColumn: number; endLine: number; endColumn: number }
interface ArtifactLocation { uri: string; uriBaseId?: string }

export function toSarif(result: LintResult, context: { cwd: string; version: string }): object {
  const ruleIndex = new Map(RULES.map((r, i) => [r.code, i]));
  const byUri = new Map(result.files.map((f) => [f.uri, f]));
  const rules = RULES.map((rule) => {
    const helpUri = ruleDocsUri(rule.code);
    return {
      id: rule.code,
      name: rule.name,
      shortDescription: { text: rule.description },
      defaultConfiguration: { level: LEVEL[rule.severity] },
      ...(helpUri ? { helpUri } : {}),
    };
  });
  const results = result.files.flatMap((file) =>
    file.findings.map((finding) => {
      const index = ruleIndex.get(finding.code);
      const related = finding.related.flatMap((r, id) => {
        const other = byUri.get(r.uri);
        return other ? [{ id, physicalLocation: physical(other, r.span), message: { text: r.message } }] : [];
      });
      const fixes = finding.fixes.filter((f) => f.safe).map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [{
          artifactLocation: artifact(file),
          replacements: fix.edits.map((e) => ({ deletedRegion: region(file, e.span), insertedContent: { text: e.newText } })),
        }],
      }));
      return {
        ruleId: finding.code,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: physical(file, finding.span) }],
        ...(related.length > 0 ? { relatedLocations: related } : {}),
        ...(fixes.length > 0 ? { fixes } : {}),
      };
    }),
  );
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'NetLens', version: context.version, semanticVersion: context.version, rules } },
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

export function formatSarif(result: LintResult, context: { cwd: string; version: string }): string {
  return JSON.stringify(toSarif(result, context), null, 2) + '\n';
}

function physical(file: LintedFile, span: Span): { artifactLocation: ArtifactLocation; region: Region } {
  return { artifactLocation: artifact(file), region: region(file, span) };
}

function region(file: LintedFile, span: Span): Region {
  const r = file.lines.rangeOf(span);
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** A path given relative stays relative (to %SRCROOT%, the working folder); an absolute one becomes a file: URI. */
function artifact(file: LintedFile): ArtifactLocation {
  if (path.isAbsolute(file.path)) return { uri: file.uri };
  return { uri: file.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
