// Rule table for NL504 kind-port-mapping-conflict: Two port mappings of a kind node collide: same listen address, host port and protocol, or one of them on 0.0.0.0 / :: (which kind treats as one wildcard).

import rule from '../../../server/src/rules/cluster/kind-port-mapping-conflict';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: "docs valid example 1",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        nodes:
        - role: control-plane
          extraPortMappings:
          - containerPort: 80
            hostPort: 80
            listenAddress: "127.0.0.1"
          - containerPort: 80
            hostPort: 80
            listenAddress: "::1"
          - containerPort: 53
            hostPort: 53
            protocol: UDP
          - containerPort: 53
            hostPort: 53
            protocol: TCP
      `,
    },
    {
      name: "kind validate_test: random host ports may repeat",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        nodes:
        - role: control-plane
          extraPortMappings:
          - {hostPort: 0, containerPort: 80}
          - {hostPort: 0, containerPort: 81}
          - {hostPort: -1, containerPort: 82}
          - {hostPort: -1, containerPort: 83}
      `,
    },
    {
      name: "each node has its own ports",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        nodes:
        - role: control-plane
          extraPortMappings:
          - {hostPort: 80, containerPort: 80}
        - role: worker
          extraPortMappings:
          - {hostPort: 80, containerPort: 80}
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        nodes:
        - role: control-plane
          extraPortMappings:
          - containerPort: 80
            hostPort: 80
            listenAddress: "0.0.0.0"
          - containerPort: 80
            hostPort: 80
            listenAddress: "::"
            #              ^^^^ error NL504: invalid configuration for node 0: invalid portMapping: port mapping with same listen address, port and protocol already configured: :::80/TCP
      `,
    },
    {
      name: "kind validate_test: exact duplicate ipv4",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        nodes:
        - role: control-plane
          extraPortMappings:
          - {hostPort: 80, containerPort: 80, listenAddress: "127.0.0.1", protocol: TCP}
          - {hostPort: 80, containerPort: 80, listenAddress: "127.0.0.1", protocol: UDP}
          - {hostPort: 80, containerPort: 81, listenAddress: "127.0.0.1", protocol: TCP}
          #                                                  ^^^^^^^^^^^ error NL504: invalid configuration for node 0: invalid portMapping: port mapping with same listen address, port and protocol already configured: 127.0.0.1:80/TCP
      `,
    },
    {
      name: "kind validate_test: subset already configured ipv6",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        nodes:
        - role: control-plane
          extraPortMappings:
          - {hostPort: 80, containerPort: 80, listenAddress: "::1"}
          - {hostPort: 80, containerPort: 80, listenAddress: "::"}
          #                                                  ^^^^ error NL504: invalid configuration for node 0: invalid portMapping: port mapping with same listen address, port and protocol already configured: :::80/TCP
      `,
    },
    {
      name: "kind validate_test: empty listen address conflicts as wildcard",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        nodes:
        - role: control-plane
          extraPortMappings:
          - {hostPort: 80, containerPort: 80}
          - {hostPort: 80, containerPort: 80, listenAddress: "127.0.0.1"}
          #                                                  ^^^^^^^^^^^ error NL504: invalid configuration for node 0: invalid portMapping: port mapping with same listen address, port and protocol already configured: 127.0.0.1:80/TCP
      `,
    },
  ],
});
