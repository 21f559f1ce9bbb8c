// NL210: a Service lists two IP families or two cluster IPs but no ipFamilyPolicy, which the API server
// defaults to SingleStack and then refuses.

import type { Fix } from '../../types';
import { asMap, pairOf } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { defineRule } from '../rule';
import { insertPairBefore } from './pair-edits';
import { allocationOf } from './service-allocation';
import { clusterIpFieldsValid } from './service-cluster-ips';
import { effectiveClusterIPs, intact, keySpan } from './service-spec';
import { servicesOf, type ServiceView } from './service';
import { localize } from '../../l10n/localize';

const WHY = '(ipFamilyPolicy is not set, so the API server defaults it to SingleStack)';

function policyFixes(text: string, svc: ServiceView, anchorKey: string): Fix[] {
  const spec = asMap(svc.spec);
  const anchor = pairOf(svc.spec, anchorKey);
  if (!spec || !anchor) return [];
  return (['PreferDualStack', 'RequireDualStack'] as const).flatMap((policy, i) => {
    const edit = insertPairBefore(text, spec, anchor, 'ipFamilyPolicy', policy);
    return edit ? [{ title: localize('Add ipFamilyPolicy: {0}', policy), edits: [edit], safe: i === 0 }] : [];
  });
}

export default defineRule({
  code: 'NL210',
  name: 'service-implicit-single-stack',
  group: 'kubernetes',
  severity: 'error',
  description: 'A Service with two IP families or two cluster IPs needs an explicit dual-stack ipFamilyPolicy; left out, it defaults to SingleStack and the Service is rejected.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/registry/core/service/storage/alloc.go initIPFamilyFields',
    note: 'Checked at allocation on create (and on a server-side dry run); a headless Service without a selector defaults to RequireDualStack instead.',
  },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      if (!intact(svc.resource) || svc.ipFamilyPolicy !== undefined || pairOf(svc.spec, 'ipFamilyPolicy')?.value) continue;
      const allocation = allocationOf(svc);
      if (!allocation || allocation.policy !== 'SingleStack') continue;
      const ips = effectiveClusterIPs(svc);
      if (ips.some((ip) => isTemplatedValue(ip.value)) || !clusterIpFieldsValid(svc, ctx.settings)) continue;
      const ipsPair = pairOf(svc.spec, 'clusterIPs');
      if (ips.length > 1 && ips[0]!.value !== 'None' && ipsPair) {
        ctx.report({
          span: keySpan(ipsPair)!,
          message: `spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified ${WHY}`,
          fixes: policyFixes(ctx.file.text, svc, 'clusterIPs'),
        });
      }
      const familiesPair = pairOf(svc.spec, 'ipFamilies');
      if (svc.ipFamilies.length > 1 && familiesPair) {
        ctx.report({
          span: keySpan(familiesPair)!,
          message: `spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified ${WHY}`,
          fixes: policyFixes(ctx.file.text, svc, 'ipFamilies'),
        });
      }
    }
  },
});
