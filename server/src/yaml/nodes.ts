// Typed access to the `yaml` syntax tree: look-ups by key and index, and scalars with their exact source spans.

import { isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Span } from '../text/span';

/** A path into a document, rendered as `spec.ipFamilies[1]` in messages (the form upstream errors start with). */
export type FieldPath = readonly (string | number)[];

export function renderPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

export function nodeSpan(node: Node | Pair | null | undefined): Span | undefined {
  if (!node) return undefined;
  if (isPair(node)) {
    const key = nodeSpan(node.key as Node | null);
    const value = nodeSpan(node.value as Node | null);
    if (key && value) return { start: key.start, end: value.end };
    return key ?? value;
  }
  const range = (node as Node).range;
  if (!range) return undefined;
  return { start: range[0], end: range[1] };
}

export function pairOf(map: unknown, key: string): Pair<Scalar, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    const k = item.key;
    if (isScalar(k) ? String(k.value) === key : k === key) return item as Pair<Scalar, Node | null>;
  }
  return undefined;
}

export function get(map: unknown, key: string): Node | undefined {
  const value = pairOf(map, key)?.value;
  return value ?? undefined;
}

export function getIn(node: unknown, path: FieldPath): Node | undefined {
  let current: unknown = node;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!isSeq(current)) return undefined;
      current = current.items[segment];
    } else {
      current = get(current, segment);
    }
    if (current === undefined || current === null) return undefined;
  }
  return current as Node;
}

export function asMap(node: unknown): YAMLMap<Scalar, Node | null> | undefined {
  return isMap(node) ? (node as YAMLMap<Scalar, Node | null>) : undefined;
}

export function asSeq(node: unknown): YAMLSeq<Node | null> | undefined {
  return isSeq(node) ? (node as YAMLSeq<Node | null>) : undefined;
}

/** The items of a sequence with their paths; a missing or non-sequence node yields nothing. */
export function seqItems(node: unknown, path: FieldPath): { node: Node; path: FieldPath }[] {
  const seq = asSeq(node);
  if (!seq) return [];
  const out: { node: Node; path: FieldPath }[] = [];
  seq.items.forEach((item, index) => {
    if (item) out.push({ node: item, path: [...path, index] });
  });
  return out;
}

/** A scalar value with where it stands in the source. */
export interface Located<T> {
  readonly value: T;
  readonly span: Span;
  readonly path: FieldPath;
  readonly node: Scalar;
}

export function scalarAt(node: unknown, path: FieldPath): Located<unknown> | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  return { value: node.value, span: { start: node.range[0], end: node.range[1] }, path, node };
}

/** A string-valued scalar (numbers and booleans are given as their source text). */
export function stringAt(node: unknown, path: FieldPath): Located<string> | undefined {
  const s = scalarAt(node, path);
  if (!s || s.value === null) return undefined;
  if (typeof s.value === 'string') return s as Located<string>;
  const src = s.node.source;
  return { ...s, value: typeof src === 'string' ? src : String(s.value) };
}

/** The key scalar of a pair, located. */
export function keyAt(pair: Pair<unknown, unknown>, path: FieldPath): Located<string> | undefined {
  return stringAt(pair.key, path);
}

export function isQuoted(node: Scalar): boolean {
  return node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
}
