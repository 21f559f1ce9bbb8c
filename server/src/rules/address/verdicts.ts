// Judges every catalogued address value once per file, the way its owner parses it, and says which rule
// each problem belongs to; the address rules only pick their own verdicts from this list.

import { isScalar, type Scalar } from 'yaml';
import type { Fix, Settings, Severity, TextEdit } from '../../types';
import type { Span } from '../../text/span';
import type { YamlFile } from '../../yaml/parse';
import { getIn, renderPath } from '../../yaml/nodes';
import { replaceScalarValue } from '../../yaml/edits';
import { isCleanIpv4Cidr, parseCidr } from '../../net/cidr';
import { isCleanIpv4, parseIp } from '../../net/ip';
import { atLeast } from '../rule';
import { addressValues, type AddressValue } from './fields';
import { localize } from '../../l10n/localize';

export const ADDRESS_CODES = {
  ipSyntax: 'NL100',
  cidrSyntax: 'NL101',
  nonStandard: 'NL102',
  hostBits: 'NL103',
  nonCanonical: 'NL104',
  placeholder: 'NL105',
} as const;

export interface AddressVerdict {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly fixes: readonly Fix[];
  readonly value: AddressValue;
}

const IP_EXAMPLE = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
const CIDR_EXAMPLE = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

/** StrictIPCIDRValidation is on by default from 1.36 (KEP-4858); before, the same values only warn. */
function strictOn(settings: Settings): boolean {
  return atLeast(settings, 36);
}

/** The warning's wording changed when strict parsing became the default (apimachinery GetWarningsForIP/CIDR, 1.36). */
function futureText(settings: Settings): string {
  return strictOn(settings) ? 'is invalid' : 'will be considered invalid in a future Kubernetes release';
}

/**
 * Whether the API server warns about a sloppy value at the target version: from 1.33 on every legacy field
 * (GetWarningsForIP/CIDR), from 1.27 on Service fields only (pkg/api/service/warnings.go), never before.
 */
function apiServerWarns(value: AddressValue, settings: Settings): boolean {
  if (value.field.mode !== 'k8s-legacy' && value.field.mode !== 'unvalidated') return true;
  if (atLeast(settings, 33)) return true;
  return value.resource.kind === 'Service' && atLeast(settings, 27);
}

/** Upstream errors may name a field differently from its warnings (spec.LoadBalancerSourceRanges vs spec.loadBalancerSourceRanges). */
function errorPath(value: AddressValue, path: string): string {
  return value.field.errorPath ? renderPath(value.field.errorPath(value.path)) : path;
}

function invalid(path: string, text: string, detail: string): string {
  return `${path}: Invalid value: ${JSON.stringify(text)}: ${detail}`;
}

/** A NetworkPolicy ipBlock or a Service's loadBalancerSourceRanges: ranges that match addresses rather than hand them out. */
function selectsAddresses(field: AddressValue['field']): boolean {
  return field.kinds.includes('NetworkPolicy') || (field.kinds.includes('Service') && field.type === 'cidr');
}

function replaceFix(title: string, value: AddressValue, newText: string, safe: boolean): Fix {
  // Where offsets inside the value are not exact (a quoted value over several lines, or with escapes), the span is
  // the whole scalar, quotes included: the scalar's own edit writes the new value quoted again.
  const node = value.scalar.node;
  const whole = !!node.range && value.span.start === node.range[0] && value.span.end === node.range[1] && node.type !== 'PLAIN';
  const own = whole ? replaceScalarValue(node, newText) : { span: value.span, newText };
  return { title, edits: [own, ...twinEdits(value, newText)], safe };
}

/**
 * A Service's clusterIP and clusterIPs[0] must be the same text (the API server compares strings): a fix that
 * rewrites one of them rewrites the other too when they were equal, or it would make them disagree (NL206).
 */
function twinEdits(value: AddressValue, newText: string): TextEdit[] {
  if (value.resource.kind !== 'Service' || value.field.type !== 'ip' || value.listIndex !== undefined) return [];
  const one = getIn(value.resource.root, ['spec', 'clusterIP']);
  const other = getIn(value.resource.root, ['spec', 'clusterIPs', 0]);
  if (!isScalar(one) || !isScalar(other) || !one.range || !other.range) return [];
  const inside = (n: Scalar): boolean => n.range![0] <= value.span.start && value.span.end <= n.range![1];
  const twin = inside(one) ? other : inside(other) ? one : undefined;
  if (!twin || twin.value !== value.scalar.value) return [];
  return [replaceScalarValue(twin, newText)];
}

const cache = new WeakMap<YamlFile, { settings: Settings; verdicts: AddressVerdict[] }>();

export function addressVerdicts(file: YamlFile, settings: Settings): readonly AddressVerdict[] {
  const hit = cache.get(file);
  if (hit && hit.settings === settings) return hit.verdicts;
  const verdicts: AddressVerdict[] = [];
  for (const value of addressValues(file)) {
    const v = value.field.type === 'ip' ? judgeIp(value, settings) : judgeCidr(value, settings);
    if (!v) continue;
    // A value its owner never reads is still wrong, but nothing fails because of it yet.
    const ignored = v.severity === 'error' ? value.field.ignoredWhen?.(value) : undefined;
    verdicts.push(ignored ? { ...v, severity: 'warning', message: `${v.message}; ${ignored}` } : v);
  }
  cache.set(file, { settings, verdicts });
  return verdicts;
}

/** Spaces around an item that the owner does not trim: removing them is the whole fix. */
function trimFix(value: AddressValue, kind: string): Fix[] {
  const trimmed = value.text.trim();
  if (kind !== 'whitespace' || trimmed === '' || trimmed === value.text) return [];
  return [replaceFix(localize('Remove the spaces around {0}', trimmed), value, trimmed, true)];
}

function verdict(value: AddressValue, code: string, severity: Severity, message: string, fixes: Fix[] = []): AddressVerdict {
  return { code, severity, message, span: value.span, fixes, value };
}

/** How a component names a value whose parse failed: `--cluster-cidr: invalid CIDR address: x` (Go's ParseError). */
function componentParseError(value: AddressValue, what: 'IP' | 'CIDR'): string {
  const label = value.field.label ?? renderPath(value.path);
  if (value.field.parseError) return value.field.parseError(value);
  if (value.field.parseMessage) return invalid(value.field.label ?? renderPath(value.path), value.listText, value.field.parseMessage);
  return `${label}: invalid ${what} address: ${value.text}`;
}

/** Owners that read addresses themselves (a component, or Go's net package) and say so in their own words. */
function ownParser(value: AddressValue): boolean {
  return value.field.mode === 'component' || value.field.mode === 'go' || value.field.parseError !== undefined;
}

function judgeIp(value: AddressValue, settings: Settings): AddressVerdict | undefined {
  const { field, text } = value;
  // A cleanly written IPv4 address has nothing to judge in any mode; most addresses of a big file are such.
  if (isCleanIpv4(text)) return undefined;
  const path = field.label ?? renderPath(value.path);
  const parsed = parseIp(text);
  if (!parsed.ok) {
    if (parsed.problem.kind === 'template') return undefined;
    if (field.mode === 'unvalidated') {
      return verdict(value, ADDRESS_CODES.ipSyntax, 'warning',
        `${path}: ${JSON.stringify(text)} is not an IP address (${parsed.problem.message}); the API server does not check this field, so the mistake shows up only later`);
    }
    const detail = field.parseMessage ?? IP_EXAMPLE;
    const head = ownParser(value) ? componentParseError(value, 'IP') : invalid(errorPath(value, path), text, detail);
    if (parsed.problem.kind === 'placeholder') {
      return verdict(value, ADDRESS_CODES.placeholder, 'error', `${head} (a placeholder: replace it with a real address)`);
    }
    return verdict(value, ADDRESS_CODES.ipSyntax, 'error', `${head} (${parsed.problem.message})`, trimFix(value, parsed.problem.kind));
  }
  const canonical = parsed.ip.canonical;
  const nonStandard = parsed.issues.find((i) => i.kind === 'leading-zeros' || i.kind === 'ipv4-mapped');
  const nonCanonical = parsed.issues.find((i) => i.kind === 'non-canonical');
  if (nonStandard && field.mode === 'go') {
    const fix = [replaceFix(localize('Write it as {0}', canonical), value, canonical, nonStandard.kind !== 'leading-zeros')];
    // Go 1.17+ rejects leading zeros outright (they used to mean octal to some readers); an IPv4-mapped address is read as IPv4.
    if (nonStandard.kind === 'leading-zeros') {
      return verdict(value, ADDRESS_CODES.nonStandard, 'error', `${componentParseError(value, 'IP')} (IPv4 octets with leading zeros are rejected by Go's net.ParseIP: use ${JSON.stringify(canonical)})`, fix);
    }
    return verdict(value, ADDRESS_CODES.nonStandard, 'information', `${path}: IPv4-mapped address ${JSON.stringify(text)} is read as the IPv4 address ${canonical}: write ${JSON.stringify(canonical)}`, fix);
  }
  if (nonStandard) {
    const fix = [replaceFix(localize('Write it as {0}', canonical), value, canonical, true)];
    const strictDetail = nonStandard.kind === 'leading-zeros' ? 'must not have leading 0s' : 'must not be an IPv4-mapped IPv6 address';
    if (field.mode === 'k8s-strict' || (field.mode === 'k8s-legacy' && strictOn(settings))) {
      return verdict(value, ADDRESS_CODES.nonStandard, 'error', invalid(errorPath(value, path), text, strictDetail), fix);
    }
    if (field.mode === 'kubeadm' || field.mode === 'component') {
      return verdict(value, ADDRESS_CODES.nonStandard, 'warning',
        `${path}: non-standard IP address ${JSON.stringify(text)} is read as ${canonical} here but rejected by the API server from Kubernetes 1.36: use ${JSON.stringify(canonical)}`, fix);
    }
    if (!apiServerWarns(value, settings)) return undefined;
    return verdict(value, ADDRESS_CODES.nonStandard, 'warning',
      `${path}: non-standard IP address ${JSON.stringify(text)} ${futureText(settings)}: use ${JSON.stringify(canonical)}`, fix);
  }
  if (nonCanonical) {
    const fix = [replaceFix(localize('Write it as {0}', canonical), value, canonical, true)];
    if (field.mode === 'k8s-strict') {
      return verdict(value, ADDRESS_CODES.nonCanonical, 'error', invalid(errorPath(value, path), text, `must be in canonical form (${JSON.stringify(canonical)})`), fix);
    }
    // Advice where nobody warns (components, kubeadm, API servers before the warning existed); a warning where the API server does.
    const quiet = field.mode === 'kubeadm' || field.mode === 'component' || field.mode === 'go' || !apiServerWarns(value, settings);
    const severity: Severity = quiet ? 'information' : 'warning';
    return verdict(value, ADDRESS_CODES.nonCanonical, severity,
      `${path}: IPv6 address ${JSON.stringify(text)} should be in RFC 5952 canonical format (${JSON.stringify(canonical)})`, fix);
  }
  return undefined;
}

function judgeCidr(value: AddressValue, settings: Settings): AddressVerdict | undefined {
  const { field, text } = value;
  if (isCleanIpv4Cidr(text)) return undefined;
  const path = field.label ?? renderPath(value.path);
  const shown = value.listText;
  const parsed = parseCidr(text);
  if (!parsed.ok) {
    if (parsed.problem.kind === 'template') return undefined;
    // kubeadm prints the whole comma list, apimachinery the single value.
    const detail = field.parseMessage ?? CIDR_EXAMPLE;
    const echoed = field.commaList ? shown : text;
    const head = ownParser(value) ? componentParseError(value, 'CIDR') : invalid(errorPath(value, path), echoed, detail);
    if (parsed.problem.kind === 'placeholder') {
      return verdict(value, ADDRESS_CODES.placeholder, 'error', `${head} (${JSON.stringify(text)} is a placeholder: replace it with a real CIDR)`);
    }
    return verdict(value, ADDRESS_CODES.cidrSyntax, 'error', `${head} (${parsed.problem.message})`, trimFix(value, parsed.problem.kind));
  }
  const cidr = parsed.cidr;
  const network = cidr.canonical;
  const nonStandard = parsed.issues.find((i) => i.kind === 'leading-zeros' || i.kind === 'ipv4-mapped');
  const hostBits = parsed.issues.find((i) => i.kind === 'host-bits');
  const nonCanonical = parsed.issues.find((i) => i.kind === 'non-canonical');
  const strict = field.mode === 'k8s-strict' || (field.mode === 'k8s-legacy' && strictOn(settings));
  if (nonStandard && field.mode === 'go') {
    if (nonStandard.kind === 'leading-zeros') {
      return verdict(value, ADDRESS_CODES.nonStandard, 'error',
        `${componentParseError(value, 'CIDR')} (leading zeros are rejected by Go's net.ParseCIDR: use ${JSON.stringify(network)})`,
        [replaceFix(localize('Write it as {0}', network), value, network, false)]);
    }
    // Go reads an IPv4-mapped block of /96 or longer as the IPv4 block; say so and go on to host bits.
    if (!hostBits) {
      return verdict(value, ADDRESS_CODES.nonStandard, 'information',
        `${path}: IPv4-mapped CIDR value ${JSON.stringify(text)} is read as ${JSON.stringify(network)}: write that`, [replaceFix(localize('Write it as {0}', network), value, network, true)]);
    }
  }
  if (nonStandard && field.mode !== 'go') {
    const fix = [replaceFix(localize('Write it as {0}', network), value, network, !hostBits)];
    if (strict) {
      const detail = nonStandard.kind === 'leading-zeros' ? 'must not have leading 0s in IP or prefix length' : 'must not have an IPv4-mapped IPv6 address';
      return verdict(value, ADDRESS_CODES.nonStandard, 'error', invalid(errorPath(value, path), text, detail), fix);
    }
    if (!apiServerWarns(value, settings)) return undefined;
    return verdict(value, ADDRESS_CODES.nonStandard, 'warning',
      `${path}: non-standard CIDR value ${JSON.stringify(text)} ${futureText(settings)}: use ${JSON.stringify(network)}`, fix);
  }
  if (hostBits) {
    const single = `${cidr.address.canonical}/${cidr.bits}`;
    // The owner masks host bits today, so the network address keeps behaviour: that fix is the safe one. A range
    // that selects addresses may have meant one address; a range to allocate from (pods, services, nodes) may not.
    const fixes = [replaceFix(localize('Use the network address {0}', network), value, network, true)];
    if (selectsAddresses(field)) fixes.push(replaceFix(localize('Use the single address {0}', single), value, single, false));
    if (strict) return verdict(value, ADDRESS_CODES.hostBits, 'error', invalid(errorPath(value, path), text, 'must not have bits set beyond the prefix length'), fixes);
    if (!apiServerWarns(value, settings)) return undefined;
    return verdict(value, ADDRESS_CODES.hostBits, 'warning',
      `${path}: CIDR value ${JSON.stringify(text)} is ambiguous in this context (should be ${JSON.stringify(network)} or ${JSON.stringify(single)}?)`, fixes);
  }
  if (nonCanonical) {
    const fix = [replaceFix(localize('Write it as {0}', network), value, network, true)];
    if (field.mode === 'k8s-strict') {
      return verdict(value, ADDRESS_CODES.nonCanonical, 'error', invalid(errorPath(value, path), text, `must be in canonical form (${JSON.stringify(network)})`), fix);
    }
    // Advice where nobody warns (components, kubeadm, API servers before the warning existed); a warning where the API server does.
    const quiet = field.mode === 'kubeadm' || field.mode === 'component' || field.mode === 'go' || !apiServerWarns(value, settings);
    const severity: Severity = quiet ? 'information' : 'warning';
    return verdict(value, ADDRESS_CODES.nonCanonical, severity,
      `${path}: IPv6 CIDR value ${JSON.stringify(text)} should be in RFC 5952 canonical format (${JSON.stringify(network)})`, fix);
  }
  return undefined;
}
