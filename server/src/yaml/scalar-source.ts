// Maps offsets inside a scalar's value to offsets in the source, for ranges on part of a value
// (one item of a comma list, the host IP of a port mapping).
//
// The mapping is exact for plain scalars and for single-line quoted scalars without escapes; for
// anything else (escapes, folding, block scalars) it falls back to the span of the whole scalar.

import { Scalar } from 'yaml';
import type { Span } from '../text/span';

/** The `srcToken` of a scalar whose value is its source text less the quotes (set by yaml/incremental.ts). */
export const EXACT_SOURCE: unknown = Object.freeze({ exact: true });

export function subSpan(node: Scalar, valueStart: number, valueEnd: number): Span {
  const range = node.range;
  if (!range) return { start: 0, end: 0 };
  if (node.srcToken !== EXACT_SOURCE) return { start: range[0], end: range[1] };
  const open = node.type === Scalar.PLAIN ? 0 : 1;
  const start = range[0] + open + valueStart;
  const end = range[0] + open + valueEnd;
  if (start < range[0] || end > range[1] || start > end) return { start: range[0], end: range[1] };
  return { start, end };
}

/** Whether `subSpan` maps this scalar exactly (so an edit of a part can be a part-only edit). */
export function hasExactSubSpans(node: Scalar): boolean {
  return node.srcToken === EXACT_SOURCE;
}
