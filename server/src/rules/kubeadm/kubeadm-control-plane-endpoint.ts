// NL307: controlPlaneEndpoint is host or host:port, the host an IP or a DNS subdomain, the port 1-65535.

import { defineRule } from '../rule';
import { get, stringAt } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { replaceScalarValue } from '../../yaml/edits';
import { bracketsMeant, parseHostPort } from './endpoint';
import { fieldInvalid, kubeadmObjects } from './kubeadm';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL307',
  name: 'kubeadm-control-plane-endpoint',
  group: 'kubeadm',
  severity: 'error',
  description: 'controlPlaneEndpoint is not host[:port], or an IPv6 address with a port lacks its brackets.',
  upstream: { tool: 'kubeadm', source: 'cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateHostPort; util/endpoint.go ParseHostPort' },
  fixable: true,
  check(ctx) {
    for (const object of kubeadmObjects(ctx.file)) {
      if (object.kind !== 'ClusterConfiguration') continue;
      const value = stringAt(get(object.resource.root, 'controlPlaneEndpoint'), ['controlPlaneEndpoint']);
      if (!value || value.value === '' || isTemplatedValue(value.value)) continue;
      const parsed = parseHostPort(value.value);
      if (!parsed.ok) {
        ctx.report({ span: value.span, message: `${fieldInvalid('controlPlaneEndpoint', value.value, 'endpoint is not valid')} (${parsed.error})` });
        continue;
      }
      const meant = bracketsMeant(value.value);
      if (meant) {
        ctx.report({
          span: value.span,
          severity: 'warning',
          message: `controlPlaneEndpoint: ${JSON.stringify(value.value)} is read as the IPv6 address ${value.value} without a port, so the port ${meant.slice(meant.lastIndexOf(':') + 1)} is lost: write ${JSON.stringify(meant)}`,
          fixes: [{ title: localize('Write {0}', meant), edits: [replaceScalarValue(value.node, meant)], safe: false }],
        });
      }
    }
  },
});
