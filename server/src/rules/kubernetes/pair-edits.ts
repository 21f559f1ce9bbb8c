// Minimal text edits on mapping entries for the Kubernetes fixes: remove a key with its value, add a key next
// to an existing one. Like yaml/edits.ts, they touch only the lines they change and give up (undefined) on
// layouts they cannot edit exactly.

import { isMap, type Node, type Pair, type YAMLMap } from 'yaml';
import type { TextEdit } from '../../types';
import { lineBreakOf, lineEndWithBreak, lineStart } from '../../yaml/edits';

function pairRange(pair: Pair<unknown, unknown>): [number, number] | undefined {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  if (!key?.range) return undefined;
  return [key.range[0], value?.range ? value.range[1] : key.range[1]];
}

/** Removes `pair` from `map`: its whole lines in a block mapping, the entry and one comma in a flow mapping. */
export function removePair(text: string, map: YAMLMap<unknown, unknown>, pair: Pair<unknown, unknown>): TextEdit | undefined {
  if (map.flow) return removePairs(text, map, [pair])?.[0];
  const range = pairRange(pair);
  if (!range || map.items.indexOf(pair) < 0) return undefined;
  const start = lineStart(text, range[0]);
  // Only whole lines, and only when the key starts its line (not `- key: v` as the first entry of an item).
  if (text.slice(start, range[0]).trim() !== '') return undefined;
  return { span: { start, end: lineEndWithBreak(text, Math.max(range[0], range[1] - 1)) }, newText: '' };
}

/**
 * Removes several entries of one mapping. In a flow mapping each run of neighbouring entries goes as one deletion
 * with one comma (two `removePair` edits would both take the comma between them); undefined when one cannot go.
 */
export function removePairs(text: string, map: YAMLMap<unknown, unknown>, pairs: readonly Pair<unknown, unknown>[]): TextEdit[] | undefined {
  if (!map.flow) {
    const edits = pairs.map((p) => removePair(text, map, p));
    return edits.every((e) => e !== undefined) ? (edits as TextEdit[]) : undefined;
  }
  const gone = new Set(pairs.map((p) => map.items.indexOf(p)));
  if (gone.has(-1)) return undefined;
  const edits: TextEdit[] = [];
  for (let i = 0; i < map.items.length; i++) {
    if (!gone.has(i)) continue;
    let j = i;
    while (gone.has(j + 1)) j++;
    const first = pairRange(map.items[i]!);
    const last = pairRange(map.items[j]!);
    if (!first || !last) return undefined;
    const prev = i > 0 ? pairRange(map.items[i - 1]!) : undefined;
    const next = j + 1 < map.items.length ? pairRange(map.items[j + 1]!) : undefined;
    if (prev) edits.push({ span: { start: prev[1], end: last[1] }, newText: '' });
    else if (next) edits.push({ span: { start: first[0], end: next[0] }, newText: '' });
    else edits.push({ span: { start: first[0], end: last[1] }, newText: '' });
    i = j;
  }
  return edits;
}

/** Adds `key: value` just before `anchor`, an entry of the same mapping, with the anchor's indentation. */
export function insertPairBefore(text: string, map: YAMLMap<unknown, unknown>, anchor: Pair<unknown, unknown>, key: string, value: string): TextEdit | undefined {
  const range = pairRange(anchor);
  if (!range || !isMap(map)) return undefined;
  if (map.flow) return { span: { start: range[0], end: range[0] }, newText: `${key}: ${value}, ` };
  const start = lineStart(text, range[0]);
  const indent = text.slice(start, range[0]);
  // Only when the anchor starts its line; `- anchor: v` would need the dash moved.
  if (indent.trim() !== '') return undefined;
  return { span: { start, end: start }, newText: `${indent}${key}: ${value}${lineBreakOf(text)}` };
}
