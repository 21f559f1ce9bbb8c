// Completion of the enum-like network fields NetLens knows: a Service's ipFamilyPolicy and ipFamilies, port
// protocols (Service, container, NetworkPolicy, EndpointSlice, kind port mappings), kind's networking.ipFamily,
// and the keys and values of a Compose long-syntax ports entry. Every item says what the value does.

import type { YamlFile } from '../yaml/parse';
import type { DocumentKind } from '../yaml/detect';
import { localize } from '../l10n/localize';
import { contextsAt, ITEM, type CursorContext } from './context';
import type { CompletionItem } from './types';

interface Choice {
  readonly label: string;
  readonly documentation: () => string;
  readonly isDefault?: boolean;
}

interface Provider {
  /** Which documents: Kubernetes objects, a kind config, Compose. */
  readonly applies: (kind: DocumentKind) => boolean;
  /** The path of the field; `*` matches any one key, ITEM an item of a sequence. A leading `**` matches any prefix. */
  readonly path: readonly string[];
  readonly slot: 'value' | 'key';
  /** The field's name, shown beside each item. */
  readonly field: string;
  readonly choices: readonly Choice[];
}

const isService = (k: DocumentKind): boolean => k.family === 'kubernetes' && k.kind === 'Service' && k.group === '';
const isKubernetes = (k: DocumentKind): boolean => k.family === 'kubernetes';
const isKind = (k: DocumentKind): boolean => k.group === 'kind.x-k8s.io' && k.kind === 'Cluster';
const isCompose = (k: DocumentKind): boolean => k.family === 'compose';

const KUBERNETES_PROTOCOLS: readonly Choice[] = [
  { label: 'TCP', isDefault: true, documentation: () => localize('TCP, the default when `protocol` is left out.') },
  { label: 'UDP', documentation: () => localize('UDP, for DNS, QUIC, syslog and other datagram services.') },
  { label: 'SCTP', documentation: () => localize('SCTP; the nodes need SCTP support in the kernel (GA since Kubernetes 1.20).') },
];

const PROVIDERS: readonly Provider[] = [
  {
    applies: isService,
    path: ['spec', 'ipFamilyPolicy'],
    slot: 'value',
    field: 'ipFamilyPolicy',
    choices: [
      { label: 'SingleStack', isDefault: true, documentation: () => localize('One IP family: the first of `ipFamilies`, else the family of the cluster\'s primary service range. The default.') },
      { label: 'PreferDualStack', documentation: () => localize('Both IP families on a dual-stack cluster, one on a single-stack cluster: the safe choice for manifests used on both.') },
      { label: 'RequireDualStack', documentation: () => localize('Both IP families; the API server rejects the Service on a cluster without a range of each family.') },
    ],
  },
  {
    applies: isService,
    path: ['spec', 'ipFamilies', ITEM],
    slot: 'value',
    field: 'ipFamilies',
    choices: [
      { label: 'IPv4', documentation: () => localize('A cluster IP from the IPv4 service range. The first entry is the primary family and cannot change later.') },
      { label: 'IPv6', documentation: () => localize('A cluster IP from the IPv6 service range. The first entry is the primary family and cannot change later.') },
    ],
  },
  { applies: isKubernetes, path: ['**', 'ports', ITEM, 'protocol'], slot: 'value', field: 'protocol', choices: KUBERNETES_PROTOCOLS },
  {
    applies: isKind,
    path: ['networking', 'ipFamily'],
    slot: 'value',
    field: 'networking.ipFamily',
    choices: [
      { label: 'ipv4', isDefault: true, documentation: () => localize('IPv4 only (the default): pods from 10.244.0.0/16, Services from 10.96.0.0/16.') },
      { label: 'ipv6', documentation: () => localize('IPv6 only: pods from fd00:10:244::/56, Services from fd00:10:96::/112.') },
      { label: 'dual', documentation: () => localize('Dual-stack: pods and Services get an IPv4 and an IPv6 address (the IPv4 and IPv6 default subnets together).') },
    ],
  },
  { applies: isKind, path: ['nodes', ITEM, 'extraPortMappings', ITEM, 'protocol'], slot: 'value', field: 'protocol', choices: KUBERNETES_PROTOCOLS },
  {
    applies: isCompose,
    path: ['services', '*', 'ports', ITEM],
    slot: 'key',
    field: 'ports',
    choices: [
      { label: 'target', documentation: () => localize('The container port (required).') },
      { label: 'published', documentation: () => localize('The host port: a number, or a range as a string (`"8000-8010"`); left out, Docker picks an ephemeral port.') },
      { label: 'host_ip', documentation: () => localize('The host address to bind, a bare IP (no brackets); left out, every address of the host: `0.0.0.0` and `::`.') },
      { label: 'protocol', documentation: () => localize('`tcp` (the default), `udp` or `sctp`.') },
      { label: 'mode', documentation: () => localize('`ingress` (the default; load-balanced in Swarm) or `host` (published on each node only).') },
      { label: 'app_protocol', documentation: () => localize('The application protocol (`http`, `grpc`, …): a hint for tools; Docker does not use it.') },
      { label: 'name', documentation: () => localize('A human-readable name for the port.') },
    ],
  },
  {
    applies: isCompose,
    path: ['services', '*', 'ports', ITEM, 'protocol'],
    slot: 'value',
    field: 'protocol',
    choices: [
      { label: 'tcp', isDefault: true, documentation: () => localize('TCP, the default when `protocol` is left out.') },
      { label: 'udp', documentation: () => localize('UDP, for DNS, QUIC, syslog and other datagram services.') },
      { label: 'sctp', documentation: () => localize('SCTP (Docker Engine on Linux with SCTP support in the kernel).') },
    ],
  },
  {
    applies: isCompose,
    path: ['services', '*', 'ports', ITEM, 'mode'],
    slot: 'value',
    field: 'mode',
    choices: [
      { label: 'ingress', isDefault: true, documentation: () => localize('The default: in Swarm, the port is load-balanced across the service\'s tasks on every node.') },
      { label: 'host', documentation: () => localize('The port is published on the host that runs the container only.') },
    ],
  },
];

function matches(pattern: readonly string[], path: readonly string[]): boolean {
  if (pattern[0] === '**') {
    const rest = pattern.slice(1);
    return path.length >= rest.length && matches(rest, path.slice(path.length - rest.length));
  }
  return pattern.length === path.length && pattern.every((p, i) => p === '*' || p === path[i]);
}

/** The kind of the document the offset is in; the parse may be partial while a line is being typed. */
function kindAt(file: YamlFile, offset: number): DocumentKind | undefined {
  let found: DocumentKind | undefined;
  for (const doc of file.docs) if (doc.span.start <= offset) found = doc.kind;
  return found;
}

function itemsFor(provider: Provider, context: CursorContext): CompletionItem[] {
  const present = new Set(context.siblings);
  return provider.choices
    .filter((c) => provider.slot === 'value' || !present.has(c.label))
    .map((choice, i) => ({
      label: choice.label,
      kind: provider.slot,
      detail: choice.isDefault ? `${provider.field} · ${localize('default')}` : provider.field,
      documentation: choice.documentation(),
      insertText: provider.slot === 'key' ? `${choice.label}: ` : choice.label,
      span: context.span,
      sortText: String(i).padStart(2, '0'),
      ...(choice.isDefault ? { isDefault: true } : {}),
    }));
}

/** Completions at `offset`: the values (or keys) of the field under the cursor, or nothing. */
export function completionsAt(file: YamlFile, offset: number): CompletionItem[] {
  if (file.templated) return [];
  const kind = kindAt(file, offset);
  if (!kind || kind.family === 'unknown') return [];
  const out: CompletionItem[] = [];
  for (const context of contextsAt(file.text, offset)) {
    for (const provider of PROVIDERS) {
      if (provider.slot === context.slot && provider.applies(kind) && matches(provider.path, context.path)) out.push(...itemsFor(provider, context));
    }
  }
  return out;
}
