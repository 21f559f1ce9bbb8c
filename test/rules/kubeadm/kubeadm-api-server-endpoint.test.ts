// Rule table for NL309 kubeadm-api-server-endpoint: the join discovery endpoint is missing, has no port, or is an IPv6 address without brackets. Upstream: cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateDiscoveryBootstrapToken, ValidateDiscoveryTokenAPIServer (net.SplitHostPort).

import rule from '../../../server/src/rules/kubeadm/kubeadm-api-server-endpoint';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'host:port, [IPv6]:port and a DNS name',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        discovery:
          bootstrapToken: {apiServerEndpoint: "192.168.0.100:6443", token: abcdef.0123456789abcdef, unsafeSkipCAVerification: true}
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        discovery:
          bootstrapToken: {apiServerEndpoint: "[fd00::100]:6443", token: abcdef.0123456789abcdef, unsafeSkipCAVerification: true}
        ---
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: JoinConfiguration
        discovery:
          bootstrapToken: {apiServerEndpoint: "cp.example.com:6443", token: abcdef.0123456789abcdef, unsafeSkipCAVerification: true}
      `,
    },
    {
      name: 'file discovery needs no endpoint',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        discovery:
          file: {kubeConfigPath: /etc/kubernetes/discovery.yaml}
      `,
    },
  ],
  invalid: [
    {
      name: 'kadm-discovery-apiserverendpoint: no port',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        discovery:
          bootstrapToken:
            apiServerEndpoint: 192.168.122.100
            #                  ^^^^^^^^^^^^^^^ error NL309: discovery.bootstrapToken.apiServerEndpoint: Invalid value: "192.168.122.100": address 192.168.122.100: missing port in address
            token: abcdef.0123456789abcdef
            unsafeSkipCAVerification: true
      `,
      // fixes: Write 192.168.122.100:6443
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        discovery:
          bootstrapToken:
            apiServerEndpoint: 192.168.122.100:6443
            #                  ^^^^^^^^^^^^^^^ error NL309: discovery.bootstrapToken.apiServerEndpoint: Invalid value: "192.168.122.100": address 192.168.122.100: missing port in address
            token: abcdef.0123456789abcdef
            unsafeSkipCAVerification: true
      `,
    },
    {
      // Found by the fuzz suite: a plain value that became "[2001:db8::1]:6443" unquoted, a YAML list and a syntax error.
      name: 'fuzz: an unquoted IPv6 endpoint; the fix writes the bracketed endpoint quoted',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        discovery:
          bootstrapToken:
            apiServerEndpoint: 2001:DB8::1
            #                  ^^^^^^^^^^^ error NL309: discovery.bootstrapToken.apiServerEndpoint: Invalid value: "2001:DB8::1": address 2001:DB8::1: too many colons in address
            token: abcdef.0123456789abcdef
            unsafeSkipCAVerification: true
      `,
      fix: 'Write [2001:db8::1]:6443',
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        discovery:
          bootstrapToken:
            apiServerEndpoint: "[2001:db8::1]:6443"
            #                  ^^^^^^^^^^^ error NL309: discovery.bootstrapToken.apiServerEndpoint: Invalid value: "2001:DB8::1": address 2001:DB8::1: too many colons in address
            token: abcdef.0123456789abcdef
            unsafeSkipCAVerification: true
      `,
    },
    {
      name: 'an IPv6 endpoint without brackets; the fixes guess the port',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        discovery:
          bootstrapToken:
            apiServerEndpoint: "fd00::10:6443"
            #                  ^^^^^^^^^^^^^^^ error NL309: discovery.bootstrapToken.apiServerEndpoint: Invalid value: "fd00::10:6443": address fd00::10:6443: too many colons in address
            token: abcdef.0123456789abcdef
            unsafeSkipCAVerification: true
      `,
      // fixes: Write [fd00::10]:6443 | Write [fd00::10:6443]:6443
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        discovery:
          bootstrapToken:
            apiServerEndpoint: "[fd00::10]:6443"
            #                  ^^^^^^^^^^^^^^^ error NL309: discovery.bootstrapToken.apiServerEndpoint: Invalid value: "fd00::10:6443": address fd00::10:6443: too many colons in address
            token: abcdef.0123456789abcdef
            unsafeSkipCAVerification: true
      `,
    },
    {
      name: 'token discovery without an endpoint',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: JoinConfiguration
        discovery:
          bootstrapToken:
         #^^^^^^^^^^^^^^ error NL309: discovery.bootstrapToken: Required value: APIServerEndpoint is not set
            token: abcdef.0123456789abcdef
            unsafeSkipCAVerification: true
      `,
    },
  ],
});
