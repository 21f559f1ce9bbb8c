// Typed view of a k3s / RKE2 config file (flags as keys, values as comma lists or YAML lists).

import { isScalar, isSeq, type Scalar } from 'yaml';
import type { Span } from '../../text/span';
import type { YamlFile } from '../../yaml/parse';
import { get, pairOf } from '../../yaml/nodes';
import { configFilesOf, type Resource } from '../../yaml/resources';
import { subSpan } from '../../yaml/scalar-source';
import { isTemplatedValue } from '../../yaml/template';
import { parseCidr, type Cidr } from '../../net/cidr';
import { parseIp, type IpAddress } from '../../net/ip';
import { K3S_CONFIG } from '../address/fields';

export interface K3sItem {
  readonly text: string;
  readonly span: Span;
  readonly cidr?: Cidr;
  readonly ip?: IpAddress;
}

export interface K3sValue {
  readonly key: string;
  readonly keySpan: Span;
  readonly items: readonly K3sItem[];
  /** The whole value (a scalar or a list), for findings about all of it. */
  readonly span: Span;
}

export function k3sConfigs(file: YamlFile): Resource[] {
  return configFilesOf(file).filter((r) => r.kind === K3S_CONFIG);
}

/** A flag's entries: `a,b`, a YAML list of `a,b` items, and `key+` (append) variants, in order. */
export function k3sValue(config: Resource, key: string): K3sValue | undefined {
  const items: K3sItem[] = [];
  let keySpan: Span | undefined;
  let whole: Span | undefined;
  for (const name of [key, `${key}+`]) {
    const pair = pairOf(config.root, name);
    if (!pair) continue;
    const k = pair.key as Scalar;
    if (!keySpan && k.range) keySpan = { start: k.range[0], end: k.range[1] };
    const value = get(config.root, name);
    const scalars: Scalar[] = isSeq(value) ? (value.items.filter((i) => isScalar(i)) as Scalar[]) : isScalar(value) ? [value] : [];
    const r = (value as { range?: [number, number] } | undefined)?.range;
    // A block list spans lines: findings about the whole value point at its last entry instead.
    const block = isSeq(value) && !value.flow;
    if (r && !whole && !block) whole = { start: r[0], end: r[1] };
    for (const scalar of scalars) {
      const text = typeof scalar.value === 'string' ? scalar.value : scalar.value === null ? '' : String(scalar.value);
      if (text === '' || isTemplatedValue(text)) continue;
      let from = 0;
      for (const piece of text.split(',')) {
        const lead = piece.length - piece.trimStart().length;
        const t = piece.trim();
        const span = subSpan(scalar, from + lead, from + lead + t.length);
        const cidr = parseCidr(t);
        const ip = parseIp(t);
        items.push({ text: t, span, ...(cidr.ok ? { cidr: cidr.cidr } : {}), ...(ip.ok ? { ip: ip.ip } : {}) });
        from += piece.length + 1;
      }
    }
  }
  if (!keySpan || items.length === 0) return undefined;
  return { key, keySpan, items, span: whole ?? items[items.length - 1]!.span };
}
