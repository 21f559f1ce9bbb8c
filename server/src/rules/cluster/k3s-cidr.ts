// NL581: k3s cluster-cidr and service-cidr take one CIDR, or one per family; dual-stack needs both of them dual-stack.

import { defineRule } from '../rule';
import type { Span } from '../../text/span';
import { k3sConfigs, k3sValue } from './k3s';

export default defineRule({
  code: 'NL581',
  name: 'k3s-cidr',
  group: 'cluster',
  severity: 'error',
  description: 'A k3s cluster-cidr or service-cidr has more than two CIDRs or two of one family, or only one of them is dual-stack.',
  upstream: {
    tool: 'k3s (kube-apiserver, kube-controller-manager)',
    source: 'k3s pkg/cli/server/server.go; k3s docs "Network Options" (dual-stack needs dual-stack cluster-cidr and service-cidr)',
  },
  fixable: false,
  check(ctx) {
    for (const config of k3sConfigs(ctx.file)) {
      const families: Record<string, Set<string>> = {};
      const spans: Record<string, Span> = {};
      for (const key of ['cluster-cidr', 'service-cidr']) {
        const value = k3sValue(config, key);
        if (!value || value.items.some((i) => !i.cidr)) continue;
        const set = new Set(value.items.map((i) => i.cidr!.family));
        // Only a valid list takes part in the dual-stack comparison below.
        if (value.items.length === set.size) {
          families[key] = set;
          spans[key] = value.span;
        }
        const component = key === 'cluster-cidr' ? 'kube-controller-manager --cluster-cidr' : 'kube-apiserver --service-cluster-ip-range';
        if (value.items.length > 2) {
          ctx.report({ span: value.span, message: `${key}: ${value.items.length} CIDRs; k3s passes them to ${component}, which takes one CIDR or one per family` });
        } else if (value.items.length === 2 && set.size === 1) {
          ctx.report({ span: value.span, message: `${key}: two ${[...set][0]} CIDRs; k3s passes them to ${component}, which needs one IPv4 and one IPv6 CIDR for dual-stack` });
        }
      }
      const pods = families['cluster-cidr'];
      const services = families['service-cidr'];
      if (pods && services && (pods.size === 2) !== (services.size === 2)) {
        const single = pods.size === 2 ? 'service-cidr' : 'cluster-cidr';
        ctx.report({
          span: spans[single]!,
          severity: 'warning',
          message: `${single} is single-stack while ${single === 'cluster-cidr' ? 'service-cidr' : 'cluster-cidr'} is dual-stack: "To enable dual-stack in K3s, you must provide valid dual-stack cluster-cidr and service-cidr on all server nodes."`,
        });
      }
    }
  },
});
