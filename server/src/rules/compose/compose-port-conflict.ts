// NL408: two bindings that claim the same host port, so the second container fails to start with
// "Bind for 0.0.0.0:8080 failed: port is already allocated".
//
// Docker's semantics (moby daemon/libnetwork/portallocator RequestPortsInRange and the bridge driver): a
// binding without a host IP is two bindings, 0.0.0.0 and ::; 0.0.0.0 conflicts with every IPv4 address on
// the port and :: with every IPv6 address; a specific address conflicts with itself and its family's
// wildcard; 0.0.0.0 and :: do not conflict with each other (IPv6 sockets are IPV6_V6ONLY); tcp, udp and
// sctp are separate. The error names the address that already holds the port.

import type { RelatedLocation } from '../../types';
import { defineRule } from '../rule';
import { canRunTogether, composeFile, networkMode, type ComposeFile } from './compose';
import { newMappings, portBindings, type PortBinding } from './port-entries';
import { blockingAddress, hostAllocation, publishesWith, sharedPort } from './port-allocator';

/** Services whose ports are discarded (host) or refused (service:, container:, none) publish nothing. */
function publishes(compose: ComposeFile, b: PortBinding): boolean {
  const mode = networkMode(compose, b.entry.service);
  if (!mode) return true;
  return mode.text !== undefined && publishesWith(mode.text);
}

function where(b: PortBinding): string {
  return `service ${b.entry.service.name}`;
}

export default defineRule({
  code: 'NL408',
  name: 'compose-port-conflict',
  group: 'compose',
  severity: 'error',
  description: 'Two ports bindings on the same host address family, protocol and port: the second container fails to start.',
  upstream: {
    tool: 'Docker Engine',
    source: 'moby daemon/libnetwork/portallocator/portallocator.go RequestPortsInRange (alreadyAllocatedErr)',
    note: 'All Engine versions with IPv6 port mapping (the userland proxy maps :: by default); the message is wrapped in "driver failed programming external connectivity on endpoint ...".',
  },
  fixable: false,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    const bindings = portBindings(compose).filter((b) => b.hostPorts && publishes(compose, b));
    // Mappings compose merges (NL407) are one binding, not a conflict: what each entry still adds, per service.
    const seenByService = new Map<string, Set<string>>();
    const live: PortBinding[] = [];
    for (const b of bindings) {
      const scope = `${b.entry.service.doc.index}\u0000${b.entry.service.name}`;
      let seen = seenByService.get(scope);
      if (!seen) seenByService.set(scope, (seen = new Set()));
      live.push(...newMappings(b, seen));
    }
    // Candidate pairs by a sweep over host ports sorted by their start, per protocol.
    const partners = new Map<PortBinding, PortBinding[]>();
    const byProtocol = new Map<string, PortBinding[]>();
    const push = <K,>(map: Map<K, PortBinding[]>, key: K, b: PortBinding) => {
      const list = map.get(key);
      if (list) list.push(b);
      else map.set(key, [b]);
    };
    for (const b of live) push(byProtocol, b.protocol, b);
    for (const list of byProtocol.values()) {
      list.sort((x, y) => x.hostPorts!.start - y.hostPorts!.start);
      for (let i = 0; i < list.length; i++) {
        const a = list[i]!;
        for (let j = i + 1; j < list.length && list[j]!.hostPorts!.start <= a.hostPorts!.end; j++) {
          const b = list[j]!;
          push(partners, a, b);
          push(partners, b, a);
        }
      }
    }
    const together = new Map<string, boolean>();
    const runTogether = (x: PortBinding, y: PortBinding): boolean => {
      const key = `${x.entry.service.name}\u0000${y.entry.service.name}`;
      let v = together.get(key);
      if (v === undefined) together.set(key, (v = canRunTogether(compose, x.entry.service, y.entry.service)));
      return v;
    };
    for (const self of live) {
      let message: string | undefined;
      const related: RelatedLocation[] = [];
      const others = (partners.get(self) ?? []).sort((x, y) => x.span.start - y.span.start);
      for (const other of others) {
        if (other.entry.service.doc !== self.entry.service.doc || !runTogether(self, other)) continue;
        const port = sharedPort(self, other);
        if (port === undefined) continue;
        const address = blockingAddress(hostAllocation(self), hostAllocation(other));
        if (address === undefined) continue;
        message ??= `Bind for ${address}:${port} failed: port is already allocated`;
        related.push({ uri: ctx.file.source.uri, span: other.span, message: `${where(other)} also binds ${address}:${port}/${other.protocol}` });
      }
      if (message) ctx.report({ span: self.span, message, related });
    }
  },
});
