// Hovers on addresses outside the catalogued fields: any address, CIDR or comma-list item in a document NetLens
// knows is explained, however deep it sits in block or flow collections.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Document, isCollection, visit } from 'yaml';
import { hoverAt } from '../../server/src/analysis';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, annotations: {peer: "192.168.7.7"}}
spec:
  template:
    spec:
      containers:
        - name: app
          env:
            - name: UPSTREAMS
              value: "10.1.2.3, 2001:db8::1"
          args: [--bind, 0.0.0.0, {x: 10.9.0.0/16}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: second}
data:
  target: 172.16.0.9
`;

function hoverOn(text: string, needle: string, uri = 'file:///w/deploy.yaml') {
  return hoverAt({ uri, text }, text.indexOf(needle) + 1);
}

describe('hovers on any address of a known document', () => {
  const cases: [needle: string, title: RegExp][] = [
    ['192.168.7.7', /^\*\*`192\.168\.7\.7`\*\* — IPv4 address/],
    ['10.1.2.3', /^\*\*`10\.1\.2\.3`\*\* — IPv4 address/],
    ['2001:db8::1', /^\*\*`2001:db8::1`\*\* — IPv6 address/],
    ['0.0.0.0', /^\*\*`0\.0\.0\.0`\*\* — IPv4 address/],
    ['10.9.0.0/16', /^\*\*`10\.9\.0\.0\/16`\*\* — IPv4 CIDR/],
    ['172.16.0.9', /^\*\*`172\.16\.0\.9`\*\* — IPv4 address/],
  ];
  for (const [needle, title] of cases) {
    it(`${needle}: the hover covers exactly the item`, () => {
      const h = hoverOn(DEPLOYMENT, needle);
      assert.ok(h, `a hover on ${needle}`);
      assert.equal(DEPLOYMENT.slice(h.span.start, h.span.end), needle);
      assert.match(h.markdown, title);
    });
  }

  for (const needle of ['UPSTREAMS', 'template', 'containers', '--bind']) {
    it(`no hover on ${needle}`, () => {
      assert.equal(hoverOn(DEPLOYMENT, needle), undefined);
    });
  }

  it('no hover on addresses of a document of no known kind', () => {
    assert.equal(hoverOn('peers:\n  - 10.0.0.1\n', '10.0.0.1'), undefined);
  });

  // Trees of maps and lists, each written block or flow, with addresses and words as leaves, under the spec of a
  // Deployment: every address must be found wherever it sits (the search enters only collections that hold the offset).
  const leaf = fc.oneof(fc.constantFrom('10.0.0.1', '10.96.0.0/12', 'fd00::10', '192.168.1.254', '2001:db8::/64'), fc.constantFrom('alpha', 'beta', 'x'));
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('map'), tie('list')),
    map: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }).map((values) => Object.fromEntries(values.map((v, i) => [`k${i}`, v]))),
    list: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }),
  }));

  it('finds every address however the collections around it are written', () => {
    fc.assert(
      fc.property(tree, fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }), (spec, flows) => {
        const doc = new Document({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec });
        let k = 0;
        visit(doc, {
          Node(_key, node) {
            // The top map stays block, so that the document keeps its kind.
            if (isCollection(node) && node !== doc.contents) node.flow = flows[k++ % flows.length]!;
          },
        });
        const text = doc.toString();
        const addresses = /\d+\.\d+\.\d+\.\d+(?:\/\d+)?|[0-9a-f]+:[0-9a-f:]*::[0-9a-f]*(?:\/\d+)?/g;
        for (const m of text.matchAll(addresses)) {
          const at = m.index! + 1;
          const h = hoverAt({ uri: 'file:///w/tree.yaml', text }, at);
          assert.ok(h, `a hover at ${at} on ${m[0]} in\n${text}`);
          assert.equal(text.slice(h.span.start, h.span.end), m[0]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
