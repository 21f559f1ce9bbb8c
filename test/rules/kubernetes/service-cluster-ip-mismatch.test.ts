import rule from '../../../server/src/rules/kubernetes/service-cluster-ip-mismatch';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../../../server/src/analysis';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        clusterIP: 10.96.0.10
        clusterIPs: [10.96.0.10, "fd00:10:96::a"]
        ipFamilyPolicy: RequireDualStack
        ports: [{port: 53}]
    `,
    { name: 'a lone clusterIP is copied into clusterIPs on create', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        clusterIP: 10.96.0.10
        ports: [{port: 53}]
    ` },
    { name: 'ExternalName has its own rule', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        type: ExternalName
        externalName: db.example.com
        clusterIPs: [10.0.0.1]
    ` },
  ],
  invalid: [
    {
      name: 'first value differs from clusterIP',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 10.0.0.10
          clusterIPs: [10.0.0.1, "2001::1"]
        #              ^^^^^^^^ error NL206: spec.clusterIPs: Invalid value: ["10.0.0.1","2001::1"]: first value must match \`clusterIP\`
          ipFamilyPolicy: RequireDualStack
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 10.0.0.10
          clusterIPs: [10.0.0.10, "2001::1"]
        #              ^^^^^^^^ error NL206: spec.clusterIPs: Invalid value: ["10.0.0.1","2001::1"]: first value must match \`clusterIP\`
          ipFamilyPolicy: RequireDualStack
      `,
    },
    {
      name: 'clusterIPs without clusterIP: the fix adds clusterIP',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIPs:
          - 10.0.0.1
        #   ^^^^^^^^ error NL206: spec.clusterIPs: Invalid value: ["10.0.0.1"]: must be empty when \`clusterIP\` is not specified
          ports: [{port: 80}]
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 10.0.0.1
          clusterIPs:
          - 10.0.0.1
        #   ^^^^^^^^ error NL206: spec.clusterIPs: Invalid value: ["10.0.0.1"]: must be empty when \`clusterIP\` is not specified
          ports: [{port: 80}]
      `,
    },
    {
      name: 'an empty clusterIP counts as not specified',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: ""
          clusterIPs: ["", "2001::1"]
        #              ^^ error NL206: spec.clusterIPs: Invalid value: ["","2001::1"]: must be empty when \`clusterIP\` is not specified
      `,
    },
    {
      // Found by the fuzz suite: the fix copied a value that is no IP address (and wrote it unquoted, as a list).
      name: 'fuzz: a first value that is no IP address is not copied into clusterIP',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIPs: ["[fd00::1]"]
        #              ^^^^^^^^^^^ error NL206: spec.clusterIPs: Invalid value: ["[fd00::1]"]: must be empty when \`clusterIP\` is not specified
          ports: [{port: 80}]
      `,
      fixes: [],
    },
    {
      // Found by the fuzz suite: \`clusterIP:\` without a value was added a second time, a duplicate key.
      name: 'fuzz: a clusterIP key without a value is not added again',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP:
          clusterIPs: [fe80::1]
        #              ^^^^^^^ error NL206: spec.clusterIPs: Invalid value: ["fe80::1"]: must be empty when \`clusterIP\` is not specified
          ports: [{port: 80}]
      `,
      fixes: [],
    },
    {
      name: 'fuzz: of two values that disagree, only the IP address is offered to the other field',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 10.0.0.10
          clusterIPs: ["ＩＰ🙂"]
        #              ^^^^^^ error NL206: spec.clusterIPs: Invalid value: ["ＩＰ🙂"]: first value must match \`clusterIP\`
          ports: [{port: 80}]
      `,
      fixes: ['Change clusterIPs[0] to 10.0.0.10'],
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: 10.0.0.10
          clusterIPs: ["10.0.0.10"]
        #              ^^^^^^ error NL206: spec.clusterIPs: Invalid value: ["ＩＰ🙂"]: first value must match \`clusterIP\`
          ports: [{port: 80}]
      `,
    },
  ],
});

describe('NL206 service-cluster-ip-mismatch: found by the fuzz suite', () => {
  it('offers no fix that writes into a tagged value (`!!binary` would read the new text as base64)', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  clusterIP: 10.0.197.123\n  clusterIPs:\n    - !!binary\n  ports: [{port: 80}]\n';
    const findings = analyzeFile({ uri: 'file:///fuzz/svc.yaml', text }).filter((f) => f.code === 'NL206');
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]!.fixes, []);
  });
});
