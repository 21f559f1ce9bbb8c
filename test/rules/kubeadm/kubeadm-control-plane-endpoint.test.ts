// Rule table for NL307 kubeadm-control-plane-endpoint: controlPlaneEndpoint is not host[:port], or an IPv6 address with a port lacks its brackets. Upstream: cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateHostPort; util/endpoint.go ParseHostPort.

import rule from '../../../server/src/rules/kubeadm/kubeadm-control-plane-endpoint';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'a DNS name with a port, an IPv4 address, a bracketed IPv6 address with a port, a bare IPv6 address',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controlPlaneEndpoint: cp.example.com:6443
        ---
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        controlPlaneEndpoint: 192.168.0.100
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controlPlaneEndpoint: "[fd00::100]:6443"
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controlPlaneEndpoint: "fd00::100"
      `,
    },
    {
      name: 'empty means "no shared endpoint"',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controlPlaneEndpoint: ""
      `,
    },
  ],
  invalid: [
    {
      name: 'kadm-controlplaneendpoint: a port out of range',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controlPlaneEndpoint: cp.example.com:70000
        #                     ^^^^^^^^^^^^^^^^^^^^ error NL307: controlPlaneEndpoint: Invalid value: "cp.example.com:70000": endpoint is not valid (hostport cp.example.com:70000: port 70000 must be a valid number between 1 and 65535, inclusive)
      `,
    },
    {
      name: 'a URL is not host:port',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        controlPlaneEndpoint: https://cp.example.com:6443
        #                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL307: controlPlaneEndpoint: Invalid value: "https://cp.example.com:6443": endpoint is not valid (hostport https://cp.example.com:6443: host 'https://cp.example.com:6443' must be a valid IP address or a valid RFC-1123 DNS subdomain)
      `,
    },
    {
      name: 'an IPv6 address with a port but no brackets loses its port',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controlPlaneEndpoint: "fd00::10:6443"
        #                     ^^^^^^^^^^^^^^^ warning NL307: controlPlaneEndpoint: "fd00::10:6443" is read as the IPv6 address fd00::10:6443 without a port, so the port 6443 is lost: write "[fd00::10]:6443"
      `,
      // fixes: Write [fd00::10]:6443
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controlPlaneEndpoint: "[fd00::10]:6443"
        #                     ^^^^^^^^^^^^^^^ warning NL307: controlPlaneEndpoint: "fd00::10:6443" is read as the IPv6 address fd00::10:6443 without a port, so the port 6443 is lost: write "[fd00::10]:6443"
      `,
    },
  ],
});
