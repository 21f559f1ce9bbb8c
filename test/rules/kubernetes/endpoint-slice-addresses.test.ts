import rule from '../../../server/src/rules/kubernetes/endpoint-slice-addresses';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: discovery.k8s.io/v1
      kind: EndpointSlice
      metadata: {name: s}
      addressType: IPv6
      endpoints:
      - addresses: ["a00:100::4"]
    `,
    y`
      apiVersion: discovery.k8s.io/v1
      kind: EndpointSlice
      metadata: {name: s}
      addressType: FQDN
      endpoints:
      - addresses: [foo.example.com, example.com., hyphens-are-good.example.com]
    `,
    { name: 'an address that is no IP at all is NL100\'s', yaml: y`
      apiVersion: discovery.k8s.io/v1
      kind: EndpointSlice
      metadata: {name: s}
      addressType: IPv4
      endpoints:
      - addresses: [123.456.789.012]
    ` },
  ],
  invalid: [
    {
      name: 'an address of the other family',
      yaml: y`
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: {name: s}
        addressType: IPv4
        endpoints:
        - addresses: [10.1.2.3, "2001:4860:4860::8888"]
        #                       ^^^^^^^^^^^^^^^^^^^^^^ error NL230: endpoints[0].addresses[1]: Invalid value: "2001:4860:4860::8888": must be a valid IPv4 address
      `,
    },
    {
      name: 'the deprecated IP type, and a type in the wrong case',
      yaml: y`
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: {name: a}
        addressType: IP
        #            ^^ error NL230: addressType: Unsupported value: "IP": supported values: "FQDN", "IPv4", "IPv6" (the deprecated "IP" type is refused on create)
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: {name: b}
        addressType: ipv4
        #            ^^^^ error NL230: addressType: Unsupported value: "ipv4": supported values: "FQDN", "IPv4", "IPv6"
      `,
    },
    {
      name: 'missing addressType and an endpoint without addresses',
      yaml: y`
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        #     ^^^^^^^^^^^^^ error NL230: addressType: Required value
        metadata: {name: a}
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: {name: b}
        addressType: IPv4
        endpoints:
        - addresses: []
        # ^^^^^^^^^ error NL230: endpoints[0].addresses: Required value: must contain at least 1 address
      `,
    },
    {
      name: 'FQDN slices hold domain names',
      yaml: y`
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: {name: s}
        addressType: FQDN
        endpoints:
        - addresses: [localhost]
        #             ^^^^^^^^^ error NL230: endpoints[0].addresses[0]: Invalid value: "localhost": should be a domain with at least two segments separated by dots
      `,
    },
  ],
});
