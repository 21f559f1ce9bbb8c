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
import { localize } from '../l10n/localize';

function inside(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

function interpolationRow(i: Interpolation, raw: string): string | undefined {
  if (i.kind === 'literal') return undefined;
  if (i.kind === 'resolved') {
    const how = i.uses.map((u) => (u.how === 'default' ? localize('`{0}` not set here: its default', u.name) : u.from === '.env' ? localize('`{0}` from `.env`', u.name) : localize('`{0}` from settings', u.name)));
    return `| ${localize('interpolated')} | \`${raw}\` → \`${i.value}\`${how.length ? ` (${how.join('; ')})` : ''} |`;
  }
  if (i.kind === 'unresolved') return `| ${localize('interpolated')} | ${localize('`{0}` depends on {1}, not set in `.env` or settings', raw, i.unknown.map((n) => `\`${n}\``).join(', '))} |`;
  return undefined;
}

function range(r: { start: number; end: number }): string {
  return r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`;
}

/** The Markdown for one binding. */
export function bindingFacts(b: PortBinding, written: string, dynamicHost?: string): string {
  const lines = [`**\`${written}\`** — ${localize('Compose port mapping')}`, '', '| | |', '|---|---|'];
  const ip = b.hostIp?.ip;
  if (!ip) lines.push(`| ${localize('host addresses')} | ${localize('every address of the host: `0.0.0.0` (IPv4) and `::` (IPv6)')} |`);
  else if (b.hostIp!.wildcard) lines.push(`| ${localize('host addresses')} | ${localize('every {0} address of the host (`{1}`)', ip.family, ip.canonical)} |`);
  else lines.push(`| ${localize('host address')} | ${localize('`{0}` ({1} only)', ip.canonical, ip.family)} |`);
  if (b.hostPorts) lines.push(`| ${b.hostPorts.start === b.hostPorts.end ? localize('host port') : localize('host ports')} | \`${range(b.hostPorts)}\` |`);
  else if (dynamicHost) lines.push(`| ${localize('host port')} | ${localize('one free port out of `{0}`', dynamicHost)} |`);
  else lines.push(`| ${localize('host port')} | ${localize('an ephemeral port chosen by Docker')} |`);
  const c = b.containerPorts;
  lines.push(`| ${c.start === c.end ? localize('container port') : localize('container ports')} | \`${range(c)}\` |`);
  lines.push(`| ${localize('protocol')} | ${b.protocol} |`);
  if (b.entry.kind === 'short' && b.entry.parsed?.ok && b.entry.parsed.unbracketedIpv6) {
    lines.push(`| ${localize('note')} | ${localize('an IPv6 host address without brackets; docker compose ≥ 2.24 reads it, older tools do not: write `[{0}]`', ip?.canonical ?? '')} |`);
  }
  const row = interpolationRow(b.interpolation, b.entry.kind === 'short' ? b.entry.scalar.raw : (b.entry.fields.get('published')?.scalar?.raw ?? ''));
  if (row) lines.push(row);
  return lines.join('\n');
}

function unresolvedFacts(s: ComposeScalar): string {
  return [`**\`${s.raw}\`** — ${localize('Compose value')}`, '', '| | |', '|---|---|', interpolationRow(s.interpolation, s.raw) ?? ''].join('\n');
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
  if (gateway) rows.push(`| ${localize('gateway')} | ${localize('`{0}` (configured)', gateway.ip.canonical)} |`);
  else if (first) rows.push(`| ${localize('default gateway')} | ${localize("`{0}` (the first address; Docker's default)", first.canonical)} |`);
  // The bridge driver reserves the network address, the gateway and (IPv4) the broadcast address.
  const total = addressCount(subnet.cidr);
  const reserved = subnet.cidr.family === 'IPv4' ? 3n : 2n;
  const aux = BigInt(pool.aux.filter((a) => a.value).length);
  const forContainers = total > reserved + aux ? total - reserved - aux : 0n;
  rows.push(`| ${localize('addresses for containers')} | ${formatCount(forContainers)} |`);
  const ipRange = pool.ipRange?.value;
  if (ipRange) rows.push(`| ${localize('dynamic allocation')} | ${localize('only from `{0}` (ip_range); static ipv4_address/ipv6_address may use the whole subnet', prefixString(ipRange))} |`);
  if (subnet.cidr.family === 'IPv6' && pool.network.enableIpv6 !== true) rows.push(`| ${localize('note')} | ${localize('ignored: network `{0}` does not set `enable_ipv6: true`', pool.network.name)} |`);
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
