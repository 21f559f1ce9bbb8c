// Minimal text edits on YAML source: replace a scalar's value in place, remove a sequence item.
// Edits never re-serialise a document, so comments, quoting and layout elsewhere stay as they were.

import { isScalar, type Node, type Scalar, type YAMLSeq } from 'yaml';
import type { TextEdit } from '../types';
import { subSpan } from './scalar-source';

/** Replaces the value of a scalar, keeping its quotes when the mapping is exact, else the whole scalar. */
export function replaceScalarValue(node: Scalar, newValue: string): TextEdit {
  const value = typeof node.value === 'string' ? node.value : String(node.source ?? node.value);
  const inner = subSpan(node, 0, value.length);
  const range = node.range!;
  if (inner.start === range[0] && inner.end === range[1] && node.type !== 'PLAIN') {
    return { span: inner, newText: JSON.stringify(newValue) };
  }
  // A plain value replaced whole stays plain only when the new text reads back as the same plain string.
  if (inner.start === range[0] && inner.end === range[1]) return { span: inner, newText: plainOrQuoted(newValue) };
  return { span: inner, newText: newValue };
}

/**
 * `value` as a plain scalar when YAML reads it back as that string, else double-quoted: an indicator first (`[`, `*`,
 * `&`, `!`, quotes, ...), `: ` or ` #` inside, spaces at either end, or a word YAML reads as null or a boolean (`~`,
 * `null`, `true`). Commas stay plain, as block values (comma lists) write them. Numbers stay plain: a fix writing `80`
 * means the number.
 */
export function plainOrQuoted(value: string): string {
  const unsafe = value === ''
    || /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^-?\d/.test(value) && !/^[-?:][^\s,[\]{}]/.test(value)
    || /[\s]$|: |:$| #|[\n\r\t]/.test(value)
    || /^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/.test(value);
  return unsafe ? JSON.stringify(value) : value;
}

/** The offset at which the line holding `offset` starts. */
export function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** The line break a file's new lines should use: CRLF when the file has one, else LF. */
export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The offset just after the line break that ends the line holding `offset` (or the end of the text). */
export function lineEndWithBreak(text: string, offset: number): number {
  const i = lineEnd(text, offset);
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  if (i < text.length) return i + 1;
  return i;
}

/** Removes item `index` of a sequence: a whole line for a block sequence, the item and one comma for a flow one. */
export function removeSeqItem(text: string, seq: YAMLSeq<Node | null>, index: number): TextEdit | undefined {
  const item = seq.items[index];
  if (!item || !item.range) return undefined;
  if (seq.flow) {
    const prev = index > 0 ? seq.items[index - 1] : undefined;
    const next = seq.items[index + 1];
    if (prev?.range) return { span: { start: prev.range[1], end: item.range[1] }, newText: '' };
    if (next?.range) return { span: { start: item.range[0], end: next.range[0] }, newText: '' };
    return { span: { start: item.range[0], end: item.range[1] }, newText: '' };
  }
  const start = lineStart(text, item.range[0]);
  const before = text.slice(start, item.range[0]);
  // Only remove whole lines when the item is alone on its line(s) behind its "- " indicator.
  if (!/^\s*-\s*$/.test(before)) return undefined;
  const end = lineEndWithBreak(text, Math.max(item.range[0], item.range[1] - 1));
  return { span: { start, end }, newText: '' };
}

/** Removes a block mapping entry that stands alone on its line(s); undefined when anything else shares them. */
export function removeLines(text: string, start: number, end: number): TextEdit | undefined {
  const from = lineStart(text, start);
  if (text.slice(from, start).trim() !== '') return undefined;
  const to = lineEndWithBreak(text, Math.max(start, end - 1));
  const rest = text.slice(end, to).replace(/\r?\n$|\r$/, '');
  if (rest.trim() !== '' && !rest.trim().startsWith('#')) return undefined;
  return { span: { start: from, end: to }, newText: '' };
}

/** The offset of the line break that ends the line holding `offset` (or the end of the text). */
export function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (node.value === null) return undefined;
  return typeof node.source === 'string' ? node.source : String(node.value);
}
