// NL331: the service range holds at least 8 addresses; before 1.34 at most 20 host bits; from 1.34 IPv6 at least /64.

import { defineRule, atLeast } from '../rule';
import { componentsOf } from './control-plane';
import { apiServerRange } from './components';
import { rangeSize } from './kubeadm';

export default defineRule({
  code: 'NL331',
  name: 'apiserver-service-range-size',
  group: 'kubeadm',
  severity: 'error',
  description: 'A kube-apiserver service range is too small, too large for the target version, or an IPv6 range shorter than /64.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'cmd/kube-apiserver/app/options/validation.go validateMaxCIDRRange; pkg/controlplane/apiserver/options ServiceIPRange; pkg/registry/core/service/ipallocator NewIPAllocator',
    note: 'The 20-host-bit limit applies while MultiCIDRServiceAllocator and DisableAllocatorDualWrite are not both on (until 1.33); the IPAddress allocator refuses IPv6 prefixes shorter than /64.',
  },
  fixable: false,
  check(ctx) {
    const modern = atLeast(ctx.settings, 34);
    for (const component of componentsOf(ctx.file)) {
      if (component.component !== 'kube-apiserver') continue;
      const range = apiServerRange(component);
      if (!range || range.derived) continue;
      range.items.slice(0, 2).forEach((item, index) => {
        const cidr = item.cidr;
        if (!cidr) return;
        const flag = index === 0 ? '--service-cluster-ip-range' : '--service-cluster-ip-range[1]';
        if (index === 0 && rangeSize(cidr) < 8n) {
          ctx.report({ span: item.span, message: 'error determining service IP ranges for primary service cidr: the service cluster IP range must be at least 8 IP addresses' });
        }
        if (!modern && cidr.bits - cidr.prefix > 20) {
          ctx.report({ span: item.span, message: `specified ${flag} is too large; for ${cidr.bits}-bit addresses, the mask must be >= ${cidr.bits - 20}` });
        }
        if (modern && cidr.family === 'IPv6' && cidr.prefix < 64) {
          ctx.report({
            span: item.span,
            severity: 'warning',
            message: `${flag} ${cidr.canonical}: shortest allowed prefix length for service CIDR is 64, got ${cidr.prefix} (the IPAddress allocator of Kubernetes 1.34+ cannot allocate from it)`,
          });
        }
      });
    }
  },
});
