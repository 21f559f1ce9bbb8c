// NL201: spec.ipFamilies holds something other than IPv4 or IPv6.

import type { Scalar } from 'yaml';
import { renderPath } from '../../yaml/nodes';
import { replaceScalarValue } from '../../yaml/edits';
import { isTemplatedValue } from '../../yaml/template';
import { defineRule } from '../rule';
import { IP_FAMILIES, servicesOf } from './service';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL201',
  name: 'service-ip-families-value',
  group: 'kubernetes',
  severity: 'error',
  description: 'Every entry of a Service\'s spec.ipFamilies must be exactly "IPv4" or "IPv6" (the case matters).',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/core/validation/validation.go ValidateServiceClusterIPsRelatedFields' },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      if (svc.type === 'ExternalName') continue;
      for (const family of svc.ipFamilies) {
        if ((IP_FAMILIES as readonly string[]).includes(family.value) || isTemplatedValue(family.value)) continue;
        const meant = IP_FAMILIES.find((f) => f.toLowerCase() === family.value.trim().toLowerCase());
        ctx.report({
          span: family.span,
          message: `${renderPath(family.path)}: Unsupported value: ${JSON.stringify(family.value)}: supported values: "IPv4", "IPv6"`,
          fixes: meant ? [{ title: localize('Change to {0}', meant), edits: [replaceScalarValue(family.node as Scalar, meant)], safe: true }] : [],
        });
      }
    }
  },
});
