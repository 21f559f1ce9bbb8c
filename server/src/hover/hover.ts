// Finds what is under the cursor (an address field, a port mapping, any address in a known document) and says what it means.

import { isScalar, visit, type Scalar } from 'yaml';
import type { HoverResult, Settings } from '../types';
import type { Span } from '../text/span';
import type { YamlFile } from '../yaml/parse';
import { subSpan } from '../yaml/scalar-source';
import { addressValues, type AddressValue } from '../rules/address/fields';
import { parseCidr } from '../net/cidr';
import { parseIp } from '../net/ip';
import { parseIpRange } from '../net/range';
import { splitCommaList } from '../net/list';
import { cidrFacts, ipFacts, rangeFacts, type CidrContext } from './facts';
import { NO_ROLE, roleOf } from './role';
import { clusterHoverAt } from '../rules/cluster/cluster-hover';
import { composeHoverAt } from './binding';
import { serviceHoverAt } from '../rules/kubernetes/service-hover';
import { localizationInForce, type Localization } from '../l10n/localize';

function inside(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/**
 * Hover texts by address, context and language. An editor hovers the same addresses again and again; the facts
 * (capacities, special ranges, formatted counts) are worked out once. Bounded like the parse caches.
 */
let factsCache = new Map<string, string | undefined>();
let factsLanguage = localizationInForce();
const FACTS_LIMIT = 5_000;

function cachedFacts(text: string, context: CidrContext | undefined): string | undefined {
  if (localizationInForce() !== factsLanguage || factsCache.size >= FACTS_LIMIT) {
    factsCache = new Map();
    factsLanguage = localizationInForce();
  }
  const key = context === undefined || context === NO_ROLE ? text : `${text}\u0000${JSON.stringify(context)}`;
  const hit = factsCache.get(key);
  if (hit !== undefined || factsCache.has(key)) return hit;
  const facts = addressFacts(text, context);
  factsCache.set(key, facts);
  return facts;
}

/**
 * A catalogued value's hover, kept with the value (which lives as long as its parse): hovering the same value again
 * looks up neither its role nor the facts cache, and answers the same object (adapters may keep their form of it).
 */
const byValue = new WeakMap<AddressValue, { readonly language: Localization; readonly hover: HoverResult | undefined }>();

function valueHover(value: AddressValue, file: YamlFile): HoverResult | undefined {
  const known = byValue.get(value);
  if (known && known.language === localizationInForce()) return known.hover;
  // A role only changes what is said about a block: an address or a range needs none looked up.
  const markdown = cachedFacts(value.text, value.text.includes('/') ? roleOf(value, file) : NO_ROLE);
  const hover = markdown ? { span: value.span, markdown } : undefined;
  byValue.set(value, { language: localizationInForce(), hover });
  return hover;
}

/** Facts about a bare text that may be an IP, a CIDR or a start-end range; undefined when it is none. */
export function addressFacts(text: string, context: CidrContext = {}): string | undefined {
  // A CIDR has a '/' and a range a '-', and an address has neither: the other parsers' error paths (which work
  // out what is wrong, for messages) are not run for nothing.
  if (text.includes('/')) {
    const cidr = parseCidr(text);
    return cidr.ok ? cidrFacts(cidr.cidr, text, context) : undefined;
  }
  const ip = parseIp(text);
  if (ip.ok) return ipFacts(ip.ip, text);
  if (!text.includes('-')) return undefined;
  const range = parseIpRange(text);
  return range.ok ? rangeFacts(range.start, range.end, range.count, text) : undefined;
}

/** The smallest scalar whose range holds the offset; only collections that hold it are entered. */
function scalarAt(file: YamlFile, offset: number): Scalar | undefined {
  let best: Scalar | undefined;
  const off = (r: readonly number[] | null | undefined): boolean => !!r && (offset < r[0]! || offset > r[2]!);
  for (const doc of file.docs) {
    if (offset < doc.span.start || offset > doc.span.end) continue;
    visit(doc.doc, {
      Map: (_key, node) => (off(node.range) ? visit.SKIP : undefined),
      Seq: (_key, node) => (off(node.range) ? visit.SKIP : undefined),
      Scalar(_key, node) {
        const r = node.range;
        if (!r || offset < r[0] || offset > r[1]) return;
        if (!best || r[1] - r[0] < best.range![1] - best.range![0]) best = node;
      },
    });
  }
  return best;
}

export function hoverAt(file: YamlFile, offset: number, settings: Settings): HoverResult | undefined {
  const values = addressValues(file);
  // Values are in source order and do not overlap: the first that ends at or after the offset, then on while they start before it.
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]!.span.end < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < values.length && values[i]!.span.start <= offset; i++) {
    const value = values[i]!;
    if (!inside(value.span, offset)) continue;
    const hover = valueHover(value, file);
    if (hover) return hover;
  }
  const service = serviceHoverAt(file, offset, settings);
  if (service) return service;
  const compose = composeHoverAt(file, offset, settings);
  if (compose) return compose;
  const cluster = clusterHoverAt(file, offset);
  if (cluster) return cluster;
  const doc = file.docs.find((d) => offset >= d.span.start && offset <= d.span.end);
  if (!doc || doc.kind.family === 'unknown') return undefined;
  const node = scalarAt(file, offset);
  if (!node || !isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  for (const item of splitCommaList(node.value)) {
    const span = subSpan(node, item.start, item.end);
    const whole = span.start === node.range[0] && span.end === node.range[1];
    if (!whole && !inside(span, offset)) continue;
    const markdown = cachedFacts(item.text, undefined);
    if (markdown) return { span, markdown };
  }
  return undefined;
}
