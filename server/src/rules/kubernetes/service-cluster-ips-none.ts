// NL207: `None` (a headless Service) must be the first and only entry of spec.clusterIPs.

import { asSeq, get } from '../../yaml/nodes';
import { removeSeqItem } from '../../yaml/edits';
import type { TextEdit } from '../../types';
import { defineRule } from '../rule';
import { invalid } from './k8s-validation';
import { clusterIpsState, listValue } from './service-cluster-ips';
import { servicesOf } from './service';
import { localize } from '../../l10n/localize';

const IP_EXAMPLE = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

export default defineRule({
  code: 'NL207',
  name: 'service-cluster-ips-none',
  group: 'kubernetes',
  severity: 'error',
  description: 'A headless Service\'s `None` must be the only entry of spec.clusterIPs; anywhere else it is not an IP address.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/core/validation/validation.go ValidateServiceClusterIPsRelatedFields' },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      if (svc.type === 'ExternalName' || svc.clusterIPs.length === 0) continue;
      const state = clusterIpsState(svc, ctx.settings);
      if (state.templated) continue;
      const ips = svc.clusterIPs;
      if (ips[0]!.value === 'None' && ips.length > 1) {
        const seq = asSeq(get(svc.spec, 'clusterIPs'));
        const edits: TextEdit[] = [];
        if (seq) {
          for (let i = seq.items.length - 1; i >= 1; i--) {
            const e = removeSeqItem(ctx.file.text, seq, i);
            if (!e) {
              edits.length = 0;
              break;
            }
            edits.push(e);
          }
        }
        ctx.report({
          span: ips[0]!.span,
          message: invalid(['spec', 'clusterIPs'], listValue(ips), "'None' must be the first and only value"),
          fixes: edits.length > 0 ? [{ title: localize('Keep only None (a headless Service)'), edits, safe: false }] : [],
        });
      }
      ips.forEach((ip, i) => {
        if (i > 0 && ip.value === 'None') {
          ctx.report({ span: ip.span, message: `${invalid(ip.path, ip.value, IP_EXAMPLE)} ('None' is only allowed alone, as the first entry)` });
        }
      });
    }
  },
});
