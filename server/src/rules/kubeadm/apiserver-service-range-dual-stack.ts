// NL330: kube-apiserver --service-cluster-ip-range takes one CIDR, or two of different families.

import { defineRule } from '../rule';
import { componentsOf } from './control-plane';
import { apiServerRange } from './components';

export default defineRule({
  code: 'NL330',
  name: 'apiserver-service-range-dual-stack',
  group: 'kubeadm',
  severity: 'error',
  description: 'kube-apiserver --service-cluster-ip-range has more than two entries, or two of the same family.',
  upstream: { tool: 'kube-apiserver', source: 'cmd/kube-apiserver/app/options/validation.go validateClusterIPFlags' },
  fixable: false,
  check(ctx) {
    for (const component of componentsOf(ctx.file)) {
      if (component.component !== 'kube-apiserver') continue;
      const range = apiServerRange(component);
      // networking.serviceSubnet is kubeadm's to judge (NL301).
      if (!range || range.derived) continue;
      if (range.items.length > 2) {
        ctx.report({ span: range.span, message: '--service-cluster-ip-range must not contain more than two entries' });
        continue;
      }
      const [a, b] = range.items;
      if (a?.cidr && b?.cidr && a.cidr.family === b.cidr.family) {
        ctx.report({ span: range.span, message: '--service-cluster-ip-range[0] and --service-cluster-ip-range[1] must be of different IP family' });
      }
    }
  },
});
