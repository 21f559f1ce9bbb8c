import rule from '../../../server/src/rules/kubernetes/endpoint-port';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: v1
      kind: Endpoints
      metadata: {name: mysvc}
      subsets:
      - addresses: [{ip: 10.10.1.1}]
        ports: [{port: 8675}]
    `,
    y`
      apiVersion: discovery.k8s.io/v1
      kind: EndpointSlice
      metadata: {name: s}
      addressType: IPv4
      ports:
      - {name: "", protocol: TCP}
      - {name: http, protocol: TCP}
    `,
  ],
  invalid: [
    {
      name: 'Endpoints: several ports, one without a name, one out of range',
      yaml: y`
        apiVersion: v1
        kind: Endpoints
        metadata: {name: mysvc}
        subsets:
        - addresses: [{ip: 10.10.1.1}]
          ports:
          - {port: 8675}
        #    ^^^^ error NL232: subsets[0].ports[0].name: Required value
          - {name: b, port: 66000}
        #                   ^^^^^ error NL232: subsets[0].ports[1].port: Invalid value: 66000: must be between 1 and 65535, inclusive
      `,
    },
    {
      name: 'EndpointSlice: names are unique labels, an absent name included',
      yaml: y`
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: {name: s}
        addressType: IPv4
        ports:
        - {protocol: TCP}
        - {protocol: TCP}
        #  ^^^^^^^^ error NL232: ports[1].name: Duplicate value: ""
        - {name: almost_valid, protocol: TCP}
        #        ^^^^^^^^^^^^ error NL232: ports[2].name: Invalid value: "almost_valid": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')
      `,
    },
  ],
});
