// Compose hovers: what a port mapping publishes (host addresses and families, host and container ports,
// protocol, the interpolated value), and what a network subnet gives its containers (capacity, gateway).

import { isMap } from 'yaml';
import type { HoverResult, Settings } from '../types';
import type { Span } from '../text/span';
import type { YamlFile } from '../yaml/parse';
import type { Interpolation } from '../yaml/interpolate';
import { addressCount, nthAddress } from '../net/cidr';
import { formatCount } from '../net/format';
import { composeFile, type ComposeScalar } from '../rules/compose/compose';
import { portBindings, portEntries, type PortBinding } from '../rules/compose/port-entries';
import { composeNetworks, type IpamPool } from '../rules/compose/networks';
import { prefixString } from '../rules/compose/go-netip';
import { cidrFacts } from './facts';

function inside(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

function interpolationRow(i: Interpolation, raw: string): string | undefined {
  if (i.kind === 'literal') return undefined;
  if (i.kind === 'resolved') {
    const how = i.uses.map((u) => (u.how === 'default' ? `\`${u.name}\` not set here: its default` : `\`${u.name}\` from ${u.from === '.env' ? '`.env`' : 'settings'}`));
    return `| interpolated | \`${raw}\` → \`${i.value}\`${how.length ? ` (${how.join('; ')})` : ''} |`;
  }
  if (i.kind === 'unresolved') return `| interpolated | \`${raw}\` depends on ${i.unknown.map((n) => `\`${n}\``).join(', ')}, not set in \`.env\` or settings |`;
  return undefined;
}

function range(r: { start: number; end: number }): string {
  return r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`;
}

/** The Markdown for one binding. */
export function bindingFacts(b: PortBinding, written: string, dynamicHost?: string): string {
  const lines = [`**\`${written}\`** — Compose port mapping`, '', '| | |', '|---|---|'];
  const ip = b.hostIp?.ip;
  if (!ip) lines.push('| host addresses | every address of the host: `0.0.0.0` (IPv4) and `::` (IPv6) |');
  else if (b.hostIp!.wildcard) lines.push(`| host addresses | every ${ip.family} address of the host (\`${ip.canonical}\`) |`);
  else lines.push(`| host address | \`${ip.canonical}\` (${ip.family} only) |`);
  if (b.hostPorts) lines.push(`| host port${b.hostPorts.start === b.hostPorts.end ? '' : 's'} | \`${range(b.hostPorts)}\` |`);
  else if (dynamicHost) lines.push(`| host port | one free port out of \`${dynamicHost}\` |`);
  else lines.push('| host port | an ephemeral port chosen by Docker |');
  const c = b.containerPorts;
  lines.push(`| container port${c.start === c.end ? '' : 's'} | \`${range(c)}\` |`);
  lines.push(`| protocol | ${b.protocol} |`);
  if (b.entry.kind === 'short' && b.entry.parsed?.ok && b.entry.parsed.unbracketedIpv6) {
    lines.push(`| note | an IPv6 host address without brackets; docker compose ≥ 2.24 reads it, older tools do not: write \`[${ip?.canonical ?? ''}]\` |`);
  }
  const row = interpolationRow(b.interpolation, b.entry.kind === 'short' ? b.entry.scalar.raw : (b.entry.fields.get('published')?.scalar?.raw ?? ''));
  if (row) lines.push(row);
  return lines.join('\n');
}

function unresolvedFacts(s: ComposeScalar): string {
  return [`**\`${s.raw}\`** — Compose value`, '', '| | |', '|---|---|', interpolationRow(s.interpolation, s.raw) ?? ''].join('\n');
}

/** What Docker does with a configured subnet: the gateway it picks and the addresses left for containers. */
function subnetFacts(pool: IpamPool): string | undefined {
  const subnet = pool.subnet?.value;
  if (!subnet) return undefined;
  const text = pool.subnet!.scalar.text!;
  const base = cidrFacts(subnet.cidr, text);
  const rows: string[] = [];
  const gateway = pool.gateway?.value;
  const first = nthAddress(subnet.cidr, 1n);
  if (gateway) rows.push(`| gateway | \`${gateway.ip.canonical}\` (configured) |`);
  else if (first) rows.push(`| default gateway | \`${first.canonical}\` (the first address; Docker's default) |`);
  // The bridge driver reserves the network address, the gateway and (IPv4) the broadcast address.
  const total = addressCount(subnet.cidr);
  const reserved = subnet.cidr.family === 'IPv4' ? 3n : 2n;
  const aux = BigInt(pool.aux.filter((a) => a.value).length);
  const forContainers = total > reserved + aux ? total - reserved - aux : 0n;
  rows.push(`| addresses for containers | ${formatCount(forContainers)} |`);
  const ipRange = pool.ipRange?.value;
  if (ipRange) rows.push(`| dynamic allocation | only from \`${prefixString(ipRange)}\` (ip_range); static ipv4_address/ipv6_address may use the whole subnet |`);
  if (subnet.cidr.family === 'IPv6' && pool.network.enableIpv6 !== true) rows.push(`| note | ignored: network \`${pool.network.name}\` does not set \`enable_ipv6: true\` |`);
  return `${base}\n${rows.join('\n')}`;
}

/** A Compose hover at `offset`, or undefined when the offset is on nothing Compose-specific. */
export function composeHoverAt(file: YamlFile, offset: number, settings: Settings): HoverResult | undefined {
  if (!file.docs.some((d) => d.kind.family === 'compose')) return undefined;
  const compose = composeFile(file, settings);
  const bindings = portBindings(compose);
  for (const entry of portEntries(compose)) {
    const span = entry.kind === 'short' ? entry.scalar.span : entry.node.range ? { start: entry.node.range[0], end: entry.node.range[1] } : undefined;
    if (!span || !inside(span, offset)) continue;
    const b = bindings.find((x) => x.entry === entry);
    if (entry.kind === 'short') {
      if (entry.scalar.interpolation.kind === 'unresolved') return { span, markdown: unresolvedFacts(entry.scalar) };
      if (!b || !entry.parsed?.ok) return undefined;
      const host = entry.parsed.hostPort;
      const dynamic = host && !b.hostPorts && host.range.start !== host.range.end ? host.text : undefined;
      return { span, markdown: bindingFacts(b, entry.scalar.raw, dynamic) };
    }
    if (!b) return undefined;
    const published = entry.fields.get('published')?.scalar;
    const dynamic = published?.text && !b.hostPorts && published.text.includes('-') ? published.text : undefined;
    const written = `target ${entry.fields.get('target')?.scalar?.raw ?? ''}${published ? `, published ${published.raw}` : ''}`;
    return { span, markdown: bindingFacts(b, written, dynamic) };
  }
  for (const network of composeNetworks(compose)) {
    if (!network.node || !isMap(network.node)) continue;
    for (const pool of network.pools) {
      const s = pool.subnet?.scalar;
      if (s && inside(s.span, offset)) {
        if (s.interpolation.kind === 'unresolved') return { span: s.span, markdown: unresolvedFacts(s) };
        const markdown = subnetFacts(pool);
        if (markdown) return { span: s.span, markdown: withInterpolation(markdown, s) };
      }
    }
  }
  return undefined;
}

function withInterpolation(markdown: string, s: ComposeScalar): string {
  const row = interpolationRow(s.interpolation, s.raw);
  return row ? `${markdown}\n${row}` : markdown;
}
