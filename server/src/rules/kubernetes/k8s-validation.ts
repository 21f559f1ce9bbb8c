// The API server's validation vocabulary: field-error strings as apimachinery prints them, port numbers and
// names, DNS names, special IPs, and the JSON decoding error for a value of the wrong type.

import { isScalar } from 'yaml';
import type { IpAddress } from '../../net/ip';
import { renderPath, type FieldPath } from '../../yaml/nodes';
import type { Resource } from '../../yaml/resources';

/**
 * A bad value as apimachinery `field.Error` prints it (pkg/util/validation/field/errors.go): strings quoted,
 * numbers and booleans plain, lists and everything else as JSON (reference k8s-rules.md §0.2).
 */
export function renderValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  return JSON.stringify(value);
}

export function invalid(path: FieldPath | string, value: unknown, detail: string): string {
  return `${typeof path === 'string' ? path : renderPath(path)}: Invalid value: ${renderValue(value)}: ${detail}`;
}

export function required(path: FieldPath | string, detail?: string): string {
  return `${typeof path === 'string' ? path : renderPath(path)}: Required value${detail ? `: ${detail}` : ''}`;
}

export function forbidden(path: FieldPath | string, detail: string): string {
  return `${typeof path === 'string' ? path : renderPath(path)}: Forbidden: ${detail}`;
}

export function duplicate(path: FieldPath | string, value: unknown): string {
  return `${typeof path === 'string' ? path : renderPath(path)}: Duplicate value: ${renderValue(value)}`;
}

/** `Unsupported value` lists the supported values quoted and sorted, as field.NotSupported does. */
export function unsupported(path: FieldPath | string, value: unknown, supported: readonly string[]): string {
  const list = [...supported].sort().map((s) => JSON.stringify(s)).join(', ');
  return `${typeof path === 'string' ? path : renderPath(path)}: Unsupported value: ${renderValue(value)}: supported values: ${list}`;
}

export const PORT_RANGE = 'must be between 1 and 65535, inclusive';

/** apimachinery IsValidPortNum. */
export function portNumberProblems(port: number): string[] {
  return port >= 1 && port <= 65535 ? [] : [PORT_RANGE];
}

/** apimachinery IsValidPortName: an IANA_SVC_NAME (RFC 6335), one message per broken rule, in upstream order. */
export function portNameProblems(name: string): string[] {
  const out: string[] = [];
  if (name.length > 15) out.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) out.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) out.push('must contain at least one letter (a-z)');
  if (name.includes('--')) out.push('must not contain consecutive hyphens');
  if (name.length > 0 && (name.startsWith('-') || name.endsWith('-'))) out.push('must not begin or end with a hyphen');
  return out;
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** apimachinery IsDNS1123Label. */
export function dnsLabelProblems(value: string): string[] {
  const out: string[] = [];
  if (value.length > 63) out.push('must be no more than 63 characters');
  if (!DNS1123_LABEL.test(value)) out.push(DNS1123_SUBDOMAIN.test(value) ? 'must not contain dots' : LABEL_MESSAGE);
  return out;
}

/** apimachinery IsDNS1123Subdomain. */
export function dnsSubdomainProblems(value: string): string[] {
  const out: string[] = [];
  if (value.length > 253) out.push('must be no more than 253 characters');
  if (!DNS1123_SUBDOMAIN.test(value)) out.push(SUBDOMAIN_MESSAGE);
  return out;
}

export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;

/**
 * pkg/apis/core/validation ValidateNonSpecialIP: addresses that can never be an endpoint or an external IP.
 * Go's net.IP predicates, so an IPv4-mapped address counts as IPv4 and `ffx2::` (any flags) is link-local
 * multicast, whatever the message says.
 */
export function specialIpProblem(ip: IpAddress, written: string): string | undefined {
  if (ip.family === 'IPv4') return specialIpv4Problem(Number(ip.value), written);
  const b = ip.bytes;
  if (ip.value === 0n) return `may not be unspecified (${written})`;
  if (ip.value === 1n) return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0x80) return 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
  if (b[0] === 0xff && (b[1]! & 0x0f) === 0x02) return 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
  return undefined;
}

/** `specialIpProblem` for an IPv4 address given as its 32-bit value (what `cleanIpv4Value` reads without a parse). */
export function specialIpv4Problem(value: number, written: string): string | undefined {
  if (value === 0) return `may not be unspecified (${written})`;
  const first = Math.floor(value / 2 ** 24);
  if (first === 127) return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
  if (Math.floor(value / 2 ** 16) === 0xa9fe) return 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
  if (Math.floor(value / 2 ** 8) === 0xe00000) return 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
  return undefined;
}

/** What a YAML scalar holds for a Go integer or int-or-string field. */
export type NumberField =
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  /** A number that is not an int32 (a float, or out of range): a JSON decoding error upstream. */
  | { readonly kind: 'number'; readonly value: number; readonly text: string }
  | { readonly kind: 'other'; readonly text: string };

export function numberField(node: unknown): NumberField | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const v = node.value;
  const text = typeof node.source === 'string' ? node.source : String(v);
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= -2147483648 && v <= 2147483647) return { kind: 'int', value: v };
    return { kind: 'number', value: v, text };
  }
  if (typeof v === 'bigint') return { kind: 'number', value: Number(v), text };
  if (typeof v === 'string') return { kind: 'string', value: v };
  return { kind: 'other', text: typeof v === 'boolean' ? 'bool' : text };
}

const KIND_VERSION = /\/?([^/]+)$/;

/**
 * The API server's message for a value of the wrong JSON type (a quoted port, a float): the request body is
 * not decoded at all, so it fails before validation. The field path names JSON fields without indexes, the
 * way encoding/json reports it (`ServicePort.spec.ports.port`); an empty `goStruct` is a type with its own
 * decoder (int-or-string), whose error names no field.
 */
export function decodeError(resource: Resource, goStruct: string, path: FieldPath, got: NumberField, goType = 'int32'): string {
  const version = KIND_VERSION.exec(resource.apiVersion)?.[1] ?? resource.apiVersion;
  const jsonPath = path.filter((s) => typeof s === 'string').join('.');
  const what = got.kind === 'string' ? 'string' : got.kind === 'number' ? `number ${got.text}` : got.kind === 'other' && got.text === 'bool' ? 'bool' : 'object';
  const into = goStruct === '' ? 'Go value' : `Go struct field ${goStruct}.${jsonPath}`;
  return `${resource.kind} in version ${JSON.stringify(version)} cannot be handled as a ${resource.kind}: json: cannot unmarshal ${what} into ${into} of type ${goType}`;
}
