// NL308: localAPIEndpoint.bindPort is a number from 1 to 65535 (0 means the default 6443).

import { isScalar } from 'yaml';
import { defineRule } from '../rule';
import { getIn, type FieldPath } from '../../yaml/nodes';
import { fieldInvalid, kubeadmObjects } from './kubeadm';
import { localize } from '../../l10n/localize';

const PATHS: Record<string, FieldPath> = {
  InitConfiguration: ['localAPIEndpoint', 'bindPort'],
  JoinConfiguration: ['controlPlane', 'localAPIEndpoint', 'bindPort'],
};

export default defineRule({
  code: 'NL308',
  name: 'kubeadm-bind-port',
  group: 'kubeadm',
  severity: 'error',
  description: 'The API server bind port is not a number from 1 to 65535.',
  upstream: { tool: 'kubeadm', source: 'cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateAPIEndpoint, ValidatePort' },
  fixable: true,
  check(ctx) {
    for (const object of kubeadmObjects(ctx.file)) {
      const path = PATHS[object.kind];
      if (!path) continue;
      const node = getIn(object.resource.root, path);
      if (!isScalar(node) || !node.range || node.value === null) continue;
      const span = { start: node.range[0], end: node.range[1] };
      const where = path.join('.');
      if (typeof node.value === 'string') {
        if (/^\d+$/.test(node.value)) {
          ctx.report({
            span,
            message: `${where}: bindPort is a number, not the string ${JSON.stringify(node.value)}, so kubeadm cannot decode the file: remove the quotes`,
            fixes: [{ title: localize('Write {0}', node.value), edits: [{ span, newText: node.value }], safe: true }],
          });
        } else if (!/\{\{|\$\{?[A-Za-z_]/.test(node.value)) {
          ctx.report({ span, message: `${where}: bindPort must be a number from 1 to 65535, not ${JSON.stringify(node.value)}` });
        }
        continue;
      }
      if (typeof node.value !== 'number' || !Number.isInteger(node.value)) continue;
      // kubeadm defaults 0 to 6443 before validating (SetDefaults_APIEndpoint).
      if (node.value === 0 || (node.value >= 1 && node.value <= 65535)) continue;
      ctx.report({ span, message: fieldInvalid(where, node.value, 'port number is not valid') });
    }
  },
});
