// NL310: the kubelet's --node-ip is one IP or one IPv4 and one IPv6, never a wildcard in a pair.

import { defineRule } from '../rule';
import { kubeadmObjects, nodeIpsOf } from './kubeadm';

export default defineRule({
  code: 'NL310',
  name: 'kubelet-node-ip',
  group: 'kubeadm',
  severity: 'error',
  description: 'The kubelet node-ip in kubeletExtraArgs is not one address or a dual-stack pair, or has an entry the kubelet ignores.',
  upstream: {
    tool: 'kubelet',
    source: 'staging/src/k8s.io/component-helpers/node/util/ips.go ParseNodeIPArgument',
    note: 'kubeadm passes node-ip through without looking at it; the kubelet fails at start-up.',
  },
  fixable: false,
  check(ctx) {
    for (const object of kubeadmObjects(ctx.file)) {
      const nodeIps = nodeIpsOf(object);
      if (!nodeIps) continue;
      const shown = `--node-ip ${JSON.stringify(nodeIps.value.value)}`;
      for (const item of nodeIps.items) {
        if (item.ip) continue;
        ctx.report({
          span: item.span,
          severity: 'warning',
          message: `${shown}: ${JSON.stringify(item.text)} is not an IP address; the kubelet logs "Could not parse node IP. Ignoring" and goes on without it`,
        });
      }
      const ips = nodeIps.items.flatMap((i) => (i.ip ? [i.ip] : []));
      if (ips.length > 2 || (ips.length === 2 && ips[0]!.family === ips[1]!.family)) {
        ctx.report({ span: nodeIps.value.span, message: `${shown}: must contain either a single IP or a dual-stack pair of IPs` });
      } else if (ips.length === 2 && ips.some((ip) => ip.value === 0n)) {
        ctx.report({ span: nodeIps.value.span, message: `${shown}: dual-stack node IP cannot include '0.0.0.0' or '::'` });
      }
    }
  },
});
