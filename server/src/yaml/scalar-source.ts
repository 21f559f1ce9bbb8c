// Maps offsets inside a scalar's value to offsets in the source, for ranges on part of a value
// (one item of a comma list, the host IP of a port mapping).
//
// The mapping is exact for plain scalars and for single-line quoted scalars without escapes; for
// anything else (escapes, folding, block scalars) it falls back to the span of the whole scalar.

import { Scalar } from 'yaml';
import type { Span } from '../text/span';

export function subSpan(node: Scalar, valueStart: number, valueEnd: number): Span {
  const range = node.range;
  if (!range) return { start: 0, end: 0 };
  const src = node.srcToken && 'source' in node.srcToken ? (node.srcToken.source as string) : undefined;
  const value = node.value;
  if (typeof value !== 'string' || src === undefined) return { start: range[0], end: range[1] };
  let open = 0;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) open = 1;
  else if (node.type !== Scalar.PLAIN) return { start: range[0], end: range[1] };
  // The value is its source less the quotes (compared in place: this runs for every address of a file).
  if (Math.max(0, src.length - 2 * open) !== value.length || !src.startsWith(value, open)) return { start: range[0], end: range[1] };
  const start = range[0] + open + valueStart;
  const end = range[0] + open + valueEnd;
  if (start < range[0] || end > range[1] || start > end) return { start: range[0], end: range[1] };
  return { start, end };
}

/** Whether `subSpan` maps this scalar exactly (so an edit of a part can be a part-only edit). */
export function hasExactSubSpans(node: Scalar): boolean {
  const src = node.srcToken && 'source' in node.srcToken ? (node.srcToken.source as string) : undefined;
  if (typeof node.value !== 'string' || src === undefined) return false;
  if (node.type === Scalar.PLAIN) return src === node.value;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) return src.slice(1, -1) === node.value;
  return false;
}
