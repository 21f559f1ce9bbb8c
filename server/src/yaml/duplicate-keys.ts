// `yaml`'s duplicate key check, made once per map. `yaml` looks for each key among all the keys before it in its map,
// which is quadratic in the size of the map (a Compose file's 2,000 services: 2 million comparisons); NetLens
// parses with that check off and makes it here.

import { isCollection, isMap, isPair, isScalar, YAMLParseError, type Document, type Scalar } from 'yaml';

/**
 * The duplicate keys of `doc`, added to its errors: `yaml`'s check with its default equality (the same node, or
 * scalars whose values are `===`), each reported at the repeated key, in the order of the keys. Errors from the rest
 * of the parse come first; where an error stands in the list changes nothing NetLens reports.
 */
export function checkDuplicateKeys(doc: Document.Parsed, onScalar?: (node: Scalar) => void): void {
  const found = duplicateKeyErrors(doc.contents, true, onScalar);
  if (found.length > 0) doc.errors.push(...found);
}

/**
 * The duplicate-key errors of the map `node` is (with `deep`, of every map inside it too). `onScalar` sees every
 * scalar of the walk, for work that would otherwise walk the tree again (yaml/incremental.ts marks exact scalars).
 */
export function duplicateKeyErrors(node: unknown, deep: boolean, onScalar?: (node: Scalar) => void): YAMLParseError[] {
  const found: YAMLParseError[] = [];
  const visit = (node: unknown, deeper: boolean): void => {
    if (isPair(node)) {
      visit(node.key, deeper);
      visit(node.value, deeper);
    } else if (isCollection(node)) {
      if (isMap(node)) repeatedKeys(node.items, found);
      if (deeper) for (const item of node.items) visit(item, true);
    } else if (onScalar && isScalar(node)) {
      onScalar(node);
    }
  };
  visit(node, deep);
  return found;
}

function repeatedKeys(items: readonly { key: unknown }[], found: YAMLParseError[]): void {
  if (items.length < 2) return;
  // Small maps (most of them) compare their keys pairwise, allocating nothing; large ones hash them.
  const seen = items.length > 8 ? new Set<unknown>() : undefined;
  for (let i = 0; i < items.length; i++) {
    const key = items[i]!.key;
    if (!isScalar(key)) continue;
    const value = key.value;
    // NaN !== NaN: such keys never repeat. (A Set would take them as equal.)
    if (typeof value === 'number' && Number.isNaN(value)) continue;
    let repeated = false;
    if (seen) {
      repeated = seen.has(value);
      seen.add(value);
    } else {
      for (let j = 0; j < i && !repeated; j++) {
        const other = items[j]!.key;
        repeated = isScalar(other) && other.value === value;
      }
    }
    if (repeated) {
      const at = key.range?.[0] ?? 0;
      found.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
    }
  }
}
