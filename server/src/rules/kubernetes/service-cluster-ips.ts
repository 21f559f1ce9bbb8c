// The clusterIPs list as ValidateServiceClusterIPsRelatedFields reads it: each entry parsed, and whether any
// entry is invalid (upstream stops before its family checks when one is, so the family rules must too).

import type { Settings } from '../../types';
import type { Located } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { parseIp, type IpAddress } from '../../net/ip';
import { atLeast } from '../rule';
import { effectiveClusterIPs } from './service-spec';
import type { ServiceView } from './service';

export interface ClusterIpsState {
  /** The entries validation sees (a lone `clusterIP` stands for `clusterIPs: [clusterIP]`). */
  readonly ips: readonly Located<string>[];
  /** Each entry parsed; undefined for `None` and for entries that do not parse. */
  readonly parsed: readonly (IpAddress | undefined)[];
  /** An entry is not an IP (or a misplaced `None`): upstream skips the dual-stack and family checks. */
  readonly hasInvalid: boolean;
  /** Template values are not ours to judge; rules leave such a Service alone. */
  readonly templated: boolean;
}

export function clusterIpsState(svc: ServiceView, settings: Settings): ClusterIpsState {
  const ips = effectiveClusterIPs(svc);
  const strict = atLeast(settings, 36);
  let hasInvalid = false;
  const parsed = ips.map((ip, i) => {
    if (i === 0 && ip.value === 'None') {
      if (ips.length > 1) hasInvalid = true;
      return undefined;
    }
    const p = parseIp(ip.value);
    if (!p.ok) {
      hasInvalid = true;
      return undefined;
    }
    // From 1.36 (StrictIPCIDRValidation) leading zeros and IPv4-mapped IPv6 make the entry invalid too.
    if (strict && p.issues.some((x) => x.kind === 'leading-zeros' || x.kind === 'ipv4-mapped')) hasInvalid = true;
    return p.ip;
  });
  return { ips, parsed, hasInvalid, templated: ips.some((ip) => isTemplatedValue(ip.value)) };
}

/** The list as apimachinery prints it in a message: `["10.0.0.1","2001::1"]`. */
export function listValue(items: readonly Located<string>[]): string[] {
  return items.map((i) => i.value);
}

/**
 * Whether ValidateServiceClusterIPsRelatedFields passes, roughly: allocation (alloc.go) runs only then, so an
 * allocation-time finding is only right when this holds.
 */
export function clusterIpFieldsValid(svc: ServiceView, settings: Settings): boolean {
  const families = svc.ipFamilies.map((f) => f.value);
  if (families.some((f) => f !== 'IPv4' && f !== 'IPv6') || new Set(families).size !== families.length) return false;
  const policy = svc.ipFamilyPolicy?.value;
  if (policy !== undefined && !['SingleStack', 'PreferDualStack', 'RequireDualStack'].includes(policy)) return false;
  if (svc.clusterIPs.length > 0) {
    const clusterIP = svc.clusterIP?.value ?? '';
    if (clusterIP === '' || svc.clusterIPs[0]!.value !== clusterIP) return false;
  }
  const state = clusterIpsState(svc, settings);
  if (state.hasInvalid || state.ips.length > 2) return false;
  const got = state.parsed.map((p) => p?.family);
  if (state.ips.length === 2 && got[0] === got[1]) return false;
  const headless = state.ips.length === 1 && state.ips[0]!.value === 'None';
  if (!headless) {
    for (let i = 0; i < Math.min(got.length, families.length); i++) if (got[i] !== undefined && got[i] !== families[i]) return false;
  }
  return true;
}
