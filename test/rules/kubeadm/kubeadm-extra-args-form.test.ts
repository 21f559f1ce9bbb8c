// Rule table for NL306 kubeadm-extra-args-form: extraArgs written in the other API version's form (map in v1beta4, list in v1beta3), a nameless argument, or a value that is not a string. Upstream: cmd/kubeadm/app/apis/kubeadm/v1beta4 Arg, v1beta3 map[string]string; validation.go ValidateExtraArgs.

import rule from '../../../server/src/rules/kubeadm/kubeadm-extra-args-form';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'v1beta3 map and v1beta4 list, each in its own version; duplicates are allowed in the list',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            service-cluster-ip-range: 10.96.0.0/16
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
          - name: feature-gates
            value: A=true
          - name: feature-gates
            value: B=true
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        nodeRegistration:
          kubeletExtraArgs: [{name: node-ip, value: "10.0.0.2"}]
        discovery:
          bootstrapToken: {apiServerEndpoint: "10.0.0.1:6443", token: abcdef.0123456789abcdef, unsafeSkipCAVerification: true}
      `,
    },
    {
      name: 'quoted numbers and booleans are strings',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
            allocate-node-cidrs: "true"
            node-cidr-mask-size-ipv4: '24'
      `,
    },
  ],
  invalid: [
    {
      name: 'v1beta3 map form in a v1beta4 file; the fix writes the list',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        apiServer:
          extraArgs: {service-cluster-ip-range: "10.96.0.0/16,fd00:10:96::/112", bind-address: "::"}
          #          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL306: apiServer.extraArgs: kubeadm.k8s.io/v1beta4 takes a list of {name, value} arguments here, not a map (the map is the v1beta3 form), so kubeadm cannot decode the file
      `,
      // fixes: Write the arguments as a list of {name, value} (safe)
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        apiServer:
          extraArgs: [{name: service-cluster-ip-range, value: "10.96.0.0/16,fd00:10:96::/112"}, {name: bind-address, value: "::"}]
          #          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL306: apiServer.extraArgs: kubeadm.k8s.io/v1beta4 takes a list of {name, value} arguments here, not a map (the map is the v1beta3 form), so kubeadm cannot decode the file
      `,
    },
    {
      name: 'v1beta4 list form in a v1beta3 file; the fix writes the map',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs: [{name: node-ip, value: "192.168.0.10,fd00::10"}]
          #                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL306: nodeRegistration.kubeletExtraArgs: kubeadm.k8s.io/v1beta3 takes a map of flag names to values here, not a list (the list of {name, value} is the v1beta4 form), so kubeadm cannot decode the file
      `,
      // fixes: Write the arguments as a map (safe)
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs: {node-ip: "192.168.0.10,fd00::10"}
          #                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL306: nodeRegistration.kubeletExtraArgs: kubeadm.k8s.io/v1beta3 takes a map of flag names to values here, not a list (the list of {name, value} is the v1beta4 form), so kubeadm cannot decode the file
      `,
    },
    {
      // Found by the fuzz suite: a repeated name became a repeated map key, which is not YAML. kubeadm keeps the last
      // value of a repeated argument (GetArgValue), so the map keeps that one.
      name: 'fuzz: a name given twice becomes one map entry with the last value',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs: [{name: node-ip, value: 10.0.0.1}, {name: node-ip, value: 10.0.0.2}]
        #                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL306: nodeRegistration.kubeletExtraArgs: kubeadm.k8s.io/v1beta3 takes a map of flag names to values here, not a list (the list of {name, value} is the v1beta4 form), so kubeadm cannot decode the file
      `,
      fixes: ['Write the arguments as a map'],
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs: {node-ip: 10.0.0.2}
        #                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL306: nodeRegistration.kubeletExtraArgs: kubeadm.k8s.io/v1beta3 takes a map of flag names to values here, not a list (the list of {name, value} is the v1beta4 form), so kubeadm cannot decode the file
      `,
    },
    {
      name: 'a number where a string is expected; the fix quotes it',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
            node-cidr-mask-size-ipv4: 24
            #                         ^^ error NL306: controllerManager.extraArgs.node-cidr-mask-size-ipv4: 24 is a number, but argument values are strings, so kubeadm cannot decode the file: quote it
      `,
      // fixes: Quote it: "24" (safe)
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
            node-cidr-mask-size-ipv4: "24"
            #                         ^^ error NL306: controllerManager.extraArgs.node-cidr-mask-size-ipv4: 24 is a number, but argument values are strings, so kubeadm cannot decode the file: quote it
      `,
    },
    {
      name: 'a boolean in the list form',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
          - name: allocate-node-cidrs
            value: true
            #      ^^^^ error NL306: controllerManager.extraArgs[0].value: true is a boolean, but argument values are strings, so kubeadm cannot decode the file: quote it
      `,
      // fixes: Quote it: "true" (safe)
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
          - name: allocate-node-cidrs
            value: "true"
            #      ^^^^ error NL306: controllerManager.extraArgs[0].value: true is a boolean, but argument values are strings, so kubeadm cannot decode the file: quote it
      `,
    },
    {
      name: 'kadm-extraargs-shape: an argument without a name',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
          - name: cluster-cidr
            value: 10.244.0.0/16
          - {value: "24"}
          #  ^^^^^ error NL306: controllerManager.extraArgs: Invalid value: "index 1": argument has no name
      `,
    },
  ],
});
