// Rule table for NL308 kubeadm-bind-port: the API server bind port is not a number from 1 to 65535. Upstream: cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateAPIEndpoint, ValidatePort.

import rule from '../../../server/src/rules/kubeadm/kubeadm-bind-port';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: '6443, and 0 which kubeadm defaults to 6443',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        localAPIEndpoint: {advertiseAddress: 10.0.0.1, bindPort: 6443}
        ---
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: InitConfiguration
        localAPIEndpoint: {bindPort: 0}
      `,
    },
    {
      name: 'a templated port is left alone',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        localAPIEndpoint:
          bindPort: "\${API_PORT}"
      `,
    },
  ],
  invalid: [
    {
      name: 'kadm-apiendpoint: a bind port out of range',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        localAPIEndpoint:
          advertiseAddress: 192.168.0.10
          bindPort: 70000
          #         ^^^^^ error NL308: localAPIEndpoint.bindPort: Invalid value: 70000: port number is not valid
      `,
    },
    {
      name: 'a quoted number cannot be decoded; the fix removes the quotes',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: JoinConfiguration
        controlPlane:
          localAPIEndpoint:
            bindPort: "6443"
            #         ^^^^^^ error NL308: controlPlane.localAPIEndpoint.bindPort: bindPort is a number, not the string "6443", so kubeadm cannot decode the file: remove the quotes
        discovery:
          bootstrapToken: {apiServerEndpoint: "10.0.0.1:6443", token: abcdef.0123456789abcdef, unsafeSkipCAVerification: true}
      `,
      // fixes: Write 6443 (safe)
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: JoinConfiguration
        controlPlane:
          localAPIEndpoint:
            bindPort: 6443
            #         ^^^^^^ error NL308: controlPlane.localAPIEndpoint.bindPort: bindPort is a number, not the string "6443", so kubeadm cannot decode the file: remove the quotes
        discovery:
          bootstrapToken: {apiServerEndpoint: "10.0.0.1:6443", token: abcdef.0123456789abcdef, unsafeSkipCAVerification: true}
      `,
    },
  ],
});
