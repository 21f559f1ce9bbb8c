import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanIpv4Value, parseIp } from '../../../server/src/net/ip';
import { specialIpProblem, specialIpv4Problem } from '../../../server/src/rules/kubernetes/k8s-validation';
import rule from '../../../server/src/rules/kubernetes/non-special-ip';
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
        externalIPs: [203.0.113.7, "2001:db8::7"]
        ports: [{port: 80}]
    `,
    { name: 'an address of the wrong family is the slice rule\'s (NL230)', yaml: y`
      apiVersion: discovery.k8s.io/v1
      kind: EndpointSlice
      metadata: {name: s}
      addressType: IPv6
      endpoints:
      - addresses: [127.0.0.1]
    ` },
  ],
  invalid: [
    {
      name: 'external IPs',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          externalIPs:
          - 0.0.0.0
        #   ^^^^^^^ error NL222: spec.externalIPs[0]: Invalid value: "0.0.0.0": may not be unspecified (0.0.0.0)
          - 127.0.0.1
        #   ^^^^^^^^^ error NL222: spec.externalIPs[1]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)
          ports: [{port: 80}]
      `,
    },
    {
      name: 'Endpoints and EndpointSlice addresses',
      yaml: y`
        apiVersion: v1
        kind: Endpoints
        metadata: {name: s}
        subsets:
        - addresses:
          - ip: 169.254.169.254
        #       ^^^^^^^^^^^^^^^ error NL222: subsets[0].addresses[0].ip: Invalid value: "169.254.169.254": may not be in the link-local range (169.254.0.0/16, fe80::/10)
          notReadyAddresses:
          - ip: 224.0.0.1
        #       ^^^^^^^^^ error NL222: subsets[0].notReadyAddresses[0].ip: Invalid value: "224.0.0.1": may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: {name: s}
        addressType: IPv6
        endpoints:
        - addresses: ["fe80::9656:d028:8652:66b6"]
        #              ^^^^^^^^^^^^^^^^^^^^^^^^^ error NL222: endpoints[0].addresses[0]: Invalid value: "fe80::9656:d028:8652:66b6": may not be in the link-local range (169.254.0.0/16, fe80::/10)
      `,
    },
  ],
});

describe('NL222 judges clean IPv4 addresses by their value', () => {
  it('specialIpv4Problem on the value cleanIpv4Value reads says what specialIpProblem says on the parsed address', () => {
    const special = fc.oneof(
      fc.tuple(fc.constantFrom(0, 127, 169, 224), fc.constantFrom(0, 254, 255), fc.constantFrom(0, 1), fc.nat(255)).map((o) => o.join('.')),
      fc.ipV4(),
    );
    fc.assert(
      fc.property(special, (text) => {
        const parsed = parseIp(text);
        assert.ok(parsed.ok);
        assert.equal(specialIpv4Problem(cleanIpv4Value(text), text), specialIpProblem(parsed.ip, text), text);
      }),
      { numRuns: 5000 },
    );
  });
});
