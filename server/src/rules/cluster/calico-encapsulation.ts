// NL563: IP-in-IP is IPv4-only, and a pool uses IP-in-IP or VXLAN, not both.

import { defineRule } from '../rule';
import { calicoError, poolMessage, calicoPools, calicoSeverity } from './calico';

const ON = ['Always', 'CrossSubnet'];

export default defineRule({
  code: 'NL563',
  name: 'calico-encapsulation',
  group: 'cluster',
  severity: 'error',
  description: 'A Calico IPPool enables IP-in-IP on an IPv6 pool, or enables IP-in-IP and VXLAN together.',
  upstream: { tool: 'Calico (calicoctl, API server)', source: 'libcalico-go lib/validator/v3/validator.go validateIPPoolSpec' },
  fixable: false,
  check(ctx) {
    for (const pool of calicoPools(ctx.file)) {
      const severity = calicoSeverity(pool);
      const ipip = pool.ipipMode && ON.includes(pool.ipipMode.value) ? pool.ipipMode : undefined;
      const vxlan = pool.vxlanMode && ON.includes(pool.vxlanMode.value) ? pool.vxlanMode : undefined;
      if (ipip && pool.parsed?.cidr.family === 'IPv6') {
        ctx.report({ span: ipip.span, severity, message: poolMessage(pool, calicoError('IPPool.Spec.IPIPMode', ipip.value, "IPIPMode other than 'Never' is not supported on an IPv6 IP pool")) });
      }
      if (ipip && vxlan) {
        ctx.report({
          span: ipip.span,
          severity,
          message: poolMessage(pool, calicoError('IPPool.Spec.IPIPMode', ipip.value, 'IPIPMode and VXLANMode cannot both be enabled on the same IP pool')),
          related: [{ uri: ctx.file.source.uri, span: vxlan.span, message: `vxlanMode: ${vxlan.value}` }],
        });
      }
    }
  },
});
