// Rule table for NL312 kubeadm-bootstrap-token: a bootstrap token is not six and sixteen lowercase letters or digits joined by a dot. Upstream: validation.go ValidateToken; k8s.io/cluster-bootstrap token/util IsValidBootstrapToken, BootstrapTokenString.

import rule from '../../../server/src/rules/kubeadm/kubeadm-bootstrap-token';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'well-formed tokens; an empty tlsBootstrapToken takes the discovery token',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        bootstrapTokens:
        - token: abcdef.0123456789abcdef
          ttl: 24h0m0s
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        discovery:
          bootstrapToken: {apiServerEndpoint: "10.0.0.1:6443", token: "9a08jv.c0izixklcxtmnze7", unsafeSkipCAVerification: true}
          tlsBootstrapToken: ""
      `,
    },
    {
      name: 'a templated token',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: InitConfiguration
        bootstrapTokens: [{token: "{{ kubeadm_token }}"}]
      `,
    },
  ],
  invalid: [
    {
      name: 'kadm-bootstrap-token: upper case in the discovery token',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        discovery:
          bootstrapToken:
            apiServerEndpoint: 10.0.0.1:6443
            token: ABCDEF.0123456789abcdef
            #      ^^^^^^^^^^^^^^^^^^^^^^^ error NL312: discovery.bootstrapToken.token: Invalid value: "ABCDEF.0123456789abcdef": the bootstrap token is invalid
            unsafeSkipCAVerification: true
          tlsBootstrapToken: abcdef.0123456789
          #                  ^^^^^^^^^^^^^^^^^ error NL312: discovery.tlsBootstrapToken: Invalid value: "abcdef.0123456789": the bootstrap token is invalid
      `,
    },
    {
      name: 'InitConfiguration bootstrapTokens are parsed on decode',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: InitConfiguration
        bootstrapTokens:
        - token: abcdef-0123456789abcdef
        #        ^^^^^^^^^^^^^^^^^^^^^^^ error NL312: bootstrapTokens[0].token: the bootstrap token "abcdef-0123456789abcdef" was not of the form "\\\\A([a-z0-9]{6})\\\\.([a-z0-9]{16})\\\\z"
          ttl: 24h0m0s
      `,
    },
  ],
});
