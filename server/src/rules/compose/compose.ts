// The Compose view shared by the Compose rules and hovers: services, their port entries and network
// attachments, and the top-level networks, each scalar typed the way go-yaml types it and interpolated the
// way compose-go interpolates it (yaml/interpolate.ts), with its source span kept for findings.

import { isMap, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Settings } from '../../types';
import type { Span } from '../../text/span';
import { asMap, get, type FieldPath } from '../../yaml/nodes';
import type { YamlDocument, YamlFile } from '../../yaml/parse';
import { subSpan } from '../../yaml/scalar-source';
import { composeEnvironment, interpolate, type ComposeEnvironment, type Interpolation } from '../../yaml/interpolate';
import { profilesMeet } from './port-allocator';

/** How go-yaml (v3/v4, used by docker compose) types a scalar when decoding into `interface{}`. */
export type GoYamlType = 'string' | 'int' | 'float' | 'bool' | 'null' | 'timestamp';

export interface GoYamlScalar {
  readonly type: GoYamlType;
  /** For ints: the decimal value (`0777` is 511, `0x50` is 80, `1_000` is 1000). */
  readonly int?: bigint;
  /** For floats: the value, printed the way Go's `%v` prints a float64. */
  readonly float?: number;
}

// The types without a value, one object each: every scalar of a Compose file is typed.
const STRING: GoYamlScalar = Object.freeze({ type: 'string' });
const BOOL: GoYamlScalar = Object.freeze({ type: 'bool' });
const NULL: GoYamlScalar = Object.freeze({ type: 'null' });
const TIMESTAMP: GoYamlScalar = Object.freeze({ type: 'timestamp' });

const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** Go's `strconv.ParseInt(s, 0, 64)`: sign, then `0x`/`0o`/`0b`/leading-`0` octal or decimal. */
function goParseIntBase0(s: string): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const digits = m[2]!;
  let value: bigint;
  if (/^0[xXoObB]/.test(digits)) value = BigInt(`0${digits[1]!.toLowerCase()}${digits.slice(2)}`);
  else if (digits.length > 1 && digits[0] === '0') value = BigInt(`0o${digits.slice(1)}`);
  else value = BigInt(digits);
  if (m[1] === '-') value = -value;
  if (value > 18446744073709551615n || value < -9223372036854775808n) return undefined;
  return value;
}

/**
 * go-yaml's `resolve` for an untagged plain scalar (resolve.go): the YAML 1.2 booleans and nulls, then for text
 * starting with a digit or sign a timestamp, an int (`strconv.ParseInt(base 0)` after removing `_`, so the YAML
 * 1.1 octal `0777` is 511), then a float. Base-60 numbers are not supported, so `22:22` stays a string.
 */
export function goYamlResolvePlain(text: string): GoYamlScalar {
  if (['true', 'True', 'TRUE', 'false', 'False', 'FALSE'].includes(text)) return BOOL;
  if (['', '~', 'null', 'Null', 'NULL'].includes(text)) return NULL;
  if (['.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '-0', '-0.0'].includes(text)) {
    return { type: 'float', float: text === '-0' || text === '-0.0' ? -0 : NaN };
  }
  const first = text[0]!;
  if (first === '.') {
    const f = Number(text);
    if (YAML_FLOAT.test(text) && Number.isFinite(f)) return { type: 'float', float: f };
    return STRING;
  }
  if (!/[0-9+-]/.test(first)) return STRING;
  if (/^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?$/.test(text)) return TIMESTAMP;
  const plain = text.replace(/_/g, '');
  const int = goParseIntBase0(plain);
  if (int !== undefined) return { type: 'int', int };
  if (YAML_FLOAT.test(plain)) return { type: 'float', float: Number(plain) };
  return STRING;
}

function goYamlType(node: Scalar): GoYamlScalar {
  if (node.tag === 'tag:yaml.org,2002:str') return STRING;
  if (node.type === Scalar.PLAIN) {
    const src = typeof node.source === 'string' ? node.source : typeof node.value === 'string' ? node.value : String(node.value);
    if (node.tag === undefined) return goYamlResolvePlain(src);
  }
  if (typeof node.value === 'string') return STRING;
  if (typeof node.value === 'number') return Number.isInteger(node.value) ? { type: 'int', int: BigInt(node.value) } : { type: 'float', float: node.value };
  if (typeof node.value === 'boolean') return BOOL;
  return NULL;
}

/** Go's `%v` for a float64 (`strconv.FormatFloat(f, 'g', -1, 64)`). */
export function goFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (Object.is(f, -0)) return '-0';
  const exp = f === 0 ? 0 : Math.floor(Math.log10(Math.abs(f)));
  if (exp < -4 || exp >= 21) {
    const [m, e] = f.toExponential().split('e');
    const n = Number(e);
    return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return String(f);
}

/** A Compose scalar: where it is, how go-yaml types it, and what compose-go interpolates it to. */
export interface ComposeScalar {
  readonly node: Scalar;
  readonly span: Span;
  readonly path: FieldPath;
  readonly go: GoYamlScalar;
  /** The text as written: the string value, or the source text of a number or boolean. */
  readonly raw: string;
  /** For strings; a literal for every other type. */
  readonly interpolation: Interpolation;
  /**
   * The value as compose uses it, as text: the interpolated string, an int in decimal, a float as Go prints it;
   * undefined when the value is unresolved, failed to interpolate, or is a boolean or null.
   */
  readonly text: string | undefined;
  /** Whether offsets in `text` are offsets in `raw` (nothing was substituted or re-spelled). */
  readonly exact: boolean;
}

/** The source span of `text[start, end)`: exact when the value maps onto the source, else the whole scalar. */
export function partSpan(s: ComposeScalar, start: number, end: number): Span {
  return s.exact ? subSpan(s.node, start, end) : s.span;
}

export interface ComposeFile {
  readonly file: YamlFile;
  readonly env: ComposeEnvironment;
  readonly docs: readonly YamlDocument[];
  scalar(node: unknown, path: FieldPath): ComposeScalar | undefined;
}

const CACHE = new WeakMap<YamlFile, { env: Settings['composeEnv']; complete: boolean; model: ComposeFile }>();

/** The Compose documents of a file with their interpolation environment; cached per parse and settings. */
export function composeFile(file: YamlFile, settings: Settings): ComposeFile {
  const complete = settings.composeEnvComplete === true;
  const hit = CACHE.get(file);
  if (hit && hit.env === settings.composeEnv && hit.complete === complete) return hit.model;
  const env = composeEnvironment(file.source.dotEnv, settings.composeEnv, complete);
  const scalars = new WeakMap<Scalar, ComposeScalar>();
  const model: ComposeFile = {
    file,
    env,
    docs: file.docs.filter((d) => d.kind.family === 'compose'),
    scalar(node, path) {
      if (!isScalar(node) || !node.range) return undefined;
      const cached = scalars.get(node);
      if (cached) return cached;
      const made = makeScalar(node, path, env);
      scalars.set(node, made);
      return made;
    },
  };
  CACHE.set(file, { env: settings.composeEnv, complete, model });
  return model;
}

/** The text compose-go interpolates for a scalar: its string value, else its source as written. */
export function rawText(node: Scalar): string {
  return typeof node.value === 'string' ? node.value : typeof node.source === 'string' ? node.source : String(node.value);
}

function makeScalar(node: Scalar, path: FieldPath, env: ComposeEnvironment): ComposeScalar {
  const span = { start: node.range![0], end: node.range![1] };
  const go = goYamlType(node);
  const raw = rawText(node);
  if (go.type === 'string') {
    const interpolation = interpolate(raw, env);
    const text = interpolation.kind === 'literal' || interpolation.kind === 'resolved' ? interpolation.value : undefined;
    return { node, span, path, go, raw, interpolation, text, exact: interpolation.kind === 'literal' };
  }
  const literal: Interpolation = { kind: 'literal', value: raw };
  if (go.type === 'int') {
    const text = go.int!.toString();
    return { node, span, path, go, raw, interpolation: literal, text, exact: text === raw };
  }
  if (go.type === 'float') return { node, span, path, go, raw, interpolation: literal, text: goFloat(go.float!), exact: false };
  return { node, span, path, go, raw, interpolation: literal, text: undefined, exact: false };
}

/** Paths as compose-go's `tree.Path` prints them in interpolation errors: list items are `[]`. */
export function treePath(path: FieldPath): string {
  return path.map((s) => (typeof s === 'number' ? '[]' : s)).join('.');
}

/** Paths as the JSON-schema validation prints them: list items are their index. */
export function schemaPath(path: FieldPath): string {
  return path.map(String).join('.');
}

/** Paths as compose-go's override/uncity indexers print them: list items are `[i]`. */
export function indexedPath(path: FieldPath): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.');
}

/** The file name docker compose puts in `validating <file>: ...` messages (the path it was given). */
export function composeFileName(file: YamlFile): string {
  const uri = file.source.uri;
  const slash = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\'));
  try {
    return decodeURIComponent(uri.slice(slash + 1));
  } catch {
    return uri.slice(slash + 1);
  }
}

/** Compose files merged over a base (`compose.override.yaml`, `docker-compose.prod.override.yml`) lack context. */
export function isOverrideFile(file: YamlFile): boolean {
  return /override/i.test(composeFileName(file));
}

export interface ComposeService {
  readonly name: string;
  readonly node: Node;
  readonly doc: YamlDocument;
  readonly path: FieldPath;
}

const SERVICES = new WeakMap<YamlFile, readonly ComposeService[]>();

/** The services of a file's Compose documents, in file order (found once per parse: most Compose rules ask). */
export function composeServices(file: YamlFile): readonly ComposeService[] {
  const hit = SERVICES.get(file);
  if (hit) return hit;
  const out: ComposeService[] = [];
  for (const doc of file.docs) {
    if (doc.kind.family !== 'compose') continue;
    const services = asMap(get(doc.doc.contents, 'services'));
    if (!services) continue;
    for (const pair of services.items) {
      if (!isScalar(pair.key) || !pair.value) continue;
      const name = String(pair.key.value);
      out.push({ name, node: pair.value, doc, path: ['services', name] });
    }
  }
  SERVICES.set(file, out);
  return out;
}

/** The entries of a sequence with their paths (null items included, as `undefined` nodes are skipped). */
export function items(node: unknown, path: FieldPath): { node: Node; path: FieldPath; index: number }[] {
  if (!isSeq(node)) return [];
  const out: { node: Node; path: FieldPath; index: number }[] = [];
  node.items.forEach((item, index) => {
    if (item && typeof item === 'object') out.push({ node: item as Node, path: [...path, index], index });
  });
  return out;
}

/** The pairs of a mapping with string keys. */
export function entries(node: unknown): { key: string; keyNode: Scalar; value: Node | null; pair: Pair<Scalar, Node | null> }[] {
  if (!isMap(node)) return [];
  const out: { key: string; keyNode: Scalar; value: Node | null; pair: Pair<Scalar, Node | null> }[] = [];
  for (const pair of (node as YAMLMap<Scalar, Node | null>).items) {
    if (!isScalar(pair.key)) continue;
    out.push({ key: String(pair.key.value), keyNode: pair.key, value: pair.value ?? null, pair });
  }
  return out;
}

export function keySpan(pair: Pair<unknown, unknown>): Span | undefined {
  const key = pair.key as Node | null;
  if (!key || !key.range) return undefined;
  return { start: key.range[0], end: key.range[1] };
}


/** A service's `network_mode` as compose reads it, or undefined when absent or unresolved. */
export function networkMode(compose: ComposeFile, service: ComposeService): ComposeScalar | undefined {
  const node = isMap(service.node) ? (service.node as YAMLMap).get('network_mode', true) : undefined;
  return node === undefined ? undefined : compose.scalar(node, [...service.path, 'network_mode']);
}

/** A service's `profiles` (empty when none): services with profiles only run when one is enabled. */
export function profiles(compose: ComposeFile, service: ComposeService): string[] {
  const node = isMap(service.node) ? (service.node as YAMLMap).get('profiles', true) : undefined;
  if (node === undefined) return [];
  return items(node, [...service.path, 'profiles']).map((i) => compose.scalar(i.node, i.path)?.text ?? '\u0000unknown');
}

/** Whether two services can run in the same `docker compose up` (no profiles, or a profile in common, or unknown). */
export function canRunTogether(compose: ComposeFile, a: ComposeService, b: ComposeService): boolean {
  if (a === b) return true;
  const known = (list: string[]): string[] | 'unknown' => (list.some((p) => p.startsWith('\u0000')) ? 'unknown' : list);
  return profilesMeet(known(profiles(compose, a)), known(profiles(compose, b)));
}
