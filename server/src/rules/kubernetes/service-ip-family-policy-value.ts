// NL203: spec.ipFamilyPolicy is not one of the three policies.

import type { Scalar } from 'yaml';
import { renderPath } from '../../yaml/nodes';
import { replaceScalarValue } from '../../yaml/edits';
import { isTemplatedValue } from '../../yaml/template';
import { defineRule } from '../rule';
import { IP_FAMILY_POLICIES, servicesOf } from './service';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL203',
  name: 'service-ip-family-policy-value',
  group: 'kubernetes',
  severity: 'error',
  description: 'A Service\'s spec.ipFamilyPolicy must be SingleStack, PreferDualStack or RequireDualStack (the case matters).',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/core/validation/validation.go ValidateServiceClusterIPsRelatedFields' },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      const policy = svc.ipFamilyPolicy;
      if (!policy || svc.type === 'ExternalName') continue;
      if ((IP_FAMILY_POLICIES as readonly string[]).includes(policy.value) || isTemplatedValue(policy.value)) continue;
      const squash = (s: string) => s.replace(/[\s_-]/g, '').toLowerCase();
      const meant = IP_FAMILY_POLICIES.find((p) => squash(p) === squash(policy.value));
      ctx.report({
        span: policy.span,
        message: `${renderPath(policy.path)}: Unsupported value: ${JSON.stringify(policy.value)}: supported values: "PreferDualStack", "RequireDualStack", "SingleStack"`,
        fixes: meant ? [{ title: localize('Change to {0}', meant), edits: [replaceScalarValue(policy.node as Scalar, meant)], safe: true }] : [],
      });
    }
  },
});
