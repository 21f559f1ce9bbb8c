// NL306: kubeadm extraArgs are a map in v1beta3 and a list of {name, value} in v1beta4; values are strings.

import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Fix } from '../../types';
import type { Span } from '../../text/span';
import type { RuleContext } from '../rule';
import { defineRule } from '../rule';
import { getIn, renderPath, type FieldPath } from '../../yaml/nodes';
import { fieldInvalid, keySpan, kubeadmObjects } from './kubeadm';
import { localize } from '../../l10n/localize';
import { lineBreakOf, lineStart } from '../../yaml/edits';

const LOCATIONS: Record<string, readonly FieldPath[]> = {
  ClusterConfiguration: [['apiServer', 'extraArgs'], ['controllerManager', 'extraArgs'], ['scheduler', 'extraArgs'], ['etcd', 'local', 'extraArgs']],
  InitConfiguration: [['nodeRegistration', 'kubeletExtraArgs']],
  JoinConfiguration: [['nodeRegistration', 'kubeletExtraArgs']],
};

export default defineRule({
  code: 'NL306',
  name: 'kubeadm-extra-args-form',
  group: 'kubeadm',
  severity: 'error',
  description: 'extraArgs written in the other API version\'s form (map in v1beta4, list in v1beta3), a nameless argument, or a value that is not a string.',
  upstream: {
    tool: 'kubeadm',
    source: 'cmd/kubeadm/app/apis/kubeadm/v1beta4 Arg, v1beta3 map[string]string; validation.go ValidateExtraArgs',
    note: 'The decode error text (Go encoding/json) is not quoted; the meaning is: kubeadm cannot read the file.',
  },
  fixable: true,
  check(ctx) {
    for (const object of kubeadmObjects(ctx.file)) {
      const list = object.version === 'v1beta4';
      const map = ['v1beta1', 'v1beta2', 'v1beta3'].includes(object.version);
      if (!list && !map) continue;
      for (const path of LOCATIONS[object.kind] ?? []) {
        const node = getIn(object.resource.root, path);
        if (!node) continue;
        const where = renderPath(path);
        // A block collection spans lines: point at its key; a flow one is shown whole.
        const at = (node as { flow?: boolean }).flow ? nodeSpan(node) : (keySpan(getIn(object.resource.root, path.slice(0, -1)), String(path[path.length - 1])) ?? nodeSpan(node));
        if (list && isMap(node)) {
          ctx.report({
            span: at,
            message: `${where}: ${object.resource.apiVersion} takes a list of {name, value} arguments here, not a map (the map is the v1beta3 form), so kubeadm cannot decode the file`,
            fixes: toListFix(ctx, node),
          });
        } else if (map && isSeq(node)) {
          ctx.report({
            span: at,
            message: `${where}: ${object.resource.apiVersion} takes a map of flag names to values here, not a list (the list of {name, value} is the v1beta4 form), so kubeadm cannot decode the file`,
            fixes: toMapFix(ctx, node),
          });
        } else if (list && isSeq(node)) {
          node.items.forEach((item, index) => {
            const name = getIn(item, ['name']);
            if (!name || (isScalar(name) && (name.value === '' || name.value === null))) {
              const first = (item as { items?: { key?: Node }[] } | null)?.items?.[0]?.key;
              const span = isScalar(name) && name.range ? nodeSpan(name) : first ? nodeSpan(first) : nodeSpan((item as Node | null) ?? node);
              ctx.report({ span, message: fieldInvalid(where, `index ${index}`, 'argument has no name') });
            }
            checkValue(ctx, getIn(item, ['value']), `${where}[${index}].value`);
          });
        } else if (map && isMap(node)) {
          for (const pair of node.items) checkValue(ctx, pair.value, `${where}.${String((pair.key as Scalar | null)?.value ?? '')}`);
        }
      }
    }
  },
});

/** A number or boolean where kubeadm wants a string: JSON decoding fails ("cannot unmarshal number into ... of type string"). */
function checkValue(ctx: RuleContext, node: unknown, where: string): void {
  if (!isScalar(node) || !node.range || typeof node.value === 'string' || node.value === null) return;
  const source = ctx.file.text.slice(node.range[0], node.range[1]);
  ctx.report({
    span: { start: node.range[0], end: node.range[1] },
    message: `${where}: ${source} is a ${typeof node.value === 'boolean' ? 'boolean' : 'number'}, but argument values are strings, so kubeadm cannot decode the file: quote it`,
    fixes: [{ title: localize('Quote it: "{0}"', source), edits: [{ span: { start: node.range[0], end: node.range[1] }, newText: JSON.stringify(source) }], safe: true }],
  });
}

function nodeSpan(node: Node | null | undefined): Span {
  const r = (node as { range?: [number, number] } | null | undefined)?.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

/** A block collection's range runs to the start of the next line; an edit keeps that line break. */
function contentSpan(text: string, node: Node): Span {
  const span = nodeSpan(node);
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1]!)) end--;
  return { start: span.start, end };
}

function source(ctx: RuleContext, node: unknown): string | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const text = ctx.file.text.slice(node.range[0], node.range[1]);
  if (/[\r\n]/.test(text)) return undefined;
  return typeof node.value === 'string' ? text : JSON.stringify(text);
}

/** v1beta3 map → v1beta4 list, keeping each name's and value's own spelling and the entries' indentation. */
function toListFix(ctx: RuleContext, node: Node): Fix[] {
  if (!isMap(node) || !node.range) return [];
  const entries: { name: string; value: string }[] = [];
  for (const pair of node.items) {
    const name = source(ctx, pair.key);
    const value = source(ctx, pair.value);
    if (name === undefined || value === undefined) return [];
    entries.push({ name, value });
  }
  const text = ctx.file.text;
  const span = contentSpan(text, node);
  const eol = lineBreakOf(text);
  const region = text.slice(span.start, span.end);
  if (node.flow || entries.length === 0) {
    const newText = `[${entries.map((e) => `{name: ${e.name}, value: ${e.value}}`).join(', ')}]`;
    return [{ title: localize('Write the arguments as a list of {name, value}'), edits: [{ span, newText }], safe: !region.includes('#') }];
  }
  const indent = ' '.repeat(span.start - lineStart(text, span.start));
  const newText = entries.map((e, i) => `${i === 0 ? '' : indent}- name: ${e.name}${eol}${indent}  value: ${e.value}`).join(eol);
  return [{ title: localize('Write the arguments as a list of {name, value}'), edits: [{ span, newText }], safe: !region.includes('#') }];
}

/**
 * v1beta4 list → v1beta3 map; a repeated name keeps its last value (kubeadm's GetArgValue) and is written once, as a
 * map cannot repeat a key, so that fix is not safe.
 */
function toMapFix(ctx: RuleContext, node: Node): Fix[] {
  if (!isSeq(node) || !node.range) return [];
  const byName = new Map<string, { name: string; value: string; plain: string }>();
  let items = 0;
  for (const item of node.items) {
    const name = source(ctx, getIn(item, ['name']));
    const value = source(ctx, getIn(item, ['value']));
    const plain = (getIn(item, ['name']) as Scalar | undefined)?.value;
    if (name === undefined || value === undefined || typeof plain !== 'string') return [];
    byName.delete(plain);
    byName.set(plain, { name, value, plain });
    items++;
  }
  const entries = [...byName.values()];
  const unique = entries.length === items;
  const text = ctx.file.text;
  const span = contentSpan(text, node);
  const region = text.slice(span.start, span.end);
  const safe = unique && !region.includes('#');
  if (node.flow || entries.length === 0) {
    return [{ title: localize('Write the arguments as a map'), edits: [{ span, newText: `{${entries.map((e) => `${e.name}: ${e.value}`).join(', ')}}` }], safe }];
  }
  const eol = lineBreakOf(text);
  const start = lineStart(text, span.start);
  let column = span.start - start;
  // A block list may sit at its parent key's column; map entries must be indented under the key.
  const parentColumn = parentKeyColumn(text, start);
  if (parentColumn !== undefined && column <= parentColumn) column = parentColumn + 2;
  const indent = ' '.repeat(column);
  const newText = entries.map((e) => `${indent}${e.name}: ${e.value}`).join(eol);
  return [{ title: localize('Write the arguments as a map'), edits: [{ span: { start, end: span.end }, newText }], safe }];
}

/** The indentation of the nearest non-empty line above `lineStartOffset` (the `extraArgs:` key). */
function parentKeyColumn(text: string, lineStartOffset: number): number | undefined {
  let end = lineStartOffset - 1;
  while (end > 0) {
    const start = lineStart(text, end);
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() !== '' && !line.trim().startsWith('#')) return line.length - line.trimStart().length;
    end = start - 1;
  }
  return undefined;
}
