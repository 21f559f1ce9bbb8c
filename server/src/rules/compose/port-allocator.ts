// Docker's port allocator as Compose bindings meet it: which services publish at all, which run together, and
// which host address of one binding blocks another. NL408 (one file) and NL609 (the files of a project) both ask.

import type { Family } from '../../net/ip';
import type { PortBinding } from './port-entries';

/** A host address a binding reserves, as the allocator prints it (Go's `netip.Addr.String()`). */
export interface HostAllocation {
  readonly family: Family;
  readonly value: bigint;
  readonly wildcard: boolean;
  readonly text: string;
}

/** No host IP: Docker binds both 0.0.0.0 and :: (IPv4-only networks too, via the userland proxy). */
const BOTH_WILDCARDS: readonly HostAllocation[] = [
  { family: 'IPv4', value: 0n, wildcard: true, text: '0.0.0.0' },
  { family: 'IPv6', value: 0n, wildcard: true, text: '::' },
];

/** The host address a binding reserves (undefined: no host IP). */
export function hostAllocation(b: PortBinding): HostAllocation | undefined {
  return b.hostIp && { family: b.hostIp.ip.family, value: b.hostIp.ip.value, wildcard: b.hostIp.wildcard, text: b.hostIp.ip.canonical };
}

/** Whether a service with this `network_mode` publishes its ports: host discards them; service:, container: and none refuse them. */
export function publishesWith(networkMode: string): boolean {
  return !(networkMode === 'host' || networkMode === 'none' || networkMode.startsWith('service:') || networkMode.startsWith('container:'));
}

/** Whether two services' profiles let them run in one `docker compose up`: no profiles, one in common, or unknown. */
export function profilesMeet(a: readonly string[] | 'unknown', b: readonly string[] | 'unknown'): boolean {
  if (a === 'unknown' || b === 'unknown' || a.length === 0 || b.length === 0) return true;
  // `docker compose --profile x --profile y` enables both, but only when asked: disjoint profiles are alternatives.
  return a.some((p) => b.includes(p));
}

/** The first host port two bindings both claim on one protocol, or undefined. */
export function sharedPort(
  a: { readonly hostPorts?: { readonly start: number; readonly end: number }; readonly protocol: string },
  b: { readonly hostPorts?: { readonly start: number; readonly end: number }; readonly protocol: string },
): number | undefined {
  if (!a.hostPorts || !b.hostPorts || a.protocol !== b.protocol) return undefined;
  const start = Math.max(a.hostPorts.start, b.hostPorts.start);
  return start <= Math.min(a.hostPorts.end, b.hostPorts.end) ? start : undefined;
}

/**
 * The address of `other` that blocks `self` on a shared port, IPv4 first, or undefined (undefined host IPs are both
 * wildcards): a wildcard conflicts with its whole family, a specific address with itself.
 */
export function blockingAddress(self: HostAllocation | undefined, other: HostAllocation | undefined): string | undefined {
  for (const x of self ? [self] : BOTH_WILDCARDS) {
    for (const y of other ? [other] : BOTH_WILDCARDS) {
      if (x.family === y.family && (x.wildcard || y.wildcard || x.value === y.value)) return y.text;
    }
  }
  return undefined;
}
