// NL313: token discovery needs caCertHashes (or unsafeSkipCAVerification), each "sha256:" and 64 hex digits.

import { isScalar } from 'yaml';
import { defineRule } from '../rule';
import { get, getIn, seqItems, stringAt } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { fieldInvalid, keySpan, kubeadmObjects } from './kubeadm';

/** cmd/kubeadm/app/util/pubkeypin: Set.Allow. */
function hashProblem(hash: string): string | undefined {
  const parts = hash.split(':');
  if (parts.length !== 2) return 'invalid hash, expected "format:hex-value". Known format(s) are: sha256';
  const [format, value] = parts as [string, string];
  if (format.toLowerCase() !== 'sha256') return `unknown hash format ${JSON.stringify(format)}. Known format(s) are: sha256`;
  const bytes = Math.floor(value.length / 2);
  if (bytes !== 32) return `invalid hash ${JSON.stringify(hash)}, expected a 32 byte SHA-256 hash, found ${bytes} bytes`;
  const bad = /[^0-9a-fA-F]/.exec(value);
  if (bad) return `could not decode SHA-256 from hex: encoding/hex: invalid byte: U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} '${bad[0]}'`;
  return undefined;
}

export default defineRule({
  code: 'NL313',
  name: 'kubeadm-ca-cert-hashes',
  group: 'kubeadm',
  severity: 'error',
  description: 'Token discovery without caCertHashes and without unsafeSkipCAVerification, or a hash that is not "sha256:" and 64 hex digits.',
  upstream: {
    tool: 'kubeadm',
    source: 'validation.go ValidateDiscoveryBootstrapToken; cmd/kubeadm/app/util/pubkeypin Set.Allow',
    note: 'The hash format is only checked when kubeadm join runs, which then fails.',
  },
  fixable: false,
  check(ctx) {
    for (const object of kubeadmObjects(ctx.file)) {
      if (object.kind !== 'JoinConfiguration') continue;
      const discovery = get(object.resource.root, 'discovery');
      const token = get(discovery, 'bootstrapToken');
      if (!token) continue;
      const hashes = seqItems(get(token, 'caCertHashes'), ['discovery', 'bootstrapToken', 'caCertHashes']);
      const skip = getIn(token, ['unsafeSkipCAVerification']);
      const skipping = isScalar(skip) && skip.value === true;
      if (hashes.length === 0 && !skipping) {
        const span = keySpan(token, 'caCertHashes') ?? keySpan(discovery, 'bootstrapToken');
        if (span) {
          ctx.report({
            span,
            message: fieldInvalid('discovery.bootstrapToken.caCertHashes', '', 'using token-based discovery without caCertHashes can be unsafe. Set unsafeSkipCAVerification as true in your kubeadm config file or pass --discovery-token-unsafe-skip-ca-verification flag to continue'),
          });
        }
      }
      for (const item of hashes) {
        const value = stringAt(item.node, item.path);
        if (!value || isTemplatedValue(value.value)) continue;
        const problem = hashProblem(value.value);
        if (problem) ctx.report({ span: value.span, message: `discovery.bootstrapToken.caCertHashes[${String(item.path[3])}]: ${problem}` });
      }
    }
  },
});
