import rule from '../../../server/src/rules/kubernetes/service-port-duplicate';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    { name: 'the same number over TCP, UDP and SCTP', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        ports:
        - {name: q, port: 12345, protocol: TCP}
        - {name: r, port: 12345, protocol: UDP}
        - {name: s, port: 12345, protocol: SCTP}
    ` },
  ],
  invalid: [
    {
      name: 'a missing protocol is TCP',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - {name: dns, port: 53}
          - {name: dns-tcp, port: 53, protocol: TCP}
        #                         ^^ error NL219: spec.ports[1]: Duplicate value: {"Name":"","Protocol":"TCP","AppProtocol":null,"Port":53,"TargetPort":0,"NodePort":0} (TCP/53 is also spec.ports[0])
      `,
    },
  ],
});
