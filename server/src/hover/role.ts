// What a catalogued CIDR is for: a Service range, a pod range split per node, or nothing in particular.

import type { AddressValue } from '../rules/address/fields';
import type { CidrContext } from './facts';

export function roleOf(value: AddressValue): CidrContext {
  const last = value.path[value.path.length - 1];
  const kind = value.resource.kind;
  const label = value.field.label;
  if (last === 'serviceSubnet' || kind === 'ServiceCIDR' || label === '--service-cluster-ip-range') return { role: 'service' };
  if (last === 'podSubnet' || label === '--cluster-cidr' || (kind === 'KubeProxyConfiguration' && last === 'clusterCIDR')) {
    return { role: 'pod', nodeMaskSource: 'kube-controller-manager default' };
  }
  return {};
}
