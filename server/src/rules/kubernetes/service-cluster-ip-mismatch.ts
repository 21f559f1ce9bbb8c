// NL206: spec.clusterIP and spec.clusterIPs disagree: the first cluster IP must be clusterIP, and clusterIPs
// must be empty when clusterIP is not set.

import type { Scalar } from 'yaml';
import type { Fix } from '../../types';
import { asMap, pairOf } from '../../yaml/nodes';
import { plainOrQuoted, replaceScalarValue } from '../../yaml/edits';
import { parseIp } from '../../net/ip';
import { isTemplatedValue } from '../../yaml/template';
import { defineRule } from '../rule';
import { invalid } from './k8s-validation';
import { insertPairBefore } from './pair-edits';
import { listValue } from './service-cluster-ips';
import { intact } from './service-spec';
import { servicesOf } from './service';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL206',
  name: 'service-cluster-ip-mismatch',
  group: 'kubernetes',
  severity: 'error',
  description: 'A Service\'s spec.clusterIPs must start with spec.clusterIP, and must be empty when spec.clusterIP is not set.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/core/validation/validation.go ValidateServiceClusterIPsRelatedFields; pkg/registry/core/service/storage/rest.go normalizeClusterIPs',
    note: 'On create a lone clusterIP is copied into an empty clusterIPs; a lone clusterIPs is never copied back.',
  },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      if (svc.type === 'ExternalName' || svc.clusterIPs.length === 0) continue;
      const first = svc.clusterIPs[0]!;
      const all = listValue(svc.clusterIPs);
      if (all.some(isTemplatedValue) || (svc.clusterIP && isTemplatedValue(svc.clusterIP.value))) continue;
      const clusterIP = svc.clusterIP;
      if (clusterIP && clusterIP.value !== '') {
        if (first.value === clusterIP.value) continue;
        ctx.report({
          span: first.span,
          message: invalid(['spec', 'clusterIPs'], all, 'first value must match `clusterIP`'),
          fixes: [
            ...(copyable(clusterIP.value) && !first.node.tag ? [{ title: localize('Change clusterIPs[0] to {0}', clusterIP.value), edits: [replaceScalarValue(first.node, clusterIP.value)], safe: false }] : []),
            ...(copyable(first.value) && !clusterIP.node.tag ? [{ title: localize('Change clusterIP to {0}', first.value), edits: [replaceScalarValue(clusterIP.node, first.value)], safe: false }] : []),
          ],
        });
        continue;
      }
      if (!intact(svc.resource)) continue;
      const fixes: Fix[] = [];
      if (!copyable(first.value)) {
        // Copying a value that is no cluster IP would only move the error.
      } else if (clusterIP) {
        fixes.push({ title: localize('Set clusterIP to {0}', first.value), edits: [replaceScalarValue(clusterIP.node as Scalar, first.value)], safe: true });
      } else {
        const spec = asMap(svc.spec);
        const anchor = pairOf(svc.spec, 'clusterIPs');
        // `clusterIP:` written without a value is there already: a second one would be a duplicate key.
        const edit = spec && anchor && !pairOf(svc.spec, 'clusterIP') ? insertPairBefore(ctx.file.text, spec, anchor, 'clusterIP', plainOrQuoted(first.value)) : undefined;
        if (edit) fixes.push({ title: localize('Add clusterIP: {0}', first.value), edits: [edit], safe: true });
      }
      ctx.report({
        span: first.span,
        message: invalid(['spec', 'clusterIPs'], all, 'must be empty when `clusterIP` is not specified'),
        fixes,
      });
    }
  },
});

/**
 * A value one field may take from the other: a well-formed IP address, or `None` (headless). The field that takes it
 * must carry no tag (`!!binary` would read the new text as something else).
 */
function copyable(value: string): boolean {
  if (value === 'None') return true;
  const ip = parseIp(value);
  return ip.ok && ip.issues.length === 0;
}
