// Reuse inside one YAML document: an edit that stays inside one item of a block collection (a `key: value` pair of
// a block mapping, or a `- item` of a block sequence) re-parses that item alone and puts it in place of the old one.
// A Compose file is one document of a few thousand lines; a keystroke in it re-parses one line instead of the file.
//
// An item is taken when its text parses alone exactly as it does in place. That holds when the item's region (its
// first line up to the next line indented no deeper than the item, or the end of the document) has no comment, no
// tab, no explicit key (`?`), alias (`*`) or block scalar (`|`, `>`), every line of it after the first is blank or
// indented deeper than the item, both before and after the edit, the blank lines that end it are the same (they
// are left out of the parse; an item with an empty value before them is not taken), its own key is not empty (an
// empty key starts before the item's line), the line after it is no comment, and the old tree has no error. The new text must then parse, alone, into one item of
// the same kind at the same column with no error or warning. Otherwise the document is parsed whole.
// test/fuzz/incremental.test.ts (in CI) and `npm run fuzz:incremental` (the long run) hold the result equal to a
// whole parse over random and typing edits.

import { isMap, isNode, isPair, isScalar, isSeq, type Document, type EmptyStream, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/** An edit as the common prefix and suffix of two texts see it: `[start, oldEnd)` became `[start, newEnd)`. */
export interface Edit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

type Item = Pair | Node;

interface Candidate {
  readonly parent: YAMLMap | YAMLSeq;
  readonly index: number;
  readonly item: Item;
  /** Every collection from the document's root down to `parent`. */
  readonly ancestors: readonly (YAMLMap | YAMLSeq)[];
}

/** Items larger than this share of their document (unless it is small) are not worth taking apart: the document is parsed whole. */
const MAX_SHARE = 0.5;
const SMALL = 4096;
/** How far an edit is moved left at most (see slideLeft). */
const MAX_SLIDE = 256;

/** What a splice put where: the new item and the collection it now stands in. */
export interface Splice {
  readonly parent: YAMLMap | YAMLSeq;
  readonly item: Item;
}

/**
 * Re-parses only the item of `doc` the edit falls in and splices it into `doc` in place, moving every position after
 * it; returns undefined (and leaves `doc` untouched) when that cannot be done exactly. `parse` parses `[start, end)`
 * of the new text alone, with offsets of the whole text.
 */
export function spliceDocument(
  doc: Document.Parsed,
  before: string,
  text: string,
  edit: Edit,
  parse: (start: number, end: number) => Document.Parsed[] | EmptyStream,
): Splice | undefined {
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !doc.range) return undefined;
  edit = slideLeft(before, text, edit, doc.range[0]);
  const delta = edit.newEnd - edit.oldEnd;
  const docSize = doc.range[2] - doc.range[0];
  for (const candidate of candidatesAt(doc, edit.start).reverse()) {
    const head = itemHead(before, candidate.item);
    if (!head) continue;
    const { lineStart, column } = head;
    // The edit must leave the item's indentation alone and lie inside its region, with the line break that ends the
    // region unchanged.
    if (edit.start < lineStart + column) continue;
    const oldRegionEnd = regionEnd(before, lineStart, column, doc.range[2]);
    if (oldRegionEnd === undefined || oldRegionEnd - 1 < edit.oldEnd) continue;
    // A comment on the line after the region may be given to the item's last value (found by the long run).
    if (commentAt(before, oldRegionEnd)) continue;
    if (oldRegionEnd - lineStart > docSize * MAX_SHARE && docSize > SMALL) return undefined;
    const oldEnd = itemEnd(candidate.item);
    if (oldEnd === undefined || oldEnd > oldRegionEnd) continue;
    const newRegionEnd = oldRegionEnd + delta;
    // The new region must keep the shape too: deeper lines only, no comment, no tab. (A line the edit added at the
    // item's own indentation may still be inside the item around it.)
    if (regionEnd(text, lineStart, column, newRegionEnd) !== newRegionEnd) continue;
    // Blank lines that end the region tell the item after it that space comes before it (`spaceBefore`): they must be
    // the same lines, untouched by the edit.
    const blankOld = trailingBlankStart(before, lineStart, oldRegionEnd);
    if (edit.oldEnd > blankOld - 1 || oldEnd > blankOld || trailingBlankStart(text, lineStart, newRegionEnd) !== blankOld + delta) continue;
    // Those blank lines are left out of the parse: in place they belong to what follows, while at the end of a
    // text an empty value would take them.
    const parsed = parse(lineStart, blankOld + delta);
    if (!Array.isArray(parsed) || parsed.length !== 1) return undefined;
    const fragment = parsed[0]!;
    if (fragment.errors.length > 0 || fragment.warnings.length > 0) return undefined;
    const replacement = soleItem(fragment.contents, candidate.parent);
    if (!replacement || itemHead(text, replacement)?.column !== column) return undefined;
    // Before blank lines an empty value takes them (a line less indented follows) or leaves them to its next
    // sibling, which the item's text alone cannot tell.
    if (blankOld < oldRegionEnd && (hasEmptyValue(candidate.item) || hasEmptyValue(replacement))) return undefined;
    // An empty key starts where the lines before the item start (blank lines included), outside the fragment.
    if (hasEmptyKey(candidate.item) || hasEmptyKey(replacement)) return undefined;
    const newEnd = itemEnd(replacement);
    if (newEnd === undefined) return undefined;
    const move = { at: lineStart + column, oldRegionEnd, delta, oldEnd, newEnd };
    if (!movePositions(doc, candidate, move, false)) return undefined;
    movePositions(doc, candidate, move, true);
    keepSpacing(candidate.item, replacement);
    candidate.parent.items[candidate.index] = replacement as never;
    return { parent: candidate.parent, item: replacement };
  }
  return undefined;
}

/**
 * The same edit, moved as far left as it can be (by up to `MAX_SLIDE` characters, not before `floor`). A common
 * prefix puts a line typed after `x: 1` in the indentation of the line after it (`x: 1\n|    y: 2\n  c:`); moved
 * left it follows `x: 1` (`x: 1|\n    y: 2`), inside the item it belongs to. Only a pure insertion or deletion
 * moves: the text it inserts or deletes turns around by one character at each step.
 */
function slideLeft(before: string, text: string, edit: Edit, floor: number): Edit {
  const insertion = edit.oldEnd === edit.start;
  const deletion = edit.newEnd === edit.start;
  if (insertion === deletion) return edit;
  let { start, oldEnd, newEnd } = edit;
  const limit = Math.max(floor + 1, start - MAX_SLIDE);
  // Inserting t at `start` gives the same text as inserting t's last character followed by the rest of t at
  // `start - 1`, when that character is the one before `start`; a deletion likewise.
  while (start > limit && (insertion ? text.charCodeAt(newEnd - 1) === text.charCodeAt(start - 1) : before.charCodeAt(oldEnd - 1) === before.charCodeAt(start - 1))) {
    start--;
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

/** The block collection items containing `offset`, outermost first. */
function candidatesAt(doc: Document.Parsed, offset: number): Candidate[] {
  const out: Candidate[] = [];
  const ancestors: (YAMLMap | YAMLSeq)[] = [];
  let node: unknown = doc.contents;
  while ((isMap(node) || isSeq(node)) && !node.flow) {
    const collection = node as YAMLMap | YAMLSeq;
    ancestors.push(collection);
    let index = -1;
    for (let i = 0; i < collection.items.length; i++) {
      const start = itemStart(collection.items[i]);
      if (start === undefined) return out;
      if (start <= offset) index = i;
      else break;
    }
    if (index < 0) break;
    const item = collection.items[index] as Item;
    out.push({ parent: collection, index, item, ancestors: [...ancestors] });
    node = isPair(item) ? item.value : item;
  }
  return out;
}

function itemStart(item: unknown): number | undefined {
  if (isPair(item)) return isNode(item.key) ? item.key.range?.[0] : undefined;
  return isNode(item) ? item.range?.[0] : undefined;
}

/** Where an item ends as its collection counts it (the offset the next item's parse starts from). */
function itemEnd(item: Item): number | undefined {
  if (isPair(item)) return isNode(item.value) ? item.value.range?.[2] : isNode(item.key) ? item.key.range?.[2] : undefined;
  return item.range?.[2];
}

/**
 * The start of an item's first line and its column: a pair whose single-line scalar key has only spaces before it
 * on its line, or a sequence item written `- value` with only spaces before the `-`.
 */
function itemHead(text: string, item: Item): { lineStart: number; column: number } | undefined {
  if (isPair(item)) {
    if (!isScalar(item.key) || !item.key.range) return undefined;
    const [start, end] = item.key.range;
    const lineStart = yamlLineStart(text, start);
    if (!onlySpaces(text, lineStart, start) || hasLineBreak(text, start, end)) return undefined;
    return { lineStart, column: start - lineStart };
  }
  if (!isNode(item) || !item.range) return undefined;
  const start = item.range[0];
  const lineStart = yamlLineStart(text, start);
  let i = lineStart;
  while (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 45 /* - */ || text.charCodeAt(i + 1) !== 32) return undefined;
  if (!onlySpaces(text, i + 1, start) || start <= i + 1) return undefined;
  return { lineStart, column: i - lineStart };
}

/**
 * The start of the line holding `offset` as `yaml` reads lines: only `\n` ends one (a lone CR does not, while
 * yaml/edits.ts `lineStart` follows editors and takes it as a line break too).
 */
function yamlLineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * Where the region of an item at `column`, whose first line starts at `lineStart`, ends: the start of the first line
 * after it that is not blank and is indented `column` or less, or `limit`. Undefined when the region holds a comment
 * or a tab (a comment at any indentation, or a tab, can change how the lines around it are read), or a `?`, `*`,
 * `|` or `>`.
 */
function regionEnd(text: string, lineStart: number, column: number, limit: number): number | undefined {
  let line = lineStart;
  let first = true;
  while (line < limit) {
    let i = line;
    while (i < limit && text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    const blank = i >= limit || c === 10 || c === 13;
    if (!first && !blank && i - line <= column) return line;
    let next = text.indexOf('\n', line);
    if (next === -1 || next >= limit) next = limit - 1;
    for (let j = line; j <= next; j++) {
      const k = text.charCodeAt(j);
      // Explicit keys (`?`), aliases (`*`) and block scalars (`|`, `>`, which may keep the blank lines after them)
      // end differently before the line that follows them than at the end of a text: none is taken apart.
      if (k === 35 /* # */ || k === 9 /* tab */ || k === 0xfeff || k === 63 /* ? */ || k === 42 /* * */ || k === 124 /* | */ || k === 62 /* > */) return undefined;
    }
    first = false;
    line = next + 1;
  }
  return limit;
}

/** Whether the line starting at `lineStart` is a comment line. */
function commentAt(text: string, lineStart: number): boolean {
  let i = lineStart;
  while (text.charCodeAt(i) === 32) i++;
  return text.charCodeAt(i) === 35 /* # */;
}

/** Where the blank lines at the end of `[lineStart, end)` start (`end` when the last line is not blank). */
function trailingBlankStart(text: string, lineStart: number, end: number): number {
  let at = end;
  while (at > lineStart) {
    // The line that ends just before `at` (its line break is at `at - 1`).
    const lineBegin = yamlLineStart(text, at - 1);
    if (lineBegin <= lineStart) return at;
    for (let i = lineBegin; i < at; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13) return at;
    }
    at = lineBegin;
  }
  return at;
}

/** Whether a value or item in the subtree is empty (`key:` with nothing after it, or a bare `-`). */
function hasEmptyValue(item: unknown): boolean {
  if (isPair(item)) return item.value === null || hasEmptyValue(item.key) || hasEmptyValue(item.value);
  if (isScalar(item)) return !item.range || item.range[0] === item.range[1];
  if (isMap(item) || isSeq(item)) return item.items.some(hasEmptyValue);
  return false;
}

/** Whether the item is a pair whose own key is empty (`: value`). */
function hasEmptyKey(item: unknown): boolean {
  return isPair(item) && (item.key === null || (isScalar(item.key) && (!item.key.range || item.key.range[0] === item.key.range[1])));
}

/** The only item of a fragment's root, when it is a block collection of the same kind as `like`. */
function soleItem(contents: unknown, like: YAMLMap | YAMLSeq): Item | undefined {
  if (isMap(like) ? !isMap(contents) : !isSeq(contents)) return undefined;
  const collection = contents as YAMLMap | YAMLSeq;
  if (collection.flow || collection.items.length !== 1) return undefined;
  return collection.items[0] as Item;
}

interface Move {
  /** Where the item starts (its first line is unchanged up to there): positions at or before it stay. */
  readonly at: number;
  readonly oldRegionEnd: number;
  readonly delta: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * Moves every position of `doc` outside the replaced item: those after its region by `delta`, and a collection's end
 * that was the item's end to the new item's end. With `apply` false only checks that no position outside the item
 * falls inside its region (then the splice would not be exact), touching nothing.
 */
function movePositions(doc: Document.Parsed, candidate: Candidate, move: Move, apply: boolean): boolean {
  const ancestors = new Set<unknown>(candidate.ancestors);
  const moved = (x: number, isEnd: boolean): number | undefined => {
    if (isEnd && x === move.oldEnd) return move.newEnd;
    if (x <= move.at) return x;
    if (x >= move.oldRegionEnd) return x + move.delta;
    return undefined;
  };
  const moveRange = (range: number[] | null | undefined, ends: boolean): boolean => {
    if (!range) return true;
    for (let i = 0; i < range.length; i++) {
      const x = moved(range[i]!, ends && i > 0);
      if (x === undefined) return false;
      if (apply) range[i] = x;
    }
    return true;
  };
  const visit = (node: unknown): boolean => {
    if (node === candidate.item) return true;
    if (isPair(node)) return visit(node.key) && visit(node.value);
    if (!isNode(node)) return true;
    if (!moveRange(node.range as number[] | undefined, ancestors.has(node))) return false;
    if (isMap(node) || isSeq(node)) for (const item of node.items) if (!visit(item)) return false;
    return true;
  };
  return moveRange(doc.range as number[], true) && visit(doc.contents);
}

/** What the item had from the lines before it, which its text alone cannot show. */
function keepSpacing(old: Item, replacement: Item): void {
  const from = (isPair(old) ? old.key : old) as Node & { spaceBefore?: boolean; commentBefore?: string | null };
  const to = (isPair(replacement) ? replacement.key : replacement) as Node & { spaceBefore?: boolean; commentBefore?: string | null };
  if (!from || !to) return;
  if (from.spaceBefore) to.spaceBefore = true;
  if (from.commentBefore) to.commentBefore = from.commentBefore;
}
