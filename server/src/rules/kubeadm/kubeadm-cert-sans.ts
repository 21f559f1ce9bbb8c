// NL314: certificate SANs are IP addresses, DNS subdomains or wildcard subdomains.

import { defineRule } from '../rule';
import { getIn, seqItems, stringAt, type FieldPath } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { parseIp } from '../../net/ip';
import { dns1123SubdomainErrors, wildcardSubdomainErrors } from './endpoint';
import { fieldInvalid, kubeadmObjects } from './kubeadm';

const PATHS: readonly FieldPath[] = [['apiServer', 'certSANs'], ['etcd', 'local', 'serverCertSANs'], ['etcd', 'local', 'peerCertSANs']];

export default defineRule({
  code: 'NL314',
  name: 'kubeadm-cert-sans',
  group: 'kubeadm',
  severity: 'error',
  description: 'A certificate SAN is neither an IP address nor a DNS name (a CIDR, a URL, a host:port, upper case).',
  upstream: { tool: 'kubeadm', source: 'cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateCertSANs' },
  fixable: false,
  check(ctx) {
    for (const object of kubeadmObjects(ctx.file)) {
      if (object.kind !== 'ClusterConfiguration') continue;
      for (const path of PATHS) {
        for (const item of seqItems(getIn(object.resource.root, path), path)) {
          const value = stringAt(item.node, item.path);
          if (!value || isTemplatedValue(value.value)) continue;
          const errs = dns1123SubdomainErrors(value.value);
          if (errs.length === 0) continue;
          const wildcard = wildcardSubdomainErrors(value.value);
          if (wildcard.length === 0 || parseIp(value.value).ok) continue;
          ctx.report({
            span: value.span,
            message: fieldInvalid(path.join('.'), value.value,
              `altname is not a valid IP address, DNS label or a DNS label with subdomain wildcards: ${errs.join('; ')}; ${wildcard.join('; ')}`),
          });
        }
      }
    }
  },
});
