// NL415: a static ipv4_address / ipv6_address / link_local_ips of a service on a network that docker compose
// cannot parse, that is of the wrong family, or that no configured subnet of that network contains.

import type { YAMLMap } from 'yaml';
import { defineRule, type RuleContext } from '../rule';
import { composeFile, composeServices, items, type ComposeFile, type ComposeScalar, type ComposeService } from './compose';
import { addrString, is4, is4In6, isUnspecified, parseAddr, prefixContains, unmap, type NetipAddr } from './go-netip';
import { attachments, composeNetworks, isManaged, poolFamily, type ComposeNetwork } from './networks';

const NO_USER_SUBNET = 'user specified IP address is supported only when connecting to networks with user configured subnets';

/** docker compose ≥ 5.1 parseEndpointIPAM, then moby normalizeEndpointIPAMConfig. */
function parse(ctx: RuleContext, s: ComposeScalar | undefined, kind: 4 | 6): NetipAddr | undefined {
  if (!s || s.text === undefined || s.text === '' || s.go.type !== 'string') return undefined;
  const label = kind === 4 ? 'IPv4' : 'IPv6';
  const r = parseAddr(s.text);
  if (!r.ok) {
    ctx.report({ span: s.span, message: `invalid ${label} address: ${r.error}` });
    return undefined;
  }
  const a = r.addr;
  const bad = kind === 4 ? (!is4(a) && !is4In6(a)) || isUnspecified(a) : is4(a) || is4In6(a) || isUnspecified(a) || a.zone !== '';
  if (bad) {
    ctx.report({ span: s.span, message: `invalid ${label} address: ${addrString(kind === 4 ? unmap(a) : a)}` });
    return undefined;
  }
  return kind === 4 ? unmap(a) : a;
}

/** moby validateEndpointIPAddress over the pools the network has for that family. */
function checkContained(ctx: RuleContext, s: ComposeScalar, a: NetipAddr, kind: 4 | 6, network: ComposeNetwork | undefined): void {
  const text = addrString(a);
  if (!network) {
    // The implicit `default` network has no configured subnet.
    ctx.report({ span: s.span, message: NO_USER_SUBNET, severity: 'warning' });
    return;
  }
  if (!isManaged(network)) return;
  const enabled = kind === 4 ? network.enableIpv4 : network.enableIpv6;
  if (enabled === 'unknown') return;
  const familyOn = kind === 4 ? enabled !== false : enabled === true;
  if (!familyOn) {
    ctx.report({ span: s.span, message: `no configured subnet contains IP address ${text}` });
    return;
  }
  const pools = network.pools.filter((p) => p.subnet?.scalar);
  if (pools.some((p) => p.subnet!.value === undefined && p.subnet!.error === undefined)) return;
  const family = pools.filter((p) => poolFamily(p) === kind);
  if (family.length === 0) {
    ctx.report({ span: s.span, message: NO_USER_SUBNET, severity: 'warning' });
    return;
  }
  if (family.some((p) => prefixContains(p.subnet!.value!, a))) return;
  ctx.report({
    span: s.span,
    message: `no configured subnet contains IP address ${text}`,
    related: family.map((p) => ({ uri: ctx.file.source.uri, span: p.subnet!.scalar.span, message: `a configured subnet of network "${network.name}"` })),
  });
}

function checkService(ctx: RuleContext, compose: ComposeFile, networks: ComposeNetwork[], service: ComposeService): void {
  for (const att of attachments(compose, service.node, service.path)) {
    const node: YAMLMap | undefined = att.node;
    if (!node) continue;
    const network = networks.find((n) => n.name === att.name && n.doc === service.doc);
    if (!network && att.name !== 'default') continue;
    for (const [key, kind] of [['ipv4_address', 4], ['ipv6_address', 6]] as const) {
      const s = compose.scalar(node.get(key, true), [...att.path, key]);
      const a = parse(ctx, s, kind);
      if (a && s) checkContained(ctx, s, a, kind, network);
    }
    for (const item of items(node.get('link_local_ips', true), [...att.path, 'link_local_ips'])) {
      const s = compose.scalar(item.node, item.path);
      if (!s || s.text === undefined || s.text === '') continue;
      const r = parseAddr(s.text);
      if (!r.ok) ctx.report({ span: s.span, message: `invalid link-local IP: ${r.error}` });
      else if (isUnspecified(r.addr)) ctx.report({ span: s.span, message: `invalid link-local IP address: ${addrString(r.addr)}` });
    }
  }
}

export default defineRule({
  code: 'NL415',
  name: 'compose-static-address',
  group: 'compose',
  severity: 'error',
  description: 'A static ipv4_address, ipv6_address or link_local_ips entry that is not an address of the right family, or that no configured subnet of the network contains.',
  upstream: {
    tool: 'docker compose, Docker Engine',
    source: 'docker compose pkg/compose/create.go parseEndpointIPAM; moby daemon/container_operations.go normalizeEndpointIPAMConfig, validateEndpointIPAddress',
    note: 'Messages as docker compose 5.1 and Docker Engine 29.1 and later print them (older Engines: "no configured subnet or ip-range contain the IP address ..."); without a configured subnet the address only works on Engine 29.1+ when it happens to fall in the subnet Docker picks.',
  },
  fixable: false,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    const networks = composeNetworks(compose);
    for (const service of composeServices(ctx.file)) checkService(ctx, compose, networks, service);
  },
});
