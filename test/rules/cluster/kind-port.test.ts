// Rule table for NL503 kind-port: A kind apiServerPort, hostPort or containerPort outside -1..65535 or not a number, or a port mapping protocol other than TCP, UDP, SCTP.

import rule from '../../../server/src/rules/cluster/kind-port';
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
        networking:
          apiServerPort: 0
        nodes:
        - role: control-plane
          extraPortMappings:
          - containerPort: 80
            hostPort: 8080
          - containerPort: 53
            hostPort: 5353
            protocol: udp
      `,
    },
    {
      name: "ports -1 and random hostPorts",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          apiServerPort: -1
        nodes:
        - role: control-plane
          extraPortMappings:
          - containerPort: 80
          - containerPort: 443
            hostPort: -1
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
            hostPort: 80800
            #         ^^^^^ error NL503: invalid configuration for node 0: invalid hostPort: invalid port number: 80800
          - containerPort: 53
            hostPort: "5353"
            #         ^^^^^^ error NL503: invalid configuration for node 0: invalid hostPort: a number is expected, not the string "5353" (kind cannot decode the config: cannot unmarshal !!str into int32)
            protocol: icmp
            #         ^^^^ error NL503: unable to decode config: Unknown PortMappingProtocol: "ICMP" (use TCP, UDP or SCTP)
      `,
    },
    {
      name: "kind validate_test: bogus apiServerPort",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          apiServerPort: 9999999
          #              ^^^^^^^ error NL503: invalid apiServerPort: invalid port number: 9999999
      `,
    },
    {
      name: "kind validate_test: invalid containerPort",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        nodes:
        - role: control-plane
          extraPortMappings:
          - containerPort: 999999999
          #                ^^^^^^^^^ error NL503: invalid configuration for node 0: invalid containerPort: invalid port number: 999999999
            hostPort: 8080
      `,
    },
    {
      name: "a quoted port: the fix unquotes it",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        nodes:
        - role: control-plane
          extraPortMappings:
          - containerPort: 80
            hostPort: "8080"
            #         ^^^^^^ error NL503: invalid configuration for node 0: invalid hostPort: a number is expected, not the string "8080" (kind cannot decode the config: cannot unmarshal !!str into int32)
      `,
      fix: "Write",
      output: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        nodes:
        - role: control-plane
          extraPortMappings:
          - containerPort: 80
            hostPort: 8080
            #         ^^^^^^ error NL503: invalid configuration for node 0: invalid hostPort: a number is expected, not the string "8080" (kind cannot decode the config: cannot unmarshal !!str into int32)
      `,
    },
  ],
});
