// NL561: a Calico IPPool CIDR is given, parses, is strictly masked and does not touch the link-local ranges.

import { defineRule } from '../rule';
import { overlaps, parseCidr } from '../../net/cidr';
import { replaceScalarValue } from '../../yaml/edits';
import { get } from '../../yaml/nodes';
import { keySpan } from '../kubeadm/kubeadm';
import { calicoError, poolMessage, calicoPools, calicoSeverity } from './calico';
import { localize } from '../../l10n/localize';

function block(text: string) {
  const p = parseCidr(text);
  if (!p.ok) throw new Error(text);
  return p.cidr;
}
const LINK_LOCAL = { IPv4: block('169.254.0.0/16'), IPv6: block('fe80::/10') };

export default defineRule({
  code: 'NL561',
  name: 'calico-pool-cidr',
  group: 'cluster',
  severity: 'error',
  description: 'A Calico IPPool CIDR is missing, does not parse, has host bits set, or overlaps a link-local range.',
  upstream: {
    tool: 'Calico (calicoctl, API server)',
    source: 'libcalico-go lib/validator/v3/validator.go validateIPPoolSpec; lib/clientv3/ippool.go validateAndSetDefaults',
    note: 'Error for projectcalico.org/v3; a warning for crd.projectcalico.org/v1, which kubectl applies without these checks.',
  },
  fixable: true,
  check(ctx) {
    for (const pool of calicoPools(ctx.file)) {
      const severity = calicoSeverity(pool);
      const cidr = pool.cidr;
      if (!cidr) {
        const kind = get(pool.resource.root, 'kind') as { range?: [number, number] } | undefined;
        // Reported on `kind: IPPool`, the object without a CIDR.
        const span = kind?.range ? { start: kind.range[0], end: kind.range[1] } : keySpan(pool.resource.root, 'spec');
        if (span) ctx.report({ span, severity, message: poolMessage(pool, calicoError('IPPool.Spec.CIDR', '', 'IPPool CIDR must be specified')) });
        continue;
      }
      if (/\{\{|\$\{?[A-Za-z_]/.test(cidr.value)) continue;
      if (!pool.parsed) {
        ctx.report({ span: cidr.span, severity, message: poolMessage(pool, calicoError('IPPool.Spec.CIDR', cidr.value, 'IPPool CIDR must be a valid subnet')) });
        continue;
      }
      const { written, cidr: net } = pool.parsed;
      if (written.value !== net.network.value) {
        ctx.report({
          span: cidr.span,
          severity,
          message: poolMessage(pool, calicoError('IPPool.Spec.CIDR', cidr.value, 'IP pool CIDR is not strictly masked')),
          fixes: [{ title: localize('Use the network address {0}', net.canonical), edits: [replaceScalarValue(cidr.node, net.canonical)], safe: false }],
        });
      }
      const linkLocal = LINK_LOCAL[net.family];
      if (overlaps(net, linkLocal)) {
        ctx.report({ span: cidr.span, severity, message: poolMessage(pool, calicoError('IPPool.Spec.CIDR', cidr.value, `IP pool range overlaps with ${net.family} Link Local range ${linkLocal.canonical}`)) });
      }
    }
  },
});
