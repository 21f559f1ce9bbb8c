// NL208: spec.clusterIPs holds at most two IPs, one of each family.

import { defineRule } from '../rule';
import { invalid } from './k8s-validation';
import { clusterIpsState, listValue } from './service-cluster-ips';
import { servicesOf } from './service';

export default defineRule({
  code: 'NL208',
  name: 'service-cluster-ips-dual-stack',
  group: 'kubernetes',
  severity: 'error',
  description: 'A Service has at most two cluster IPs, and two must be one IPv4 and one IPv6 address.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/core/validation/validation.go ValidateServiceClusterIPsRelatedFields' },
  fixable: false,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      if (svc.type === 'ExternalName') continue;
      const state = clusterIpsState(svc, ctx.settings);
      const ips = svc.clusterIPs;
      if (state.templated || ips.length < 2) continue;
      if (ips.length > 2) {
        ctx.report({ span: ips[2]!.span, message: invalid(['spec', 'clusterIPs'], listValue(ips), 'may only hold up to 2 values') });
      }
      // Upstream stops at an invalid entry, so the family check only runs on a list of real IPs.
      if (state.hasInvalid) continue;
      const families = new Set(state.parsed.map((p) => p?.family));
      if (families.has('IPv4') && families.has('IPv6')) continue;
      ctx.report({ span: ips[1]!.span, message: invalid(['spec', 'clusterIPs'], listValue(ips), 'may specify no more than one IP for each IP family') });
    }
  },
});
