// NL332: kube-apiserver advertises itself in the family of the primary service range.

import { defineRule } from '../rule';
import { parseCidr } from '../../net/cidr';
import { componentsOf, lastFlag } from './control-plane';
import { advertiseAddress, apiServerRange } from './components';

export default defineRule({
  code: 'NL332',
  name: 'apiserver-advertise-address-family',
  group: 'kubeadm',
  severity: 'error',
  description: 'The API server\'s advertise address is not in the family of the primary service range, so kube-apiserver does not start.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'cmd/kube-apiserver/app/options/validation.go validatePublicIPServiceClusterIPRangeIPFamilies',
    note: 'Not checked with --endpoint-reconciler-type=none; kubeadm passes InitConfiguration advertiseAddress and serviceSubnet through without this check.',
  },
  fixable: false,
  check(ctx) {
    for (const component of componentsOf(ctx.file)) {
      if (component.component !== 'kube-apiserver') continue;
      if (lastFlag(component, 'endpoint-reconciler-type')?.value === 'none') continue;
      const advertise = advertiseAddress(ctx.file, component);
      if (!advertise) continue;
      const range = apiServerRange(component);
      // A templated range is not known: neither it nor a default is what runs.
      if (range === null) continue;
      let primary = range?.items[0]?.cidr;
      let note = '';
      if (!range) {
        // kube-apiserver's default is 10.0.0.0/24; kubeadm's is 10.96.0.0/12.
        const fallback = parseCidr(component.source === 'kubeadm' ? '10.96.0.0/12' : '10.0.0.0/24');
        primary = fallback.ok ? fallback.cidr : undefined;
        note = component.source === 'kubeadm' ? ' (kubeadm\'s default serviceSubnet)' : ' (the default --service-cluster-ip-range)';
      }
      if (!primary || primary.family === advertise.ip.family) continue;
      ctx.report({
        span: advertise.span,
        message: `service IP family ${JSON.stringify(primary.canonical)} must match public address family ${JSON.stringify(advertise.ip.canonical)}${note}: kube-apiserver does not start`,
        related: range ? [{ uri: ctx.file.source.uri, span: range.items[0]!.span, message: `primary service range ${primary.canonical}` }] : [],
      });
    }
  },
});
