import rule from '../../../server/src/rules/kubernetes/service-port-number';
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
        - {name: http, port: 80, targetPort: http}
        - {name: https, port: 443, targetPort: 8443}
        - {name: dns, port: 53, targetPort: 0}
    `,
  ],
  invalid: [
    {
      name: 'out of range',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - port: 65536
        #         ^^^^^ error NL217: spec.ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive
            targetPort: 70000
        #               ^^^^^ error NL217: spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive
      `,
    },
    {
      name: 'a quoted targetPort is a port name, and not a valid one',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - port: 80
            targetPort: "8080"
        #               ^^^^^^ error NL217: spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - port: 80
            targetPort: 8080
        #               ^^^^^^ error NL217: spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)
      `,
    },
    {
      name: 'a named targetPort breaking several IANA rules',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - port: 80
            targetPort: Web_Port
        #               ^^^^^^^^ error NL217: spec.ports[0].targetPort: Invalid value: "Web_Port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)
      `,
    },
    {
      name: 'a quoted port does not decode',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - port: "80"
        #         ^^^^ error NL217: Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - port: 80
        #         ^^^^ error NL217: Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32
      `,
    },
    {
      name: 'no port number',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - targetPort: 8080
        #   ^^^^^^^^^^ error NL217: spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive (port is missing)
      `,
    },
  ],
});
