import rule from '../../../server/src/rules/kubernetes/port-protocol';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        ports:
        - {name: a, port: 53, protocol: UDP}
        - {name: b, port: 53, protocol: ""}
    `,
  ],
  invalid: [
    {
      name: 'lower case in a Service',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - port: 53
            protocol: udp
        #             ^^^ error NL223: spec.ports[0].protocol: Unsupported value: "udp": supported values: "SCTP", "TCP", "UDP"
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - port: 53
            protocol: UDP
        #             ^^^ error NL223: spec.ports[0].protocol: Unsupported value: "udp": supported values: "SCTP", "TCP", "UDP"
      `,
    },
    {
      name: 'ICMP in a container and in a NetworkPolicy',
      yaml: y`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: d}
        spec:
          template:
            spec:
              containers:
              - name: probe
                ports:
                - {containerPort: 7, protocol: ICMP}
        #                                      ^^^^ error NL223: spec.template.spec.containers[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP"
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: p}
        spec:
          podSelector: {}
          egress:
          - ports:
            - {port: 7, protocol: ICMP}
        #                         ^^^^ error NL223: spec.egress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP"
      `,
    },
  ],
});
