// NL502: kind's podSubnet and serviceSubnet must match networking.ipFamily: one CIDR of that family, or for dual one or one per family.

import { defineRule } from '../rule';
import { kindClusters, kindSubnets } from './kind';

export default defineRule({
  code: 'NL502',
  name: 'kind-subnet',
  group: 'cluster',
  severity: 'error',
  description: 'A kind pod or service subnet does not fit networking.ipFamily (count or family of its CIDRs).',
  upstream: { tool: 'kind', source: 'pkg/internal/apis/config/validate.go validateSubnets' },
  fixable: false,
  check(ctx) {
    for (const cluster of kindClusters(ctx.file)) {
      const dual = cluster.family === 'dual';
      for (const key of ['podSubnet', 'serviceSubnet'] as const) {
        const subnets = kindSubnets(cluster, key);
        // kind stops at the first CIDR that does not parse (NL101 reports it).
        if (!subnets?.parsed) continue;
        const label = `invalid ${key === 'podSubnet' ? 'pod' : 'service'} subnet`;
        const cidrs = subnets.items.map((i) => i.cidr!);
        let detail: string | undefined;
        if (dual && (cidrs.length > 2 || (cidrs.length === 2 && cidrs[0]!.family === cidrs[1]!.family))) {
          detail = 'expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking';
        } else if (!dual && cidrs.length > 1) {
          detail = 'only one CIDR allowed for single-stack networking';
        } else if (cluster.family === 'ipv4' && cidrs[0]!.family !== 'IPv4') {
          detail = 'expected IPv4 CIDR for IPv4 family';
        } else if (cluster.family === 'ipv6' && cidrs[0]!.family !== 'IPv6') {
          detail = 'expected IPv6 CIDR for IPv6 family';
        }
        if (!detail) continue;
        const related = cluster.ipFamily
          ? [{ uri: ctx.file.source.uri, span: cluster.ipFamily.span, message: `networking.ipFamily: ${cluster.ipFamily.value}` }]
          : [];
        ctx.report({ span: subnets.scalar.span, message: `${label} ${detail}${cluster.ipFamily ? '' : ' (ipFamily defaults to ipv4)'}`, related });
      }
    }
  },
});
