// A plain-data picture of a parsed stream (every node with its range and source token, every error), so two parses
// can be compared for equality: the incremental parse of an edited text must equal a whole parse of it.
//
// Documents' own comments are left out: a comment that stands alone between two documents after a parse error goes
// to the document after it in a whole parse and nowhere in a segment-by-segment one (yaml/incremental.ts); nothing
// in NetLens reads comments. Errors are compared in position order: NetLens sorts what it reports, and the duplicate
// key check (yaml/incremental.ts) adds its errors after the parser's.

import { parseAllDocuments, type Document, type EmptyStream } from 'yaml';
import { markExactScalars } from '../../server/src/yaml/incremental';
import { checkDuplicateKeys } from '../../server/src/yaml/duplicate-keys';

/**
 * A whole parse of the text by `yaml` itself, with the same exact-scalar marks as parse.ts sets and the same one-pass
 * duplicate key check (whose errors stand at the repeated key itself; test/fuzz/incremental.test.ts compares that
 * check with `yaml`'s own).
 */
export function wholeParseSnapshot(text: string): unknown {
  const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  if (Array.isArray(parsed)) {
    for (const doc of parsed) {
      checkDuplicateKeys(doc);
      markExactScalars(doc, text);
    }
  }
  return snapshotStream(parsed);
}

export function snapshotStream(result: Document.Parsed[] | EmptyStream): unknown {
  if (!Array.isArray(result) || (result as { empty?: boolean }).empty) {
    const info = result as EmptyStream;
    return { empty: true, errors: info.errors.map((e) => [e.code, e.pos, e.message]), warnings: info.warnings.map((e) => [e.code, e.pos, e.message]) };
  }
  return result.map((doc) => ({
    range: doc.range,
    errors: sorted(doc.errors.map((e) => [e.code, e.pos, e.message] as const)),
    warnings: sorted(doc.warnings.map((e) => [e.code, e.pos, e.message] as const)),
    contents: plain(doc.contents, new Set()),
  }));
}

type Problem = readonly [string, readonly number[], string];

function sorted(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a[1][0]! - b[1][0]! || a[1][1]! - b[1][1]! || a[0].localeCompare(b[0]) || a[2].localeCompare(b[2]));
}

function plain(value: unknown, seen: Set<unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '<cycle>';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => plain(v, seen));
  const out: Record<string, unknown> = {};
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  if (proto && proto !== Object.prototype) out.$class = proto.constructor?.name?.replace(/^_/, '');
  for (const key of Object.keys(value).sort()) {
    if (key === 'schema') continue;
    out[key] = plain((value as Record<string, unknown>)[key], seen);
  }
  seen.delete(value);
  return out;
}
