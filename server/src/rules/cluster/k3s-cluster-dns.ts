// NL582: k3s cluster-dns lies in service-cidr (its default is the 10th address of the first service range).

import { defineRule } from '../rule';
import { contains, nthAddress } from '../../net/cidr';
import { k3sConfigs, k3sValue } from './k3s';

export default defineRule({
  code: 'NL582',
  name: 'k3s-cluster-dns',
  group: 'cluster',
  severity: 'warning',
  description: 'A k3s cluster-dns address lies outside every service-cidr range, so CoreDNS cannot get it.',
  upstream: { tool: 'k3s', source: 'k3s pkg/cli/server/server.go (cluster-dns defaults to service-cidr + 10; CoreDNS Service clusterIP must be in the range)' },
  fixable: false,
  check(ctx) {
    for (const config of k3sConfigs(ctx.file)) {
      const dns = k3sValue(config, 'cluster-dns');
      const services = k3sValue(config, 'service-cidr');
      if (!dns || !services || services.items.some((i) => !i.cidr)) continue;
      const ranges = services.items.map((i) => i.cidr!);
      for (const item of dns.items) {
        if (!item.ip || ranges.some((r) => contains(r, item.ip!))) continue;
        const same = ranges.find((r) => r.family === item.ip!.family);
        const suggestion = same ? nthAddress(same, 10n)?.canonical : undefined;
        ctx.report({
          span: item.span,
          message: `cluster-dns ${item.text} is outside service-cidr ${ranges.map((r) => r.canonical).join(',')}: the kube-dns Service cannot get that clusterIP, so pods resolve nothing${suggestion ? `; the default would be ${suggestion}` : ''}`,
          related: [{ uri: ctx.file.source.uri, span: services.span, message: 'service-cidr' }],
        });
      }
    }
  },
});
