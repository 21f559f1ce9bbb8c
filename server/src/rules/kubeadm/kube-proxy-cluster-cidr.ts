// NL317: kube-proxy's clusterCIDR is one CIDR, or one IPv4 and one IPv6 CIDR.

import { defineRule } from '../rule';
import { isTemplatedValue } from '../../yaml/template';
import { parseCidr } from '../../net/cidr';
import { fieldInvalid } from './kubeadm';
import { kubeProxyClusterCidrs } from './components';

const EXAMPLE = '(e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)';

export default defineRule({
  code: 'NL317',
  name: 'kube-proxy-cluster-cidr',
  group: 'kubeadm',
  severity: 'error',
  description: 'KubeProxyConfiguration clusterCIDR (or kube-proxy --cluster-cidr) has more than two CIDRs or two of one family.',
  upstream: { tool: 'kube-proxy', source: 'pkg/proxy/apis/config/validation/validation.go Validate (ClusterCIDR)' },
  fixable: false,
  check(ctx) {
    for (const { value, span } of kubeProxyClusterCidrs(ctx.file)) {
      if (value === '' || isTemplatedValue(value)) continue;
      const cidrs = value.split(',');
      if (cidrs.length > 2) {
        ctx.report({ span, message: fieldInvalid('KubeProxyConfiguration.ClusterCIDR', value, `only one CIDR allowed or a valid DualStack CIDR ${EXAMPLE}`) });
      } else if (cidrs.length === 2) {
        const parsed = cidrs.map((c) => parseCidr(c));
        // A part that does not parse is NL101's; two of one family is ours.
        if (parsed[0]!.ok && parsed[1]!.ok && parsed[0]!.cidr.family === parsed[1]!.cidr.family) {
          ctx.report({ span, message: fieldInvalid('KubeProxyConfiguration.ClusterCIDR', value, `must be a valid DualStack CIDR ${EXAMPLE}`) });
        }
      }
    }
  },
});
