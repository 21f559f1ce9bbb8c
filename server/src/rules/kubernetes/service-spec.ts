// More of a Service than its family fields: ports, selector, headlessness and the cluster IPs the API server
// sees once `normalizeClusterIPs` has run, shared by the Service rules and the Service hovers.

import { isMap, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { asMap, get, pairOf, seqItems, stringAt, type FieldPath, type Located } from '../../yaml/nodes';
import type { Span } from '../../text/span';
import { numberField, type NumberField } from './k8s-validation';
import type { ServiceView } from './service';

export interface LocatedNumber {
  readonly value: NumberField;
  readonly span: Span;
  readonly path: FieldPath;
  readonly node: Scalar;
}

export function numberAt(map: unknown, key: string, path: FieldPath): LocatedNumber | undefined {
  const node = get(map, key) as Scalar | undefined;
  const value = numberField(node);
  if (!value || !node?.range) return undefined;
  return { value, span: { start: node.range[0], end: node.range[1] }, path: [...path, key], node };
}

export interface ServicePortView {
  readonly index: number;
  readonly node: YAMLMap<unknown, unknown>;
  readonly path: FieldPath;
  readonly name: Located<string> | undefined;
  readonly protocol: Located<string> | undefined;
  readonly port: LocatedNumber | undefined;
  readonly targetPort: LocatedNumber | undefined;
  readonly nodePort: LocatedNumber | undefined;
  /** Where to point when a required key is missing: the item's first key. */
  readonly anchor: Span;
}

/** A span to point at for a whole mapping: its first key, or the mapping itself. */
export function anchorOf(map: YAMLMap<unknown, unknown>): Span {
  const first = map.items[0]?.key as Node | undefined;
  const r = first?.range ?? map.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

export function servicePorts(svc: ServiceView): ServicePortView[] {
  const out: ServicePortView[] = [];
  for (const item of seqItems(get(svc.spec, 'ports'), ['spec', 'ports'])) {
    const node = asMap(item.node);
    if (!node) continue;
    const index = item.path[item.path.length - 1] as number;
    out.push({
      index,
      node,
      path: item.path,
      name: stringAt(get(node, 'name'), [...item.path, 'name']),
      protocol: stringAt(get(node, 'protocol'), [...item.path, 'protocol']),
      port: numberAt(node, 'port', item.path),
      targetPort: numberAt(node, 'targetPort', item.path),
      nodePort: numberAt(node, 'nodePort', item.path),
      anchor: anchorOf(node),
    });
  }
  return out;
}

/** The protocol a port ends up with: v1 defaulting turns a missing or empty protocol into TCP. */
export function effectiveProtocol(protocol: Located<string> | undefined): string {
  return protocol === undefined || protocol.value === '' ? 'TCP' : protocol.value;
}

/**
 * The cluster IPs validation sees: on create `normalizeClusterIPs` (pkg/registry/core/service/storage) copies a
 * lone `clusterIP` into an empty `clusterIPs`; the reverse is never done.
 */
export function effectiveClusterIPs(svc: ServiceView): readonly Located<string>[] {
  if (svc.clusterIPs.length > 0) return svc.clusterIPs;
  if (svc.clusterIP && svc.clusterIP.value !== '') return [svc.clusterIP];
  return [];
}

/** pkg/apis/core/validation isHeadlessService: type ClusterIP with the single cluster IP `None`. */
export function isHeadless(svc: ServiceView): boolean {
  const ips = effectiveClusterIPs(svc);
  return svc.type === 'ClusterIP' && ips.length === 1 && ips[0]!.value === 'None';
}

/** Whether the Service has a non-empty selector (headless Services without one are allocated differently). */
export function hasSelector(svc: ServiceView): boolean {
  const selector = get(svc.spec, 'selector');
  return isMap(selector) && selector.items.length > 0;
}

/**
 * Whether the object's document parsed without errors. A broken document is still checked where its tree is
 * whole, but a field that seems missing there may only be lost in the damage, so "required" findings wait.
 */
export function intact(resource: { readonly doc: { readonly hasErrors: boolean } }): boolean {
  return !resource.doc.hasErrors;
}

/** Where to point for a field missing from the whole object: the object's `kind` value. */
export function kindSpan(root: unknown): Span | undefined {
  const kind = pairOf(root, 'kind')?.value as Node | null | undefined;
  return kind?.range ? { start: kind.range[0], end: kind.range[1] } : undefined;
}

/** The key scalar of a spec entry, located, for findings about a whole field. */
export function keySpan(pair: Pair<unknown, unknown>): Span | undefined {
  const key = pair.key as Node | null;
  return key?.range ? { start: key.range[0], end: key.range[1] } : undefined;
}
