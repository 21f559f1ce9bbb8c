// NL211: an ExternalName Service carries cluster-IP or family fields, or lacks a valid DNS name to point at.

import type { Pair } from 'yaml';
import type { Fix } from '../../types';
import { asMap, pairOf, stringAt } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { parseIp } from '../../net/ip';
import { defineRule } from '../rule';
import { dnsSubdomainProblems, forbidden, invalid, required } from './k8s-validation';
import { removePair, removePairs } from './pair-edits';
import { effectiveClusterIPs, intact, keySpan } from './service-spec';
import { servicesOf } from './service';
import { localize } from '../../l10n/localize';

const NOT_FOR_EXTERNAL_NAME = 'may not be set for ExternalName services';

export default defineRule({
  code: 'NL211',
  name: 'service-external-name',
  group: 'kubernetes',
  severity: 'error',
  description: 'An ExternalName Service is a DNS alias: no cluster IPs, IP families or family policy, and spec.externalName must be a DNS name (an IP address there is never resolved).',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/core/validation/validation.go ValidateService',
    note: 'An IPv4 address passes as a DNS name but is published as a CNAME that DNS servers do not resolve (Kubernetes docs, "type: ExternalName"); that case is a warning.',
  },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      if (svc.type !== 'ExternalName') continue;
      const spec = asMap(svc.spec);
      const remove = (pair: Pair<unknown, unknown> | undefined, title: string): Fix[] => {
        const edit = spec && pair ? removePair(ctx.file.text, spec, pair) : undefined;
        return edit ? [{ title, edits: [edit], safe: true }] : [];
      };
      // A lone clusterIP is copied into clusterIPs on create, so it is refused the same way.
      const ips = effectiveClusterIPs(svc);
      if (ips.length > 0 && !ips.some((ip) => isTemplatedValue(ip.value))) {
        const ipsPair = pairOf(svc.spec, 'clusterIPs');
        const ipPair = pairOf(svc.spec, 'clusterIP');
        const where = ipsPair ?? ipPair!;
        const fixes: Fix[] = [];
        const edits = spec ? removePairs(ctx.file.text, spec, [ipPair, ipsPair].filter((p) => p !== undefined)) : undefined;
        if (edits && edits.length > 0) fixes.push({ title: localize('Remove the cluster IP fields'), edits, safe: true });
        ctx.report({ span: keySpan(where)!, message: forbidden(['spec', 'clusterIPs'], NOT_FOR_EXTERNAL_NAME), fixes });
      }
      const familiesPair = pairOf(svc.spec, 'ipFamilies');
      if (svc.ipFamilies.length > 0 && familiesPair) {
        ctx.report({ span: keySpan(familiesPair)!, message: forbidden(['spec', 'ipFamilies'], NOT_FOR_EXTERNAL_NAME), fixes: remove(familiesPair, localize('Remove ipFamilies')) });
      }
      const policyPair = pairOf(svc.spec, 'ipFamilyPolicy');
      if (svc.ipFamilyPolicy && policyPair) {
        ctx.report({ span: keySpan(policyPair)!, message: forbidden(['spec', 'ipFamilyPolicy'], NOT_FOR_EXTERNAL_NAME), fixes: remove(policyPair, localize('Remove ipFamilyPolicy')) });
      }

      const namePair = pairOf(svc.spec, 'externalName');
      const name = namePair ? stringAt(namePair.value, ['spec', 'externalName']) : undefined;
      if (name && isTemplatedValue(name.value)) continue;
      // The value may end in one dot (a fully qualified name); upstream strips it before checking.
      const cname = name?.value.endsWith('.') ? name.value.slice(0, -1) : name?.value ?? '';
      if (cname === '') {
        if (!intact(svc.resource)) continue;
        const typeValue = stringAt(pairOf(svc.spec, 'type')?.value, ['spec', 'type']);
        const at = name?.span ?? (namePair ? keySpan(namePair) : undefined) ?? typeValue?.span;
        if (at) ctx.report({ span: at, message: required(['spec', 'externalName']) });
        continue;
      }
      for (const problem of dnsSubdomainProblems(cname)) {
        ctx.report({ span: name!.span, message: invalid(['spec', 'externalName'], cname, problem) });
      }
      const asIp = parseIp(cname);
      if (asIp.ok && dnsSubdomainProblems(cname).length === 0) {
        ctx.report({
          span: name!.span,
          severity: 'warning',
          message: `spec.externalName: ${JSON.stringify(name!.value)} is an IP address; an ExternalName Service publishes it as a DNS CNAME target, which DNS servers do not resolve (use a Service without a selector and an EndpointSlice instead)`,
        });
      }
    }
  },
});
