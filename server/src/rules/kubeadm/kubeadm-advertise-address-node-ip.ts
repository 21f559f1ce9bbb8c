// NL316: a control-plane node advertises the API server on one address while its kubelet registers another.

import { defineRule } from '../rule';
import { getIn, stringAt, type FieldPath } from '../../yaml/nodes';
import { parseIp } from '../../net/ip';
import { kubeadmObjects, nodeIpsOf } from './kubeadm';

const ADVERTISE: Record<string, FieldPath> = {
  InitConfiguration: ['localAPIEndpoint', 'advertiseAddress'],
  JoinConfiguration: ['controlPlane', 'localAPIEndpoint', 'advertiseAddress'],
};

export default defineRule({
  code: 'NL316',
  name: 'kubeadm-advertise-address-node-ip',
  group: 'kubeadm',
  severity: 'information',
  description: 'The same node\'s advertiseAddress and kubelet node-ip differ within one IP family.',
  upstream: {
    tool: 'kubeadm',
    source: 'kubernetes/website kubeadm dual-stack-support (advertiseAddress and node-ip of one node)',
    note: 'Both are accepted; it is only right when the node has two interfaces on purpose.',
  },
  fixable: false,
  check(ctx) {
    for (const object of kubeadmObjects(ctx.file)) {
      const path = ADVERTISE[object.kind];
      if (!path) continue;
      const advertise = stringAt(getIn(object.resource.root, path), path);
      const nodeIps = nodeIpsOf(object);
      if (!advertise || !nodeIps) continue;
      const ip = parseIp(advertise.value);
      if (!ip.ok) continue;
      const same = nodeIps.items.find((i) => i.ip?.family === ip.ip.family);
      if (!same?.ip || same.ip.value === ip.ip.value || same.ip.value === 0n) continue;
      ctx.report({
        span: same.span,
        message: `node-ip ${same.ip.canonical} differs from ${path.join('.')} ${ip.ip.canonical} of the same node: the API server and etcd advertise one address while the Node object reports the other; use one ${ip.ip.family} address unless the node has two interfaces on purpose`,
        related: [{ uri: ctx.file.source.uri, span: advertise.span, message: `${path.join('.')} ${advertise.value}` }],
      });
    }
  },
});
