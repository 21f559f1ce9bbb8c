// Parses a file once into documents with exact spans, their kinds, and YAML syntax problems as data.

import type { Document } from 'yaml';
import type { SourceFile } from '../types';
import { splitsSurrogatePair, type Span } from '../text/span';
import { detectDocument, isComposeFileName, type DocumentKind } from './detect';
import { isTemplatedFile } from './template';
import { parseStream, type StreamParse } from './incremental';

export interface YamlDocument {
  readonly index: number;
  readonly doc: Document.Parsed;
  readonly kind: DocumentKind;
  readonly span: Span;
  /** A document with syntax errors is still checked where its tree is whole, but never guessed at. */
  readonly hasErrors: boolean;
}

export interface SyntaxProblem {
  readonly code: string;
  readonly message: string;
  readonly span: Span;
  readonly severity: 'error' | 'warning';
}

export interface YamlFile {
  readonly source: SourceFile;
  readonly text: string;
  readonly docs: readonly YamlDocument[];
  readonly syntax: readonly SyntaxProblem[];
  /** Helm/Jinja templates are skipped whole: they are not YAML until rendered. */
  readonly templated: boolean;
  readonly composeHint: boolean;
}

/** What the next version of a file needs to reuse the documents of this one (yaml/incremental.ts). */
const streams = new WeakMap<YamlFile, StreamParse>();

/**
 * Parses `source`; given the file's previous version, documents whose text did not change are taken over from it
 * (those after the change move to their new offsets: the previous version is used up, see yaml/incremental.ts).
 * `syntaxOnly` (the large-file policy) keeps the syntax problems and no documents, so nothing else is checked.
 */
export function parseYamlFile(source: SourceFile, previous?: YamlFile, syntaxOnly = false): YamlFile {
  const text = source.text;
  const composeHint = source.languageId === 'dockercompose' || isComposeFileName(source.uri);
  if (isTemplatedFile(text, source.languageId)) {
    return { source, text, docs: [], syntax: [], templated: true, composeHint };
  }
  const stream = parseStream(text, { prettyErrors: false, uniqueKeys: true, exactScalars: !syntaxOnly }, syntaxOnly ? undefined : previous && streams.get(previous));
  const parsed = stream.result;
  // An empty stream (only comments or directives) comes back as an EmptyStream with its own errors.
  const list = Array.isArray(parsed) ? parsed : [];
  const docs: YamlDocument[] = [];
  const syntax: SyntaxProblem[] = [];
  const streamErrors = (parsed as { errors?: { code: string; message: string; pos: [number, number] }[] }).errors;
  if (!Array.isArray(parsed) && streamErrors) {
    for (const e of streamErrors) syntax.push(problem(text, e.code, e.message, e.pos, 'error'));
  }
  list.forEach((doc, index) => {
    for (const e of doc.errors) syntax.push(problem(text, e.code, e.message, e.pos, 'error'));
    for (const w of doc.warnings) syntax.push(problem(text, w.code, w.message, w.pos, 'warning'));
    const range = doc.range ?? [0, text.length];
    if (!syntaxOnly) docs.push({
      index,
      doc,
      kind: detectDocument(doc.contents, composeHint),
      span: { start: range[0], end: range[1] },
      hasErrors: doc.errors.length > 0,
    });
  });
  const file: YamlFile = { source, text, docs, syntax, templated: false, composeHint };
  if (!syntaxOnly) streams.set(file, stream);
  return file;
}

/** Turns a `yaml` error into a problem with a clear one-line message and a range inside the text. */
function problem(text: string, code: string, message: string, pos: [number, number], severity: 'error' | 'warning'): SyntaxProblem {
  let start = Math.max(0, Math.min(pos[0], text.length));
  let end = Math.max(start, Math.min(pos[1], text.length));
  let clear = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'MULTILINE_IMPLICIT_KEY') {
    // The usual cause is a key whose ':' is missing; point at that key rather than at two lines.
    const firstLine = text.slice(start, end).split(/\r\n|\r|\n/)[0] ?? '';
    const key = /^\s*(-\s+)?([^\s:#][^:#]*?)\s*$/.exec(firstLine);
    if (key && key[2]) {
      start += firstLine.indexOf(key[2]);
      end = start + key[2].length;
      clear = `Implicit keys need to be on a single line: is the ':' after "${key[2]}" missing?`;
    }
  }
  if (end === start && end < text.length) end = start + 1;
  // Never half an astral character: an editor cannot place a position between a surrogate pair's halves.
  if (splitsSurrogatePair(text, start)) start--;
  if (splitsSurrogatePair(text, end)) end++;
  return { code, message: clear, span: { start, end }, severity };
}
