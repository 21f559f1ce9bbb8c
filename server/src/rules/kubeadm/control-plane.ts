// The control-plane components of a file and their command-line flags, wherever they are written: the
// container command of a static pod manifest (kube-apiserver, kube-controller-manager, kube-proxy), or
// kubeadm ClusterConfiguration extraArgs (v1beta3 map form, v1beta4 list of {name, value}).

import { isMap, type Scalar, type YAMLMap } from 'yaml';
import type { Span } from '../../text/span';
import type { YamlFile } from '../../yaml/parse';
import { asMap, get, getIn, keyAt, seqItems, stringAt, type FieldPath } from '../../yaml/nodes';
import { podSpecOf, resourcesOf, type Resource } from '../../yaml/resources';
import { subSpan } from '../../yaml/scalar-source';
import { parseCidr, type Cidr } from '../../net/cidr';

export type Component = 'kube-apiserver' | 'kube-controller-manager' | 'kube-proxy' | 'kubelet';

const COMPONENTS: readonly Component[] = ['kube-apiserver', 'kube-controller-manager', 'kube-proxy'];

/** Boolean flags: `--allocate-node-cidrs` alone means true and does not take the next argument (pflag). */
const BOOL_FLAGS = new Set(['allocate-node-cidrs', 'allow-privileged', 'enable-hostpath-provisioner', 'profiling', 'use-service-account-credentials']);

/** One flag occurrence with where its value stands. */
export interface Flag {
  readonly name: string;
  /** The value text (`true` for a bare boolean flag). */
  readonly value: string;
  /** The scalar that holds the value (for `--name=value` items, the whole item). */
  readonly node: Scalar;
  /** Where the value starts inside the scalar's value. */
  readonly valueOffset: number;
  /** The value in the source (the whole scalar when the mapping is not exact). */
  readonly span: Span;
  /** The flag name in the source (a map key, a `name:` scalar or the `--name` part of an item). */
  readonly nameSpan: Span;
  /** The path of the scalar, as upstream prints it. */
  readonly path: FieldPath;
}

/** A component whose flags are written in this file. */
export interface ComponentFlags {
  readonly component: Component;
  readonly source: 'static-pod' | 'kubeadm';
  readonly resource: Resource;
  /** In source order; a repeated flag appears more than once and the last one wins (pflag, kubeadm GetArgValue). */
  readonly flags: readonly Flag[];
}

function basename(text: string): string {
  const slash = text.lastIndexOf('/');
  return slash < 0 ? text : text.slice(slash + 1);
}

function stringItems(node: unknown, path: FieldPath): { scalar: Scalar; value: string; path: FieldPath }[] {
  const out: { scalar: Scalar; value: string; path: FieldPath }[] = [];
  for (const item of seqItems(node, path)) {
    const s = stringAt(item.node, item.path);
    if (s) out.push({ scalar: s.node, value: s.value, path: item.path });
  }
  return out;
}

/** Which component a container runs: the command's binary, `hyperkube <component>`, or the image name. */
export function componentOfContainer(container: YAMLMap, path: FieldPath): Component | undefined {
  const command = stringItems(get(container, 'command'), [...path, 'command']);
  const first = command[0] ? basename(command[0].value.trim()) : '';
  if ((COMPONENTS as readonly string[]).includes(first)) return first as Component;
  if (first === 'hyperkube' && command[1]) {
    const second = command[1].value.trim();
    const named = second.startsWith('kube-') ? second : `kube-${second}`;
    if ((COMPONENTS as readonly string[]).includes(named)) return named as Component;
  }
  if (command.length === 0) {
    const image = stringAt(get(container, 'image'), [...path, 'image'])?.value ?? '';
    const m = /(?:^|\/)(kube-apiserver|kube-controller-manager|kube-proxy)(?:[-_][a-z0-9]+)*(?::|@|$)/.exec(image);
    if (m) return m[1] as Component;
  }
  return undefined;
}

/** The flags of a container's command and args, parsed the way pflag reads them. */
export function containerFlags(container: YAMLMap, path: FieldPath): Flag[] {
  const command = stringItems(get(container, 'command'), [...path, 'command']);
  const args = stringItems(get(container, 'args'), [...path, 'args']);
  // The binary (and `hyperkube`'s sub-command) is not a flag.
  let skip = 0;
  if (command[0] && basename(command[0].value.trim()) === 'hyperkube') skip = 2;
  else if (command[0] && !command[0].value.trim().startsWith('-')) skip = 1;
  const items = [...command.slice(skip), ...args];
  const flags: Flag[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const raw = item.value;
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text.startsWith('-') || text === '--' || text === '-') continue;
    const dashes = text.startsWith('--') ? 2 : 1;
    const eq = text.indexOf('=');
    const name = text.slice(dashes, eq < 0 ? undefined : eq);
    if (name === '') continue;
    const nameSpan = subSpan(item.scalar, lead, lead + (eq < 0 ? text.length : eq));
    if (eq >= 0) {
      const valueOffset = lead + eq + 1;
      const value = text.slice(eq + 1);
      flags.push({ name, value, node: item.scalar, valueOffset, span: subSpan(item.scalar, valueOffset, valueOffset + value.length), nameSpan, path: item.path });
      continue;
    }
    const next = items[i + 1];
    if (!BOOL_FLAGS.has(name) && next && !next.value.trim().startsWith('-')) {
      const nextLead = next.value.length - next.value.trimStart().length;
      const value = next.value.trim();
      flags.push({ name, value, node: next.scalar, valueOffset: nextLead, span: subSpan(next.scalar, nextLead, nextLead + value.length), nameSpan, path: next.path });
      i++;
      continue;
    }
    flags.push({ name, value: 'true', node: item.scalar, valueOffset: lead, span: nameSpan, nameSpan, path: item.path });
  }
  return flags;
}

/** An extraArgs entry of a kubeadm config, in either form. */
export interface ExtraArg {
  readonly name?: { readonly value: string; readonly span: Span; readonly node: Scalar };
  readonly value?: { readonly value: string; readonly span: Span; readonly node: Scalar; readonly path: FieldPath };
  /** The list item (v1beta4) or the map pair's key (v1beta3). */
  readonly span: Span;
  readonly index: number;
}

export interface ExtraArgs {
  readonly form: 'map' | 'list' | 'other';
  readonly node: unknown;
  readonly path: FieldPath;
  readonly args: readonly ExtraArg[];
}

/** Reads an extraArgs node as kubeadm would in either API version (a map of strings, or a list of {name, value}). */
export function readExtraArgs(node: unknown, path: FieldPath): ExtraArgs | undefined {
  if (node === undefined || node === null) return undefined;
  const map = asMap(node);
  if (map) {
    const args: ExtraArg[] = [];
    map.items.forEach((pair, index) => {
      const key = keyAt(pair, path);
      if (!key) return;
      const value = stringAt(pair.value, [...path, key.value]);
      args.push({
        name: { value: key.value, span: key.span, node: key.node },
        ...(value ? { value: { value: value.value, span: value.span, node: value.node, path: value.path } } : {}),
        span: key.span,
        index,
      });
    });
    return { form: 'map', node, path, args };
  }
  const items = seqItems(node, path);
  if (items.length > 0 || (node as { items?: unknown[] }).items !== undefined) {
    const args: ExtraArg[] = items.map((item, index) => {
      const name = stringAt(get(item.node, 'name'), [...item.path, 'name']);
      const value = stringAt(get(item.node, 'value'), [...item.path, 'value']);
      const range = (item.node as { range?: [number, number] }).range;
      return {
        ...(name ? { name: { value: name.value, span: name.span, node: name.node } } : {}),
        ...(value ? { value: { value: value.value, span: value.span, node: value.node, path: value.path } } : {}),
        span: range ? { start: range[0], end: range[1] } : (name?.span ?? { start: 0, end: 0 }),
        index,
      };
    });
    return { form: 'list', node, path, args };
  }
  return { form: 'other', node, path, args: [] };
}

/** kubeadm `GetArgValue(args, name, -1)`: the last entry with that name wins. */
export function lastArg(args: ExtraArgs | undefined, name: string): ExtraArg | undefined {
  if (!args) return undefined;
  for (let i = args.args.length - 1; i >= 0; i--) if (args.args[i]!.name?.value === name) return args.args[i];
  return undefined;
}

function argsAsFlags(args: ExtraArgs | undefined): Flag[] {
  if (!args) return [];
  const out: Flag[] = [];
  for (const arg of args.args) {
    if (!arg.name || !arg.value) continue;
    out.push({ name: arg.name.value, value: arg.value.value, node: arg.value.node, valueOffset: 0, span: arg.value.span, nameSpan: arg.name.span, path: arg.value.path });
  }
  return out;
}

const KUBEADM_COMPONENTS: readonly [string, Component][] = [['apiServer', 'kube-apiserver'], ['controllerManager', 'kube-controller-manager']];

const cache = new WeakMap<YamlFile, ComponentFlags[]>();

/** Every control-plane component of the file with its flags: static pod containers and kubeadm extraArgs. */
export function componentsOf(file: YamlFile): readonly ComponentFlags[] {
  const hit = cache.get(file);
  if (hit) return hit;
  const out: ComponentFlags[] = [];
  for (const resource of resourcesOf(file)) {
    if (resource.group === 'kubeadm.k8s.io' && resource.kind === 'ClusterConfiguration') {
      for (const [key, component] of KUBEADM_COMPONENTS) {
        const args = readExtraArgs(getIn(resource.root, [key, 'extraArgs']), [key, 'extraArgs']);
        out.push({ component, source: 'kubeadm', resource, flags: argsAsFlags(args) });
      }
      continue;
    }
    const pod = podSpecOf(resource);
    if (!pod || resource.group !== '') continue;
    for (const list of ['containers', 'initContainers']) {
      for (const item of seqItems(get(pod.node, list), [...pod.path, list])) {
        if (!isMap(item.node)) continue;
        const component = componentOfContainer(item.node, item.path);
        if (!component) continue;
        out.push({ component, source: 'static-pod', resource, flags: containerFlags(item.node, item.path) });
      }
    }
  }
  cache.set(file, out);
  return out;
}

/** The last occurrence of a flag (pflag keeps the last value of a repeated scalar flag). */
export function lastFlag(component: ComponentFlags, name: string): Flag | undefined {
  for (let i = component.flags.length - 1; i >= 0; i--) if (component.flags[i]!.name === name) return component.flags[i];
  return undefined;
}

export interface FlagItem {
  readonly text: string;
  readonly span: Span;
  readonly index: number;
  /** Undefined when the item does not parse as a CIDR (the address rules say why). */
  readonly cidr?: Cidr;
}

/** The items of a comma-separated flag value as Go's `strings.Split` gives them (spaces kept), with spans and CIDRs. */
export function flagItems(flag: Flag): FlagItem[] {
  const out: FlagItem[] = [];
  let from = 0;
  flag.value.split(',').forEach((text, index) => {
    const parsed = parseCidr(text);
    const span = subSpan(flag.node, flag.valueOffset + from, flag.valueOffset + from + text.length);
    out.push(parsed.ok ? { text, span, index, cidr: parsed.cidr } : { text, span, index });
    from += text.length + 1;
  });
  return out;
}

/** Go's `strconv.ParseInt` as pflag's int flags use it; undefined when it is not an integer. */
export function flagInt(flag: Flag): number | undefined {
  if (!/^[+-]?\d+$/.test(flag.value)) return undefined;
  const n = Number(flag.value);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** True for a boolean flag given as `--name`, `--name=true` (pflag's strconv.ParseBool spellings). */
export function flagTrue(flag: Flag | undefined): boolean {
  return flag !== undefined && ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(flag.value);
}

/** The flag `--name` of the container at `path` (for the address catalogue's flag segments). */
export function flagsOfContainer(container: unknown, path: FieldPath, component: Component): Flag[] {
  if (!isMap(container)) return [];
  if (componentOfContainer(container, path) !== component) return [];
  return containerFlags(container, path);
}
