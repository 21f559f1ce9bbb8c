// Parses a YAML stream segment by segment, so that a new version of a text re-parses only the documents whose text
// changed and reuses the others (moved to their new offsets) from the version before.
//
// A segment starts at a document marker `---` at the start of a line and runs to the next one. The `yaml` lexer
// ends whatever it is in (block or flow collection, quoted or block scalar) at such a marker, so each segment parses
// alone exactly as it does inside the whole stream: the parser is started at the segment's offset, and every node
// range, source token and error position comes out in offsets of the whole text. Streams with directives (`%YAML`,
// `%TAG`), whose state crosses documents, are parsed whole. One difference remains, in comments only: a comment
// standing alone between documents after a parse error is the next document's `commentBefore` in a whole parse and
// is dropped here (NetLens reads no comments). test/fuzz checks the rest is equal to a whole parse.

import { checkDuplicateKeys, duplicateKeyErrors } from './duplicate-keys';
import { spliceDocument } from './splice';
import { EXACT_SOURCE } from './scalar-source';
import {
  Composer, Document, isCollection, isNode, isPair, Parser, visit, YAMLParseError,
  type DocumentOptions, type EmptyStream, type ParseOptions, type Scalar, type SchemaOptions,
} from 'yaml';

/**
 * `yaml`'s options, less `keepSourceTokens`: moved and spliced documents keep their node ranges right, not the
 * offsets inside a whole CST.
 */
export type StreamOptions = Omit<ParseOptions & DocumentOptions & SchemaOptions, 'keepSourceTokens'> & {
  /** Mark the scalars whose value is their source text (see markExactScalars). */
  readonly exactScalars?: boolean;
};

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly docs: readonly Document.Parsed[];
  /**
   * Whether the parse holds wherever the segment stands: not when it ran to the end of the text (a marker after it
   * would end an open collection differently), nor when a quoted scalar in it is left open (it looks for its closing
   * quote in the text after the segment).
   */
  readonly reusable: boolean;
}

/** One parse of a text: what `parseAllDocuments` returns, plus what the next version needs to reuse it. */
export interface StreamParse {
  readonly text: string;
  readonly result: Document.Parsed[] | EmptyStream;
  /** Absent when the text was parsed whole. */
  readonly segments?: readonly Segment[];
  /** How many documents were taken over from the previous version (for tests and benchmarks). */
  readonly reused: number;
  /** How many documents were taken over with one item re-parsed (yaml/splice.ts). */
  readonly spliced: number;
  /** Set once a newer version has taken this one's documents (and moved some of them). */
  usedUp?: boolean;
}

/**
 * Parses `text`. Given the parse of the version before, documents whose text did not change are taken from it, and
 * those after the change are moved to their new offsets in place: `previous` is used up, and its documents after
 * the change belong to the new parse from then on.
 */
export function parseStream(text: string, options: StreamOptions, lender?: StreamParse): StreamParse {
  const previous = lender && !lender.usedUp ? lender : undefined;
  if (previous) previous.usedUp = true;
  if (hasDirectives(text)) return { text, result: parseWhole(text, options), reused: 0, spliced: 0 };
  const starts = segmentStarts(text);
  const old = previous?.segments;
  let prefix = 0;
  let suffix = 0;
  let byStart: Map<number, Segment> | undefined;
  if (previous && old) {
    const before = previous.text;
    const limit = Math.min(before.length, text.length);
    while (prefix < limit && before.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    while (suffix < limit - prefix && before.charCodeAt(before.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
    byStart = new Map(old.map((s) => [s.start, s]));
  }
  const delta = previous ? text.length - previous.text.length : 0;
  const segments: Segment[] = [];
  const docs: Document.Parsed[] = [];
  let reused = 0;
  let spliced = 0;
  let streamInfo: EmptyStream | undefined;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = i + 1 < starts.length ? starts[i + 1]! : text.length;
    let segment: Segment | undefined;
    if (byStart) {
      // A segment is reused when its whole text lies in the unchanged prefix or the unchanged suffix.
      if (end <= prefix && end < text.length) {
        const hit = byStart.get(start);
        if (hit && hit.end === end && hit.reusable) segment = hit;
      } else if (start >= text.length - suffix) {
        const hit = byStart.get(start - delta);
        const last = end === text.length;
        if (hit && hit.end === end - delta && (hit.reusable || last)) segment = delta === 0 ? hit : { ...hit, start, end, docs: hit.docs.map((d) => shiftDocument(d, delta)) };
      }
      if (segment) reused += segment.docs.length;
      // The segment the edit falls in: its document may be kept with the one edited item parsed again.
      else if (start < prefix && end >= text.length - suffix) {
        const hit = byStart.get(start);
        const edit = { start: prefix, oldEnd: previous!.text.length - suffix, newEnd: text.length - suffix };
        if (hit && hit.end === end - delta && hit.docs.length === 1 && !UNREADABLE.has(hit.docs[0]!)) {
          const doc = hit.docs[0]!;
          const splice = spliceDocument(doc, previous!.text, text, edit, (from, to) => parseSegment(text, from, to, { ...options, uniqueKeys: false }));
          if (splice) {
            // The rest of the document had no error: only the new item and the keys beside it can repeat one.
            if (options.uniqueKeys !== false) doc.errors.push(...duplicateKeyErrors(splice.parent, false), ...duplicateKeyErrors(splice.item, true));
            segment = { start, end, docs: hit.docs, reusable: end < text.length && !doc.errors.some(isOpenQuote) };
            spliced++;
          }
        }
      }
    }
    if (!segment) {
      let parsed = end < text.length ? parseBeforeMarker(text, start, end, options) : parseSegment(text, start, end, options);
      // Something ran over the marker (a quoted scalar left open looks for its closing quote across markers): the
      // rest of the text is then one segment, parsed as the whole stream would parse it.
      const rest = parsed === undefined;
      parsed ??= parseSegment(text, start, text.length, options);
      if (!Array.isArray(parsed)) streamInfo = parsed;
      const docs = Array.isArray(parsed) ? parsed : [];
      segment = { start, end: rest ? text.length : end, docs, reusable: !rest && end < text.length && !docs.some((d) => d.errors.some(isOpenQuote)) };
      if (rest) i = starts.length;
    }
    segments.push(segment);
    docs.push(...segment.docs);
  }
  // Only a text that is a single segment can be an empty stream (every later segment starts with `---`).
  const result = docs.length > 0 ? docs : (streamInfo ?? parseWhole(text, options));
  return { text, result, segments, reused, spliced };
}

/**
 * Parses a segment with the line of the next marker after it, so that whatever is open at its end (a flow collection,
 * a scalar) is ended by the marker as in the whole stream, then drops the document that marker starts. Undefined when
 * that document does not start at the marker: something ran over it.
 */
function parseBeforeMarker(text: string, start: number, end: number, options: StreamOptions): Document.Parsed[] | undefined {
  const newline = text.indexOf('\n', end);
  const lookahead = newline === -1 ? text.length : newline + 1;
  const parsed = parseSegment(text, start, lookahead, options);
  if (Array.isArray(parsed) && parsed.length === 1 && UNREADABLE.has(parsed[0]!)) return [unreadable(text, start, end, options)];
  if (!Array.isArray(parsed) || parsed.length < 2 || parsed[parsed.length - 1]!.range[0] !== end) return undefined;
  return parsed.slice(0, -1);
}

function isOpenQuote(error: { code: string; message: string }): boolean {
  return error.code === 'MISSING_CHAR' && error.message.startsWith('Missing closing') && error.message.endsWith('quote');
}

function parseWhole(text: string, options: StreamOptions): Document.Parsed[] | EmptyStream {
  return parseSegment(text, 0, text.length, options);
}

function parseSegment(text: string, start: number, end: number, options: StreamOptions): Document.Parsed[] | EmptyStream {
  const source = start === 0 && end === text.length ? text : text.slice(start, end);
  const parser = new Parser();
  // Offsets of the whole text: the parser counts from here.
  parser.offset = start;
  const { exactScalars, ...yamlOptions } = options;
  // `yaml` looks for a duplicate key among all the keys before it in the map, which is quadratic in the size of the
  // map (a Compose file's 2,000 services: 2 million comparisons). The same check is made once per map below.
  const uniqueKeys = yamlOptions.uniqueKeys ?? true;
  if (uniqueKeys === true) yamlOptions.uniqueKeys = false;
  const composer = new Composer(yamlOptions);
  let docs: Document.Parsed[];
  try {
    docs = Array.from(composer.compose(parser.parse(source))) as Document.Parsed[];
    // One walk of each tree does both.
    const mark = exactScalars ? (node: Scalar): void => markExact(node, text) : undefined;
    for (const doc of docs) {
      if (uniqueKeys === true) checkDuplicateKeys(doc, mark);
      else if (exactScalars) markExactScalars(doc, text);
    }
  } catch (error) {
    // `yaml` recurses once per level of block nesting and runs out of stack some thousands of levels deep.
    if (!(error instanceof RangeError)) throw error;
    return [unreadable(text, start, end, options)];
  }
  if (docs.length > 0) return docs;
  return Object.assign([], { empty: true } as const, composer.streamInfo());
}

const UNREADABLE = new WeakSet<object>();

/** An empty document in place of a segment the parser could not read, with the error that says why. */
function unreadable(text: string, start: number, end: number, options: StreamOptions): Document.Parsed {
  const doc = new Document(null, options) as unknown as Document.Parsed;
  const lineEnd = text.indexOf('\n', start);
  doc.range = [start, end, end];
  doc.errors.push(new YAMLParseError([start, lineEnd === -1 || lineEnd > end ? end : lineEnd], 'RESOURCE_EXHAUSTION', 'This document is nested too deeply for the YAML parser to read'));
  UNREADABLE.add(doc);
  return doc;
}

/** A directive line anywhere makes the stream's documents depend on each other: such a text is parsed whole. */
function hasDirectives(text: string): boolean {
  return text.startsWith('%') || text.startsWith('\uFEFF%') || text.includes('\n%');
}

/**
 * Where segments start: 0, then every `---` at the start of a line followed by a space, tab, line break or the end.
 * Leading comments and blank lines stay with the first document, as a whole parse attaches them to it.
 */
export function segmentStarts(text: string): number[] {
  const starts = [0];
  const ends = markers(text, '...');
  let e = 0;
  let previous = 0;
  for (const marker of markers(text, '---')) {
    if (marker === 0) continue;
    // What follows a document end marker `...` belongs to the document the next `---` starts: no cut there.
    while (e < ends.length && ends[e]! < previous) e++;
    const afterEnd = e < ends.length && ends[e]! < marker;
    previous = marker;
    if (afterEnd || opensWithFlowEnd(text, marker + 3)) continue;
    if (starts.length > 1 || !onlyCommentsBefore(text, marker)) starts.push(marker);
  }
  return starts;
}

/**
 * Whether the document after a `---` starts with a stray `]` or `}` (after spaces, line breaks, comments, anchors
 * and tags). The parser reports such a token before the new document has begun, so a whole parse gives the error to
 * the document before: the two documents are one segment, parsed together.
 */
function opensWithFlowEnd(text: string, from: number): boolean {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35 /* # */) {
      const end = text.indexOf('\n', i);
      if (end === -1) return false;
      i = end + 1;
    } else if (c === 38 /* & */ || c === 33 /* ! */) {
      while (i < text.length && !/\s/.test(text[i]!)) i++;
    } else return c === 93 /* ] */ || c === 125 /* } */;
  }
  return false;
}

/** Offsets of `marker` (`---` or `...`) at the start of a line and followed by a space, tab, line break or the end. */
function markers(text: string, marker: string): number[] {
  const out: number[] = [];
  let at = text.startsWith(marker) ? 0 : text.indexOf(`\n${marker}`);
  while (at !== -1) {
    const start = at === 0 && text.startsWith(marker) ? 0 : at + 1;
    const after = text.charCodeAt(start + 3);
    // NaN past the end; space, tab, \n, \r.
    if (Number.isNaN(after) || after === 32 || after === 9 || after === 10 || after === 13) out.push(start);
    at = text.indexOf(`\n${marker}`, start + 3);
  }
  return out;
}

function onlyCommentsBefore(text: string, end: number): boolean {
  let lineStart = 0;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const line = text.slice(lineStart, lineEnd).replace(/^\uFEFF/, '').trim();
    if (line !== '' && !line.startsWith('#')) return false;
    lineStart = lineEnd + 1;
  }
  return true;
}

/**
 * What NetLens keeps of the CST: for each plain or quoted scalar whose value is its source text (less the quotes),
 * the mark `EXACT_SOURCE` as its `srcToken`, so that offsets inside the value are offsets in the source
 * (yaml/scalar-source.ts). A value with escapes, folding or line breaks has no mark. Marking compares the value
 * with the text in place and allocates nothing; keeping the whole CST (`keepSourceTokens`) costs a fifth more
 * parse time and holds several objects per node for as long as the parse is cached. A moved document keeps its
 * marks: its text is the same.
 */
export function markExactScalars(doc: Document.Parsed, text: string): void {
  visit(doc, { Scalar: (_key, node) => markExact(node, text) });
}

function markExact(node: Scalar, text: string): void {
  if (!node.range || typeof node.value !== 'string') return;
  const open = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : node.type === 'PLAIN' ? 0 : -1;
  if (open < 0) return;
  const [start, end] = node.range;
  const value = node.value;
  if (end > start && value.length === Math.max(0, end - start - 2 * open) && text.startsWith(value, start + open)) {
    (node as { srcToken?: unknown }).srcToken = EXACT_SOURCE;
  }
}

// ---- Moving a parsed document to a new offset ------------------------------------------------------------------
//
// A reused document after the edit keeps its tree, and every position in it moves by the length difference: node
// ranges and error positions, in place (scalar sources hold text, not offsets). Copying the tree instead costs as
// much as parsing it again, so the previous version is used up: its parse is marked and never lent twice.

function shiftDocument(doc: Document.Parsed, delta: number): Document.Parsed {
  const moveRange = (range: number[] | null | undefined): void => {
    if (range) for (let i = 0; i < range.length; i++) range[i]! += delta;
  };
  // Nodes form a tree (aliases name their anchor; they do not point at it).
  const moveNode = (node: unknown): void => {
    if (isPair(node)) {
      moveNode(node.key);
      moveNode(node.value);
    } else if (isNode(node)) {
      moveRange(node.range as number[] | undefined);
      if (isCollection(node)) for (const item of node.items) moveNode(item);
    }
  };
  moveRange(doc.range);
  moveNode(doc.contents);
  for (const e of doc.errors) moveRange(e.pos);
  for (const e of doc.warnings) moveRange(e.pos);
  return doc;
}

