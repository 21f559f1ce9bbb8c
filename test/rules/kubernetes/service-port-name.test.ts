import rule from '../../../server/src/rules/kubernetes/service-port-name';
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
        ports: [{port: 80}]
    `,
    y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        ports:
        - {name: http, port: 80}
        - {name: 8443-tls, port: 443}
    `,
  ],
  invalid: [
    {
      name: 'a second port without a name',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - name: http
            port: 80
          - port: 443
        #   ^^^^ error NL218: spec.ports[1].name: Required value (every port needs a name when a Service has more than one)
      `,
    },
    {
      name: 'upper case and a duplicate',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports:
          - {name: HTTP, port: 80}
        #          ^^^^ error NL218: spec.ports[0].name: Invalid value: "HTTP": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')
          - {name: p, port: 81}
          - {name: p, port: 82}
        #          ^ error NL218: spec.ports[2].name: Duplicate value: "p"
      `,
    },
  ],
});
