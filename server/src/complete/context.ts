// Where the cursor is in YAML terms: the path of keys from the document root to the node being typed, and
// whether a value or a key is being typed. Read from the lines and their indentation rather than the parse
// tree, because a half-typed line (`ipFamilyPolicy: Pre`, `  - `, `  tar`) is where completion is asked for.
// Block style, as manifests are written; a flow sequence on the cursor's line (`[IPv4, |]`) is understood too.

import type { Span } from '../text/span';

/** An item of a sequence in a path. */
export const ITEM = '[]';

export interface CursorContext {
  /** Keys from the document root to the node; ITEM for an item of a sequence. */
  readonly path: readonly string[];
  /** `value`: the scalar at `path`; `key`: a new key of the mapping at `path`. */
  readonly slot: 'value' | 'key';
  /** Where the word being typed stands (what an item replaces). */
  readonly span: Span;
  /** For `key`: keys the mapping already has. */
  readonly siblings: readonly string[];
}

interface Shape {
  readonly blank: boolean;
  readonly indent: number;
  /** Columns of the `- ` indicators that open the line. */
  readonly dashes: readonly number[];
  readonly keyCol?: number;
  readonly key?: string;
  /** The value after `key:`, without a comment; '' when the value is on the following lines. */
  readonly rest?: string;
  readonly docBoundary: boolean;
}

const KEY = /^([A-Za-z0-9_./-]+|"[^"]*"|'[^']*')[ \t]*:(?=[ \t]|$)(.*)$/;

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key;
}

function shapeOf(line: string): Shape {
  if (/^(---|\.\.\.)(\s|$)/.test(line)) return { blank: true, indent: 0, dashes: [], docBoundary: true };
  const trimmed = line.trimStart();
  if (trimmed === '' || trimmed.startsWith('#')) return { blank: true, indent: 0, dashes: [], docBoundary: false };
  const indent = line.length - trimmed.length;
  const dashes: number[] = [];
  let col = indent;
  while (line[col] === '-' && (line[col + 1] === ' ' || line[col + 1] === undefined)) {
    dashes.push(col);
    col += 1;
    while (line[col] === ' ') col++;
  }
  const m = KEY.exec(line.slice(col));
  if (!m) return { blank: false, indent, dashes, docBoundary: false };
  const rest = m[2]!.replace(/(^|\s)#.*$/, '').trim();
  return { blank: false, indent, dashes, keyCol: col, key: unquote(m[1]!), rest, docBoundary: false };
}

/** Where a line's structure starts: its first dash or its key. */
function structureCol(shape: Shape): number {
  return shape.dashes[0] ?? shape.keyCol ?? shape.indent;
}

/** A value that leaves the node to the following lines: nothing, or only an anchor or a tag. */
function opensBlock(rest: string | undefined): boolean {
  return rest !== undefined && /^((&|!)\S*\s*)*$/.test(rest);
}

/**
 * The keys above a node at `col` on line `lineIndex`: `mode` `key` when the node is a key of a mapping at `col`,
 * `item` when it is an item of a sequence whose dash is at `col` (its parent key may sit at the same column).
 */
function ancestors(lines: readonly string[], lineIndex: number, col: number, mode: 'key' | 'item'): string[] {
  const path: string[] = [];
  let target = col;
  let m = mode;
  for (let i = lineIndex - 1; i >= 0 && !(m === 'key' && target === 0); i--) {
    const shape = shapeOf(lines[i]!);
    if (shape.docBoundary) break;
    if (shape.blank) continue;
    const lastDash = shape.dashes[shape.dashes.length - 1];
    if (shape.keyCol !== undefined && opensBlock(shape.rest) && (m === 'key' ? shape.keyCol < target : shape.keyCol <= target)) {
      path.unshift(shape.key!);
      if (lastDash !== undefined) {
        path.unshift(ITEM);
        target = lastDash;
        m = 'item';
      } else {
        target = shape.keyCol;
        m = 'key';
      }
      continue;
    }
    if (m === 'key' && lastDash !== undefined && lastDash < target && shape.keyCol === target) {
      // `- first: 1` opens the item mapping the node belongs to.
      path.unshift(ITEM);
      target = lastDash;
      m = 'item';
      continue;
    }
    if (m === 'item' && lastDash !== undefined && shape.dashes.length > 1 && lastDash === target) {
      // `- - x`: an item of an item.
      path.unshift(ITEM);
      target = shape.dashes[shape.dashes.length - 2]!;
    }
  }
  return path;
}

/** Keys of the mapping at `col` that the node on `lineIndex` belongs to (itself excluded). */
function siblingKeys(lines: readonly string[], lineIndex: number, col: number): string[] {
  const keys: string[] = [];
  for (let i = lineIndex - 1; i >= 0; i--) {
    const shape = shapeOf(lines[i]!);
    if (shape.docBoundary) break;
    if (shape.blank) continue;
    if (shape.keyCol === col) {
      keys.push(shape.key!);
      if (shape.dashes.length > 0) break; // the `- key:` line that opens the item
      continue;
    }
    if (structureCol(shape) < col) break;
  }
  for (let i = lineIndex + 1; i < lines.length; i++) {
    const shape = shapeOf(lines[i]!);
    if (shape.docBoundary) break;
    if (shape.blank) continue;
    if (structureCol(shape) < col) break;
    if (shape.keyCol === col && shape.dashes.length === 0) keys.push(shape.key!);
  }
  return keys;
}

const WORD = /[A-Za-z0-9_.-]*$/;

/** What could be typed at `offset` of `text`: a value, a key, or both (on a fresh `- ` line). */
export function contextsAt(text: string, offset: number): CursorContext[] {
  const at = Math.max(0, Math.min(offset, text.length));
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  let lineEnd = text.slice(at).search(/\r|\n/);
  lineEnd = lineEnd < 0 ? text.length : at + lineEnd;
  const lines = text.slice(0, lineStart).split(/\r\n|\r|\n/);
  const lineIndex = lines.length - 1;
  const line = text.slice(lineStart, lineEnd);
  lines[lineIndex] = line;
  for (const rest of text.slice(lineEnd).split(/\r\n|\r|\n/).slice(1)) lines.push(rest);

  const col = at - lineStart;
  const before = line.slice(0, col);
  const typed = WORD.exec(before)![0];
  const wordEnd = /^[A-Za-z0-9_.-]*/.exec(line.slice(col))![0].length;
  const span = { start: at - typed.length, end: at + wordEnd };
  const head = before.slice(0, before.length - typed.length);
  const out: CursorContext[] = [];

  const prefix = /^( *)((?:- +)*)/.exec(head)!;
  const dashCols: number[] = [];
  {
    let c = prefix[1]!.length;
    for (const d of prefix[2]!.matchAll(/- +/g)) {
      dashCols.push(c);
      c += d[0].length;
    }
  }
  const afterDashes = head.slice(prefix[0].length);
  const keyCol = prefix[0].length;
  const lastDash = dashCols[dashCols.length - 1];
  /** The path of a node at keyCol on this line, with `tail` below it. */
  const pathOf = (tail: string[]): string[] =>
    lastDash !== undefined
      ? [...ancestors(lines, lineIndex, lastDash, 'item'), ...dashCols.slice(1).map(() => ITEM), ITEM, ...tail]
      : [...ancestors(lines, lineIndex, keyCol, 'key'), ...tail];

  const valueOf = /^([A-Za-z0-9_./-]+|"[^"]*"|'[^']*')[ \t]*:[ \t]+(["']?)$/.exec(afterDashes);
  if (valueOf) {
    out.push({ path: pathOf([unquote(valueOf[1]!)]), slot: 'value', span, siblings: [] });
    return out;
  }
  const flow = /^([A-Za-z0-9_./-]+|"[^"]*"|'[^']*')[ \t]*:[ \t]*\[([^\]]*)$/.exec(afterDashes);
  if (flow && /(^|,)\s*["']?$/.test(flow[2]!)) {
    out.push({ path: pathOf([unquote(flow[1]!), ITEM]), slot: 'value', span, siblings: [] });
    return out;
  }
  if (afterDashes === '' || afterDashes === '"' || afterDashes === "'") {
    if (lastDash !== undefined) {
      const itemPath = [...ancestors(lines, lineIndex, lastDash, 'item'), ...dashCols.slice(1).map(() => ITEM), ITEM];
      out.push({ path: itemPath, slot: 'value', span, siblings: [] });
      if (afterDashes === '') out.push({ path: itemPath, slot: 'key', span, siblings: siblingKeys(lines, lineIndex, keyCol) });
    } else if (afterDashes === '') {
      out.push({ path: ancestors(lines, lineIndex, keyCol, 'key'), slot: 'key', span, siblings: siblingKeys(lines, lineIndex, keyCol) });
    }
  }
  return out;
}
