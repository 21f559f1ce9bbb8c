// What a Compose short-syntax port mapping publishes: on which host addresses and families, which ports, which protocol.

import type { DockerPortSpecParse } from '../net/ports';

type DockerPortSpecOk = Extract<DockerPortSpecParse, { ok: true }>;

export function bindingFacts(spec: DockerPortSpecOk, written: string): string {
  const protocol = spec.protocolValue;
  const container = spec.container.text;
  const lines = [`**\`${written}\`** — Compose port mapping`, '', '| | |', '|---|---|'];
  const hostIp = spec.hostIp?.text ?? '';
  if (hostIp === '') {
    lines.push('| host addresses | every address of the host: `0.0.0.0` (IPv4) and `::` (IPv6) |');
  } else if (hostIp === '0.0.0.0') {
    lines.push('| host addresses | every IPv4 address of the host (`0.0.0.0`) |');
  } else if (hostIp === '::' || hostIp === '[::]') {
    lines.push('| host addresses | every IPv6 address of the host (`::`) |');
  } else {
    const bare = hostIp.replace(/^\[|\]$/g, '');
    lines.push(`| host address | \`${bare}\` (${bare.includes(':') ? 'IPv6' : 'IPv4'} only) |`);
  }
  const hostPort = spec.hostPort?.text ?? '';
  if (hostPort === '' || hostPort === '0') lines.push('| host port | an ephemeral port chosen by Docker |');
  else if (spec.hostPort && spec.hostPort.range.end !== spec.hostPort.range.start && spec.container.range.start === spec.container.range.end) {
    lines.push(`| host port | one free port out of \`${hostPort}\` |`);
  } else lines.push(`| host port${hostPort.includes('-') ? 's' : ''} | \`${hostPort}\` |`);
  lines.push(`| container port${container.includes('-') ? 's' : ''} | \`${container}\` |`);
  lines.push(`| protocol | ${protocol}${spec.protocol ? '' : ' (the default)'} |`);
  if (spec.unbracketedIpv6) lines.push('| note | an IPv6 host address without brackets; docker compose ≥ 2.24 reads it, older tools do not: write `[' + hostIp + ']` |');
  return lines.join('\n');
}
