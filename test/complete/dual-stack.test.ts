// The "Make this Service dual-stack" refactoring: the exact text after the edits, and that the result is a
// Service the API server accepts as dual-stack (no Service finding, the allocation NetLens reads back).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlFile } from '../../server/src/yaml/parse';
import { dualStackRefactorings } from '../../server/src/complete/dual-stack';
import { analyzeFile } from '../../server/src/analysis';
import { servicesOf } from '../../server/src/rules/kubernetes/service';
import { allocationOf } from '../../server/src/rules/kubernetes/service-allocation';
import type { TextEdit } from '../../server/src/types';

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

const HEAD = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web # the front end\n';

function refactor(text: string, at = text.indexOf('kind')) {
  const file = parseYamlFile({ uri: 'file:///ws/svc.yaml', text });
  return dualStackRefactorings(file, { start: at, end: at });
}

/** The text after the preferred (PreferDualStack) variant, checked to be a valid dual-stack Service. */
function dualStack(text: string): string {
  const [prefer, require] = refactor(text);
  assert.ok(prefer && require, 'both variants are offered');
  assert.equal(prefer.kind, 'refactor.rewrite');
  assert.equal(prefer.title, 'Make this Service dual-stack (PreferDualStack)');
  assert.equal(prefer.preferred, true);
  assert.equal(require.title, 'Make this Service dual-stack (RequireDualStack)');
  const result = apply(text, prefer.edits);
  assert.equal(apply(text, require.edits), result.replace('PreferDualStack', 'RequireDualStack'));
  const uri = 'file:///ws/after.yaml';
  const errors = analyzeFile({ uri, text: result }).filter((f) => f.severity === 'error');
  assert.deepEqual(errors.map((f) => `${f.code} ${f.message}`), []);
  const svc = servicesOf(parseYamlFile({ uri, text: result }))[0]!;
  const allocation = allocationOf(svc)!;
  assert.equal(allocation.policy, 'PreferDualStack');
  assert.equal(allocation.families.length, 2);
  assert.deepEqual(refactor(result), [], 'nothing more to do afterwards');
  return result;
}

describe('Make this Service dual-stack', () => {
  it('adds both fields before the ports of a Service that has neither', () => {
    assert.equal(dualStack(`${HEAD}spec:\n  selector:\n    app: web\n  ports:\n  - port: 80 # http\n`),
      `${HEAD}spec:\n  selector:\n    app: web\n  ipFamilyPolicy: PreferDualStack\n  ipFamilies: [IPv4, IPv6]\n  ports:\n  - port: 80 # http\n`);
  });

  it('keeps the family of the cluster IP first', () => {
    assert.equal(dualStack(`${HEAD}spec:\n  clusterIP: fd00:10:96::a\n  ports:\n  - port: 53\n`),
      `${HEAD}spec:\n  clusterIP: fd00:10:96::a\n  ipFamilyPolicy: PreferDualStack\n  ipFamilies: [IPv6, IPv4]\n  ports:\n  - port: 53\n`);
  });

  it('changes SingleStack in place and adds the second family as a block item written like the first', () => {
    assert.equal(dualStack(`${HEAD}spec:\n  ipFamilyPolicy: SingleStack # for now\n  ipFamilies:\n    - "IPv6"\n  ports: [{port: 80}]\n`),
      `${HEAD}spec:\n  ipFamilyPolicy: PreferDualStack # for now\n  ipFamilies:\n    - "IPv6"\n    - "IPv4"\n  ports: [{port: 80}]\n`);
  });

  it('adds the second family to a flow list and the policy above it', () => {
    assert.equal(dualStack(`${HEAD}spec:\n  ipFamilies: [IPv6]\n  ports: [{port: 80}]\n`),
      `${HEAD}spec:\n  ipFamilyPolicy: PreferDualStack\n  ipFamilies: [IPv6, IPv4]\n  ports: [{port: 80}]\n`);
  });

  it('adds ipFamilies right below a policy that ends the file, keeping CRLF', () => {
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    assert.equal(dualStack(crlf(`${HEAD}spec:\n  ports: [{port: 80}]\n  ipFamilyPolicy: SingleStack`)),
      crlf(`${HEAD}spec:\n  ports: [{port: 80}]\n  ipFamilyPolicy: PreferDualStack\n  ipFamilies: [IPv4, IPv6]`));
  });

  it('edits a flow-style spec', () => {
    assert.equal(dualStack(`${HEAD}spec: {ports: [{port: 80}]}\n`), `${HEAD}spec: {ipFamilyPolicy: PreferDualStack, ipFamilies: [IPv4, IPv6], ports: [{port: 80}]}\n`);
  });

  it('fills an empty ipFamilies list', () => {
    assert.equal(dualStack(`${HEAD}spec:\n  ipFamilies: []\n  ports: [{port: 80}]\n`),
      `${HEAD}spec:\n  ipFamilyPolicy: PreferDualStack\n  ipFamilies: [IPv4, IPv6]\n  ports: [{port: 80}]\n`);
  });

  it('works on a Service inside a List and in the second document of a stream', () => {
    const list = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: a}\n  spec:\n    ports:\n    - port: 80\n';
    const [prefer] = refactor(list, list.indexOf('port:'));
    assert.equal(apply(list, prefer!.edits), list.replace('    ports:', '    ipFamilyPolicy: PreferDualStack\n    ipFamilies: [IPv4, IPv6]\n    ports:'));
    const stream = `${HEAD}spec:\n  ports: [{port: 1}]\n---\n${HEAD}spec:\n  clusterIP: fd00::1\n  ports: [{port: 2}]\n`;
    const [second] = refactor(stream, stream.lastIndexOf('port: 2'));
    assert.match(apply(stream, second!.edits), /clusterIP: fd00::1\n {2}ipFamilyPolicy: PreferDualStack\n {2}ipFamilies: \[IPv6, IPv4\]/);
  });

  it('is not offered where there is nothing to do or nothing exact to do', () => {
    const none: [string, string][] = [
      ['already dual-stack', `${HEAD}spec:\n  ipFamilyPolicy: RequireDualStack\n  ipFamilies: [IPv4, IPv6]\n`],
      ['an ExternalName Service', `${HEAD}spec:\n  type: ExternalName\n  externalName: db.example.com\n`],
      ['a family written in the wrong case (the quick fix is for that)', `${HEAD}spec:\n  ipFamilies: [ipv4]\n  ports: [{port: 80}]\n`],
      ['an unknown policy', `${HEAD}spec:\n  ipFamilyPolicy: Dual\n  ports: [{port: 80}]\n`],
      ['the removed spec.ipFamily', `${HEAD}spec:\n  ipFamily: IPv6\n  ports: [{port: 80}]\n`],
      ['a Service with syntax errors', `${HEAD}spec:\n  ports: [{port: 80}\n`],
      ['a Deployment', 'apiVersion: apps/v1\nkind: Deployment\nspec: {}\n'],
    ];
    for (const [what, text] of none) assert.deepEqual(refactor(text), [], what);
    // Outside the Service: on another document of the stream.
    const stream = `apiVersion: v1\nkind: ConfigMap\ndata: {}\n---\n${HEAD}spec:\n  ports: [{port: 1}]\n`;
    assert.deepEqual(refactor(stream, 3), []);
  });
});
