// NL309: discovery.bootstrapToken.apiServerEndpoint is required and must be host:port ([ipv6]:port for IPv6).

import { defineRule } from '../rule';
import { get, getIn, stringAt } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { replaceScalarValue } from '../../yaml/edits';
import { goSplitHostPort } from '../../net/ports';
import { parseIp } from '../../net/ip';
import { fieldInvalid, keySpan, kubeadmObjects } from './kubeadm';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL309',
  name: 'kubeadm-api-server-endpoint',
  group: 'kubeadm',
  severity: 'error',
  description: 'The join discovery endpoint is missing, has no port, or is an IPv6 address without brackets.',
  upstream: { tool: 'kubeadm', source: 'cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateDiscoveryBootstrapToken, ValidateDiscoveryTokenAPIServer (net.SplitHostPort)' },
  fixable: true,
  check(ctx) {
    for (const object of kubeadmObjects(ctx.file)) {
      if (object.kind !== 'JoinConfiguration') continue;
      const discovery = get(object.resource.root, 'discovery');
      const token = get(discovery, 'bootstrapToken');
      if (!token) continue;
      const path = ['discovery', 'bootstrapToken', 'apiServerEndpoint'];
      const value = stringAt(getIn(object.resource.root, path), path);
      if (!value || value.value === '') {
        const span = value?.span ?? keySpan(discovery, 'bootstrapToken');
        if (span) ctx.report({ span, message: 'discovery.bootstrapToken: Required value: APIServerEndpoint is not set' });
        continue;
      }
      if (isTemplatedValue(value.value)) continue;
      const split = goSplitHostPort(value.value);
      if (split.ok) continue;
      const fixes = [];
      const ip = parseIp(value.value);
      if (ip.ok && ip.ip.family === 'IPv6') {
        // "fd00::1:6443": the last group is probably the port.
        const colon = value.value.lastIndexOf(':');
        const host = parseIp(value.value.slice(0, colon));
        const port = value.value.slice(colon + 1);
        if (host.ok && /^\d{2,5}$/.test(port)) {
          const meant = `[${host.ip.canonical}]:${port}`;
          fixes.push({ title: localize('Write {0}', meant), edits: [replaceScalarValue(value.node, meant)], safe: false });
        }
        const withDefault = `[${ip.ip.canonical}]:6443`;
        fixes.push({ title: localize('Write {0}', withDefault), edits: [replaceScalarValue(value.node, withDefault)], safe: false });
      } else if (split.error.endsWith('missing port in address') && !value.value.includes(':')) {
        fixes.push({ title: localize('Write {0}:6443', value.value), edits: [replaceScalarValue(value.node, `${value.value}:6443`)], safe: false });
      }
      ctx.report({ span: value.span, message: fieldInvalid(path.join('.'), value.value, split.error), fixes });
    }
  },
});
