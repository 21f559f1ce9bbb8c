// Whole-line edits for kubeadm fixes: removing one pair of a block mapping.

import type { Pair, YAMLMap } from 'yaml';
import type { TextEdit } from '../../types';
import { lineEndWithBreak as lineEnd, lineStart } from '../../yaml/edits';

/**
 * Removes a pair of a block mapping when it sits alone on its line(s); when it is the only pair, the mapping
 * becomes `{}` so the key above keeps a value. Flow mappings and shared lines get no edit.
 */
export function removeMapPair(text: string, map: YAMLMap, pair: Pair): TextEdit | undefined {
  const key = (pair.key as { range?: [number, number] } | null)?.range;
  const value = (pair.value as { range?: [number, number] } | null)?.range;
  if (!key || map.flow) return undefined;
  const start = lineStart(text, key[0]);
  if (text.slice(start, key[0]).trim() !== '') return undefined;
  const end = lineEnd(text, Math.max(key[1], value ? value[1] - 1 : key[1]));
  if (map.items.length === 1) {
    const mapRange = (map as { range?: [number, number] }).range;
    if (!mapRange) return undefined;
    // `featureGates:\n  IPv6DualStack: true` → `featureGates: {}`.
    let before = key[0];
    while (before > 0 && /\s/.test(text[before - 1]!)) before--;
    return { span: { start: before, end: Math.max(before, end - (text[end - 1] === '\n' ? (text[end - 2] === '\r' ? 2 : 1) : 0)) }, newText: ' {}' };
  }
  return { span: { start, end }, newText: '' };
}
