// Hovers on a Service's family fields say what the API server allocates; on nodePort, the range it must lie in.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../../server/src/analysis';
import { DEFAULT_SETTINGS } from '../../../server/src/types';
import { y } from '../../rule-tester';

function hover(text: string, at: string, settings = DEFAULT_SETTINGS): string | undefined {
  const offset = text.indexOf(at);
  assert.ok(offset >= 0, at);
  return hoverAt({ uri: 'file:///hover/svc.yaml', text }, offset + 1, settings)?.markdown;
}

describe('Service hovers', () => {
  const dual = y`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ipFamilyPolicy: PreferDualStack
      ipFamilies: [IPv6, IPv4]
      clusterIPs: ["fd00::10", 10.96.0.10]
      clusterIP: "fd00::10"
      type: NodePort
      ports: [{port: 80, nodePort: 30080}, {port: 81, nodePort: 8080, name: b}]
  `;

  it('ipFamilyPolicy: the policy and both kinds of cluster', () => {
    const md = hover(dual, 'PreferDualStack')!;
    assert.match(md, /\*\*ipFamilyPolicy: PreferDualStack\*\*/);
    assert.match(md, /dual-stack cluster: two cluster IPs, IPv6 first, then IPv4/);
    assert.match(md, /single-stack cluster: only IPv6/);
  });

  it('ipFamilies and the clusterIPs key say the same', () => {
    assert.equal(hover(dual, 'ipFamilies:'), hover(dual, 'PreferDualStack'));
    assert.equal(hover(dual, 'clusterIPs:'), hover(dual, 'PreferDualStack'));
  });

  it('a cluster IP value keeps its address hover', () => {
    assert.match(hover(dual, '10.96.0.10')!, /IPv4 address/);
  });

  it('a missing policy is SingleStack, and two families make the Service fail', () => {
    const md = hover(y`
      apiVersion: v1
      kind: Service
      metadata: {name: web}
      spec:
        ipFamilies: [IPv4, IPv6]
        ports: [{port: 80}]
    `, 'ipFamilies')!;
    assert.match(md, /\*\*ipFamilyPolicy: SingleStack\*\* \(not set: the API server defaults it\)/);
    assert.match(md, /must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified/);
  });

  it('a headless Service without a selector defaults to RequireDualStack', () => {
    const md = hover(y`
      apiVersion: v1
      kind: Service
      metadata: {name: peers}
      spec:
        clusterIP: None
        ipFamilies: [IPv4]
    `, 'ipFamilies')!;
    assert.match(md, /RequireDualStack\*\* \(not set: a headless Service without a selector defaults to it\)/);
    assert.match(md, /single-stack cluster: still both families/);
  });

  it('nodePort: the range, from the setting', () => {
    assert.match(hover(dual, '30080')!, /Valid NodePorts: 30000-32767 .*\n30080 is inside it/);
    assert.match(hover(dual, '8080,')!, /8080 is outside it: the API server refuses to allocate it/);
    const custom = { ...DEFAULT_SETTINGS, nodePortRange: { start: 8000, end: 8999 } };
    assert.match(hover(dual, '8080,', custom)!, /Valid NodePorts: 8000-8999 \(1000 ports/);
  });

  it('nothing to say for an ExternalName Service', () => {
    assert.equal(hover(y`
      apiVersion: v1
      kind: Service
      metadata: {name: db}
      spec:
        type: ExternalName
        externalName: db.example.com
        ipFamilyPolicy: SingleStack
    `, 'ipFamilyPolicy'), undefined);
  });
});
