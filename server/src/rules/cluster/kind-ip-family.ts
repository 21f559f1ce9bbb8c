// NL501: kind's networking.ipFamily is ipv4, ipv6 or dual, in lower case.

import { defineRule } from '../rule';
import { replaceScalarValue } from '../../yaml/edits';
import type { Fix } from '../../types';
import { kindClusters } from './kind';
import { localize } from '../../l10n/localize';

const VALID = ['ipv4', 'ipv6', 'dual'];
const MEANT: Record<string, string> = { dualstack: 'dual', 'dual-stack': 'dual', dual_stack: 'dual', ipv4ipv6: 'dual', ipv6ipv4: 'dual' };

export default defineRule({
  code: 'NL501',
  name: 'kind-ip-family',
  group: 'cluster',
  severity: 'error',
  description: 'kind networking.ipFamily is not one of ipv4, ipv6, dual (kind compares it case-sensitively).',
  upstream: { tool: 'kind', source: 'pkg/internal/apis/config/validate.go Cluster.Validate' },
  fixable: true,
  check(ctx) {
    for (const cluster of kindClusters(ctx.file)) {
      const value = cluster.ipFamily;
      if (!value || VALID.includes(value.value)) continue;
      const lower = value.value.toLowerCase();
      const meant = VALID.includes(lower) ? lower : MEANT[lower];
      const fixes: Fix[] = meant ? [{ title: localize('Write {0}', meant), edits: [replaceScalarValue(value.node, meant)], safe: VALID.includes(lower) }] : [];
      ctx.report({ span: value.span, message: `invalid ipFamily: ${value.value}${meant ? ` (kind spells it ${JSON.stringify(meant)})` : ' (use ipv4, ipv6 or dual)'}`, fixes });
    }
  },
});
