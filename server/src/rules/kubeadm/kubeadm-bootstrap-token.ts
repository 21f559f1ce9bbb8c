// NL312: bootstrap tokens have the form [a-z0-9]{6}.[a-z0-9]{16}.

import { defineRule } from '../rule';
import { getIn, seqItems, stringAt, type FieldPath } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { fieldInvalid, kubeadmObjects } from './kubeadm';

const TOKEN = /^[a-z0-9]{6}\.[a-z0-9]{16}$/;

export default defineRule({
  code: 'NL312',
  name: 'kubeadm-bootstrap-token',
  group: 'kubeadm',
  severity: 'error',
  description: 'A bootstrap token is not six and sixteen lowercase letters or digits joined by a dot.',
  upstream: { tool: 'kubeadm', source: 'validation.go ValidateToken; k8s.io/cluster-bootstrap token/util IsValidBootstrapToken, BootstrapTokenString' },
  fixable: false,
  check(ctx) {
    for (const object of kubeadmObjects(ctx.file)) {
      const root = object.resource.root;
      const discovery: FieldPath[] = object.kind === 'JoinConfiguration'
        ? [['discovery', 'bootstrapToken', 'token'], ['discovery', 'tlsBootstrapToken']]
        : [];
      for (const path of discovery) {
        const value = stringAt(getIn(root, path), path);
        // An empty tlsBootstrapToken is defaulted to the discovery token.
        if (!value || (value.value === '' && path.length === 2) || isTemplatedValue(value.value) || TOKEN.test(value.value)) continue;
        ctx.report({ span: value.span, message: fieldInvalid(path.join('.'), value.value, 'the bootstrap token is invalid') });
      }
      if (object.kind !== 'InitConfiguration') continue;
      for (const item of seqItems(getIn(root, ['bootstrapTokens']), ['bootstrapTokens'])) {
        const value = stringAt(getIn(item.node, ['token']), [...item.path, 'token']);
        if (!value || isTemplatedValue(value.value) || TOKEN.test(value.value)) continue;
        ctx.report({
          span: value.span,
          message: `bootstrapTokens[${String(item.path[1])}].token: the bootstrap token ${JSON.stringify(value.value)} was not of the form "\\\\A([a-z0-9]{6})\\\\.([a-z0-9]{16})\\\\z"`,
        });
      }
    }
  },
});
