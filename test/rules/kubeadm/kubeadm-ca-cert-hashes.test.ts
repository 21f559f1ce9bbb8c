// Rule table for NL313 kubeadm-ca-cert-hashes: token discovery without caCertHashes and without unsafeSkipCAVerification, or a hash that is not "sha256:" and 64 hex digits. Upstream: validation.go ValidateDiscoveryBootstrapToken; cmd/kubeadm/app/util/pubkeypin Set.Allow.

import rule from '../../../server/src/rules/kubeadm/kubeadm-ca-cert-hashes';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'a SHA-256 hash, or the explicit opt-out',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        discovery:
          bootstrapToken:
            apiServerEndpoint: 10.0.0.1:6443
            token: abcdef.0123456789abcdef
            caCertHashes: ["sha256:7d5c7b0e6a1fbb2b0f4f2b1d5d8c7a2e3c4b5a697887766554433221100ffeed"]
        ---
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: JoinConfiguration
        discovery:
          bootstrapToken: {apiServerEndpoint: "10.0.0.1:6443", token: abcdef.0123456789abcdef, unsafeSkipCAVerification: true}
      `,
    },
  ],
  invalid: [
    {
      name: 'kadm-cacerthashes: token discovery without hashes',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        discovery:
          bootstrapToken:
         #^^^^^^^^^^^^^^ error NL313: discovery.bootstrapToken.caCertHashes: Invalid value: "": using token-based discovery without caCertHashes can be unsafe. Set unsafeSkipCAVerification as true in your kubeadm config file or pass --discovery-token-unsafe-skip-ca-verification flag to continue
            apiServerEndpoint: 10.0.0.1:6443
            token: abcdef.0123456789abcdef
      `,
    },
    {
      name: 'hashes that kubeadm join refuses',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: JoinConfiguration
        discovery:
          bootstrapToken:
            apiServerEndpoint: 10.0.0.1:6443
            token: abcdef.0123456789abcdef
            caCertHashes:
            - 7d5c7b0e6a1f
            # ^^^^^^^^^^^^ error NL313: discovery.bootstrapToken.caCertHashes[0]: invalid hash, expected "format:hex-value". Known format(s) are: sha256
            - md5:7d5c7b0e6a1f
            # ^^^^^^^^^^^^^^^^ error NL313: discovery.bootstrapToken.caCertHashes[1]: unknown hash format "md5". Known format(s) are: sha256
            - sha256:7d5c7b0e
            # ^^^^^^^^^^^^^^^ error NL313: discovery.bootstrapToken.caCertHashes[2]: invalid hash "sha256:7d5c7b0e", expected a 32 byte SHA-256 hash, found 4 bytes
      `,
    },
  ],
});
