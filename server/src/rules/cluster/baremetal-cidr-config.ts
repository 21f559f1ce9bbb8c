// NL525: a ClusterCIDRConfig's ipv4/ipv6 blocks are of their family and their perNodeMaskSize fits inside them.

import { defineRule } from '../rule';
import { clusterCidrConfigs } from './baremetal';

export default defineRule({
  code: 'NL525',
  name: 'baremetal-cidr-config',
  group: 'cluster',
  severity: 'error',
  description: 'A ClusterCIDRConfig block of the wrong family, a perNodeMaskSize outside the block, or neither ipv4 nor ipv6.',
  upstream: {
    tool: 'GDC bare metal',
    source: 'GDC docs "Understand the ClusterCIDRConfig custom resource"; upstream networking.k8s.io/v1alpha1 ClusterCIDR ("At least one of ipv4 and ipv6 must be specified")',
    note: 'Paraphrased: the webhook texts are not public.',
  },
  fixable: false,
  check(ctx) {
    for (const config of clusterCidrConfigs(ctx.file)) {
      if (!config.ipv4 && !config.ipv6) {
        const kind = config.resource.root.items.find((p) => (p.key as { value?: unknown }).value === 'kind');
        const range = (kind?.value as { range?: [number, number] } | undefined)?.range;
        if (range) ctx.report({ span: { start: range[0], end: range[1] }, message: 'ClusterCIDRConfig: at least one of spec.ipv4 and spec.ipv6 must be specified' });
        continue;
      }
      for (const family of [config.ipv4, config.ipv6]) {
        if (!family) continue;
        const want = family.key === 'ipv4' ? 'IPv4' : 'IPv6';
        const bits = family.key === 'ipv4' ? 32 : 128;
        if (family.parsed && family.parsed.family !== want) {
          ctx.report({ span: family.cidr!.span, message: `spec.${family.key}.cidr: ${family.parsed.canonical} is an ${family.parsed.family} block, but spec.${family.key} takes ${want}` });
          continue;
        }
        if (!family.mask) continue;
        const low = family.parsed?.prefix ?? 0;
        if (family.mask.value < low || family.mask.value > bits) {
          ctx.report({
            span: family.mask.span,
            message: `spec.${family.key}.perNodeMaskSize: ${family.mask.value} must be between the block's prefix length ${low}${family.parsed ? ` (${family.parsed.canonical})` : ''} and ${bits}`,
          });
        }
      }
    }
  },
});
