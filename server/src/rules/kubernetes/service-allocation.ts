// What the API server allocates for a Service, from the Service alone: the IP family policy it defaults to,
// the families it requests and the cluster IPs it gets on single- and dual-stack clusters
// (pkg/registry/core/service/storage/alloc.go initIPFamilyFields and allocIPs).

import { parseIp, type Family } from '../../net/ip';
import { isTemplatedValue } from '../../yaml/template';
import { IP_FAMILIES, IP_FAMILY_POLICIES, type ServiceView } from './service';
import { effectiveClusterIPs, hasSelector } from './service-spec';
import { localize } from '../../l10n/localize';

export type Policy = (typeof IP_FAMILY_POLICIES)[number];

export interface Allocation {
  readonly policy: Policy | undefined;
  /** Where the policy comes from: written, or defaulted by the API server (and why). */
  readonly policySource: 'written' | 'default' | 'default-headless-selectorless';
  /** Families the Service names, from ipFamilies or else inferred from its cluster IPs, in order. */
  readonly families: readonly Family[];
  readonly headless: boolean;
  readonly selectorless: boolean;
  /** The allocation error the API server returns whatever the cluster, if any. */
  readonly error: string | undefined;
}

function other(f: Family): Family {
  return f === 'IPv4' ? 'IPv6' : 'IPv4';
}

/** Undefined for ExternalName Services and for values that are templates or not understood. */
export function allocationOf(svc: ServiceView): Allocation | undefined {
  if (svc.type === 'ExternalName') return undefined;
  const written = svc.ipFamilyPolicy?.value;
  if (written !== undefined && !(IP_FAMILY_POLICIES as readonly string[]).includes(written)) return undefined;
  const headless = svc.clusterIP?.value === 'None' || svc.clusterIPs[0]?.value === 'None';
  const selectorless = !hasSelector(svc);
  let policy = written as Policy | undefined;
  let policySource: Allocation['policySource'] = 'written';
  if (!policy) {
    // alloc.go: headless without a selector defaults to RequireDualStack, everything else to SingleStack.
    policy = headless && svc.clusterIP?.value === 'None' && selectorless ? 'RequireDualStack' : 'SingleStack';
    policySource = policy === 'RequireDualStack' ? 'default-headless-selectorless' : 'default';
  }
  const families: Family[] = [];
  for (const f of svc.ipFamilies) {
    if (isTemplatedValue(f.value)) return undefined;
    if ((IP_FAMILIES as readonly string[]).includes(f.value)) families.push(f.value as Family);
  }
  const ips = effectiveClusterIPs(svc).filter((ip) => ip.value !== 'None');
  ips.forEach((ip, i) => {
    // A cluster IP without a family at its position contributes its own family (alloc.go inference).
    if (families[i] !== undefined) return;
    const p = parseIp(ip.value);
    if (p.ok) families[i] = p.ip.family;
  });
  let error: string | undefined;
  if (policy === 'SingleStack') {
    if (ips.length > 1) error = "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified";
    else if (families.length > 1) error = "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified";
  }
  return { policy, policySource, families, headless, selectorless, error };
}

/** Markdown lines saying what the API server will do with this Service's IP families. */
export function allocationFacts(a: Allocation): string[] {
  const lines: string[] = [];
  const source = a.policySource === 'written' ? '' : a.policySource === 'default' ? ` ${localize('(not set: the API server defaults it)')}` :
    ` ${localize('(not set: a headless Service without a selector defaults to it)')}`;
  lines.push(`**ipFamilyPolicy: ${a.policy}**${source}`);
  if (a.error) {
    lines.push('', localize('The API server rejects this Service: `{0}`.', `spec.ipFamilyPolicy: Invalid value: "${a.policy}": ${a.error}`));
    return lines;
  }
  const primary = a.families[0];
  const primaryText = primary ? localize('{0} (first in `ipFamilies`/`clusterIPs`)', primary) : localize('the family of the cluster\'s first service range (`--service-cluster-ip-range`)');
  const what = a.headless ? localize('IP families (a headless Service gets no cluster IP)') : localize('cluster IPs');
  lines.push('');
  if (a.policy === 'SingleStack') {
    lines.push(`- ${localize('one family: {0}; {1}.', primaryText, a.headless ? localize('no cluster IP (headless)') : localize('one cluster IP from that family\'s service range'))}`);
    if (primary) lines.push(`- ${localize('a cluster without an {0} service range rejects it: `{1}`.', primary, `${primary} is not configured on this cluster`)}`);
  } else {
    const second = a.families[1] ?? (primary ? other(primary) : localize('the other family'));
    lines.push(`- ${localize('dual-stack cluster: two {0}, {1} first, then {2}.', what, primary ?? localize('primary family'), second)}`);
    if (a.policy === 'PreferDualStack') {
      const only = primary ? primary : localize('the cluster\'s family');
      lines.push(`- ${a.families.length > 1
        ? localize('single-stack cluster: only {0}, but listing {1} in `ipFamilies` fails there with `{2}`.', only, second, 'not configured on this cluster')
        : localize('single-stack cluster: only {0}.', only)}`);
    } else if (a.headless && a.selectorless) {
      lines.push(`- ${localize('single-stack cluster: still both families (headless without a selector is the one exception; no address is allocated).')}`);
    } else {
      lines.push(`- ${localize('single-stack cluster: rejected, `{0}`.', 'this cluster is not configured for dual-stack services')}`);
    }
  }
  lines.push('', localize('Families and the primary cluster IP cannot change later; only the secondary family can be added or removed (with `SingleStack` to remove it).'));
  return lines;
}
