// NL204: ipFamilyPolicy SingleStack with two families or two cluster IPs.

import type { Scalar } from 'yaml';
import { renderPath } from '../../yaml/nodes';
import { replaceScalarValue } from '../../yaml/edits';
import { defineRule } from '../rule';
import { IP_FAMILIES, servicesOf } from './service';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL204',
  name: 'service-single-stack-multi-family',
  group: 'kubernetes',
  severity: 'error',
  description: 'A SingleStack Service lists two IP families or two cluster IPs; the API server refuses to allocate it.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/registry/core/service/storage/alloc.go initIPFamilyFields',
    note: 'Checked at allocation, not by validation, so it fails on create (and on a server-side dry run).',
  },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      const policy = svc.ipFamilyPolicy;
      if (!policy || policy.value !== 'SingleStack' || svc.type === 'ExternalName') continue;
      // Allocation runs only after validation passed: bad or repeated families stop the request earlier (NL201, NL202).
      const families = svc.ipFamilies.map((f) => f.value);
      if (families.some((f) => !(IP_FAMILIES as readonly string[]).includes(f)) || new Set(families).size !== families.length) continue;
      // initIPFamilyFields reports the cluster IPs first, then the families, both on spec.ipFamilyPolicy.
      const reasons: string[] = [];
      if (svc.clusterIPs.length > 1 && svc.clusterIPs[0]?.value !== 'None') reasons.push('cluster IPs');
      if (families.length > 1) reasons.push('IP families');
      const node = policy.node as Scalar;
      for (const what of reasons) {
        ctx.report({
          span: policy.span,
          message: `${renderPath(policy.path)}: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple ${what} are specified`,
          fixes: [
            { title: localize('Change to PreferDualStack'), edits: [replaceScalarValue(node, 'PreferDualStack')], safe: false },
            { title: localize('Change to RequireDualStack'), edits: [replaceScalarValue(node, 'RequireDualStack')], safe: false },
          ],
        });
      }
    }
  },
});
