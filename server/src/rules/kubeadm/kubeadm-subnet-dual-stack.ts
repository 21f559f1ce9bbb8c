// NL301: kubeadm podSubnet / serviceSubnet must be one CIDR, or two CIDRs of different families.

import { defineRule } from '../rule';
import { renderPath } from '../../yaml/nodes';
import { addressValues, type AddressValue } from '../address/fields';
import { parseCidr } from '../../net/cidr';

export default defineRule({
  code: 'NL301',
  name: 'kubeadm-subnet-dual-stack',
  group: 'kubeadm',
  severity: 'error',
  description: 'kubeadm networking.podSubnet and networking.serviceSubnet take one CIDR, or one IPv4 and one IPv6 CIDR for dual-stack.',
  upstream: { tool: 'kubeadm', source: 'cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateIPNetFromString' },
  fixable: false,
  check(ctx) {
    const byScalar = new Map<unknown, AddressValue[]>();
    for (const v of addressValues(ctx.file)) {
      if (v.field.mode !== 'kubeadm' || !v.field.commaList) continue;
      const list = byScalar.get(v.scalar.node) ?? [];
      list.push(v);
      byScalar.set(v.scalar.node, list);
    }
    for (const items of byScalar.values()) {
      const parsed = items.map((i) => parseCidr(i.text));
      if (parsed.some((p) => !p.ok)) continue; // NL101 already says which item does not parse.
      const families = parsed.map((p) => (p.ok ? p.cidr.family : undefined));
      const bad = items.length > 2 || (items.length === 2 && families[0] === families[1]);
      if (!bad) continue;
      const first = items[0]!;
      ctx.report({
        span: first.scalar.span,
        message: `${renderPath(first.path)}: Invalid value: ${JSON.stringify(first.scalar.value)}: expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking`,
      });
    }
  },
});
