// The refactoring "Make this Service dual-stack": ipFamilyPolicy PreferDualStack (or RequireDualStack) and
// ipFamilies with both families, the family the Service already has first (its ipFamilies entry, else the
// family of its cluster IP, else IPv4). Minimal edits: a value replaced, an item or a line added; comments,
// quoting and layout elsewhere stay. Offered only where the edits are exact and the result is valid.

import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Span } from '../text/span';
import type { TextEdit } from '../types';
import type { YamlFile } from '../yaml/parse';
import { asMap, pairOf } from '../yaml/nodes';
import { lineBreakOf, lineEnd, lineStart, replaceScalarValue } from '../yaml/edits';
import { insertPairBefore } from '../rules/kubernetes/pair-edits';
import { IP_FAMILIES, servicesOf } from '../rules/kubernetes/service';
import { allocationOf } from '../rules/kubernetes/service-allocation';
import { intact } from '../rules/kubernetes/service-spec';
import { isTemplatedValue } from '../yaml/template';
import type { Family } from '../net/ip';
import { localize } from '../l10n/localize';
import type { Refactoring } from './types';

type DualPolicy = 'PreferDualStack' | 'RequireDualStack';

function other(family: Family): Family {
  return family === 'IPv4' ? 'IPv6' : 'IPv4';
}

/** `text` at the start of the line after `offset` (a line break first when the file ends there). */
function insertLineAfter(text: string, offset: number, line: string): TextEdit {
  const end = lineEnd(text, offset);
  const eol = lineBreakOf(text);
  if (end >= text.length) return { span: { start: end, end }, newText: `${eol}${line}` };
  const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
  return { span: { start: next, end: next }, newText: `${line}${eol}` };
}

/** The new second entry of ipFamilies, written like the first one (quotes, dash and indentation). */
function addSecondFamily(text: string, seq: YAMLSeq, first: Scalar, family: Family): TextEdit | undefined {
  if (!first.range) return undefined;
  const written = first.type === 'QUOTE_DOUBLE' ? `"${family}"` : first.type === 'QUOTE_SINGLE' ? `'${family}'` : family;
  if (seq.flow) return { span: { start: first.range[1], end: first.range[1] }, newText: `, ${written}` };
  const start = lineStart(text, first.range[0]);
  const lead = text.slice(start, first.range[0]);
  // Only `  - IPv4` alone on its line; anything else would need more than a new line.
  if (!/^\s*-\s+$/.test(lead)) return undefined;
  return insertLineAfter(text, first.range[1], `${lead}${written}`);
}

/** The pair to insert new fields before: next to the Service's ports, else before its first field. */
function anchorOf(spec: YAMLMap<Scalar, Node | null>): Pair<Scalar, Node | null> | undefined {
  return pairOf(spec, 'ports') ?? pairOf(spec, 'selector') ?? pairOf(spec, 'type') ?? spec.items[0];
}

function insertBefore(text: string, spec: YAMLMap<Scalar, Node | null>, anchor: Pair<Scalar, Node | null>, pairs: readonly [string, string][]): TextEdit | undefined {
  const edits = pairs.map(([k, v]) => insertPairBefore(text, spec as YAMLMap<unknown, unknown>, anchor as Pair<unknown, unknown>, k, v));
  if (edits.length === 0 || edits.some((e) => e === undefined)) return undefined;
  return { span: edits[0]!.span, newText: edits.map((e) => e!.newText).join('') };
}

function dualStackEdits(text: string, spec: YAMLMap<Scalar, Node | null>, policy: DualPolicy, primary: Family): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  const toInsert: [string, string][] = [];
  const policyPair = pairOf(spec, 'ipFamilyPolicy');
  if (policyPair) {
    if (!isScalar(policyPair.value)) return undefined;
    if (policyPair.value.value !== policy) edits.push(replaceScalarValue(policyPair.value as Scalar, policy));
  } else {
    toInsert.push(['ipFamilyPolicy', policy]);
  }
  const familiesPair = pairOf(spec, 'ipFamilies');
  const both = `[${primary}, ${other(primary)}]`;
  if (familiesPair) {
    const seq = familiesPair.value;
    if (!isSeq(seq) || !seq.range) return undefined;
    if (seq.items.length === 0) {
      edits.push({ span: { start: seq.range[0], end: seq.range[1] }, newText: both });
    } else if (seq.items.length === 1) {
      const first = seq.items[0];
      if (!isScalar(first)) return undefined;
      const edit = addSecondFamily(text, seq, first, other(primary));
      if (!edit) return undefined;
      edits.push(edit);
    }
  } else {
    toInsert.push(['ipFamilies', both]);
  }
  if (toInsert.length === 1 && toInsert[0]![0] === 'ipFamilies' && policyPair) {
    // Right below the ipFamilyPolicy that is there.
    const edit = insertPairAfter(text, spec, policyPair, 'ipFamilies', both);
    if (!edit) return undefined;
    edits.push(edit);
  } else if (toInsert.length > 0) {
    // Above the ipFamilies that is there, else before the ports.
    const anchor = familiesPair ?? anchorOf(spec);
    if (!anchor) return undefined;
    const edit = insertBefore(text, spec, anchor, toInsert);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return edits.sort((a, b) => a.span.start - b.span.start);
}

/** `key: value` after `pair` (whose value is a scalar on the key's line), with the pair's indentation. */
function insertPairAfter(text: string, map: YAMLMap<Scalar, Node | null>, pair: Pair<Scalar, Node | null>, key: string, value: string): TextEdit | undefined {
  const keyRange = pair.key?.range;
  const valueRange = (pair.value as Node | null)?.range;
  if (!keyRange || !valueRange) return undefined;
  if (map.flow) return { span: { start: valueRange[1], end: valueRange[1] }, newText: `, ${key}: ${value}` };
  const start = lineStart(text, keyRange[0]);
  const indent = text.slice(start, keyRange[0]);
  if (indent.trim() !== '' || lineStart(text, valueRange[1]) !== start) return undefined;
  return insertLineAfter(text, valueRange[1], `${indent}${key}: ${value}`);
}

function overlaps(span: Span, node: { range?: [number, number, number] | null }): boolean {
  return !!node.range && span.start <= node.range[1] && span.end >= node.range[0];
}

/** The dual-stack refactorings for the Service at `span`, when there is one and it is not dual-stack yet. */
export function dualStackRefactorings(file: YamlFile, span: Span): Refactoring[] {
  if (file.templated) return [];
  for (const svc of servicesOf(file)) {
    if (!overlaps(span, svc.resource.root)) continue;
    if (!intact(svc.resource) || svc.type === 'ExternalName' || svc.ipFamily) return [];
    const spec = asMap(svc.spec);
    if (!spec || !isMap(spec)) return [];
    const allocation = allocationOf(svc);
    if (!allocation) return [];
    // Entries the quick fixes are for (a wrong case, a duplicate, a template) are left to them.
    const families = svc.ipFamilies.map((f) => f.value);
    if (families.some((f) => !(IP_FAMILIES as readonly string[]).includes(f) || isTemplatedValue(f))) return [];
    if (families.length > 2 || new Set(families).size !== families.length) return [];
    if (svc.clusterIPs.length > 1 || svc.clusterIPs.some((ip) => isTemplatedValue(ip.value))) return [];
    // Already dual-stack: nothing to make.
    if (allocation.policySource === 'written' && allocation.policy !== 'SingleStack' && families.length === 2) return [];
    const primary = allocation.families[0] ?? 'IPv4';
    const out: Refactoring[] = [];
    for (const policy of ['PreferDualStack', 'RequireDualStack'] as const) {
      const edits = dualStackEdits(file.text, spec, policy, primary);
      if (!edits || edits.length === 0) continue;
      out.push({
        title: localize('Make this Service dual-stack ({0})', policy),
        kind: 'refactor.rewrite',
        edits,
        ...(policy === 'PreferDualStack' ? { preferred: true } : {}),
      });
    }
    return out;
  }
  return [];
}
