// The address values the catalogue finds: their order, spans, paths and located scalars, which are worked out
// only when read (rules/address/fields.ts).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addressValues } from '../../../server/src/rules/address/fields';
import { parseYamlFile } from '../../../server/src/yaml/parse';
import { renderPath } from '../../../server/src/yaml/nodes';

const valuesOf = (text: string) => addressValues(parseYamlFile({ uri: 'file:///w/a.yaml', text }));

describe('addressValues', () => {
  it('lists values in source order when the fields stand in another order than the catalogue', () => {
    const text = [
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: s}',
      'spec:',
      '  loadBalancerSourceRanges: [" 10.0.0.0/8", 192.168.0.0/16]',
      '  externalIPs: [203.0.113.7]',
      '  clusterIP: 10.96.0.10',
      '---',
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: ClusterConfiguration',
      'networking:',
      '  serviceSubnet: "10.96.0.0/12,fd00::/108"',
      '  podSubnet: 10.244.0.0/16',
      '',
    ].join('\n');
    const values = valuesOf(text);
    assert.deepEqual(values.map((v) => v.text), ['10.0.0.0/8', '192.168.0.0/16', '203.0.113.7', '10.96.0.10', '10.96.0.0/12', 'fd00::/108', '10.244.0.0/16']);
    assert.deepEqual(values.map((v) => renderPath(v.path)), [
      'spec.loadBalancerSourceRanges[0]', 'spec.loadBalancerSourceRanges[1]', 'spec.externalIPs[0]', 'spec.clusterIPs[0]',
      'networking.serviceSubnet', 'networking.serviceSubnet', 'networking.podSubnet',
    ]);
    for (const v of values) assert.equal(text.slice(v.span.start, v.span.end), v.text);
    assert.deepEqual(values.map((v) => v.listIndex), [undefined, undefined, undefined, undefined, 0, 1, undefined]);
    const subnet = values[4]!;
    assert.equal(subnet.scalar.value, '10.96.0.0/12,fd00::/108');
    assert.equal(text.slice(subnet.scalar.span.start, subnet.scalar.span.end), '"10.96.0.0/12,fd00::/108"');
    assert.equal(subnet.span, subnet.span, 'a span is worked out once');
  });

  it('orders values the way their span starts do, whatever the order of the fields and the quoting', () => {
    const item = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.constantFrom('', '"', "'"), fc.constantFrom('', ' '))
      .map(([n, quote, pad]) => `${quote}${pad}10.0.0.${n}${quote}`);
    const field = fc.tuple(fc.constantFrom('externalIPs', 'loadBalancerSourceRanges', 'clusterIPs'), fc.array(item, { minLength: 1, maxLength: 4 }));
    fc.assert(fc.property(fc.uniqueArray(field, { selector: ([name]) => name, minLength: 1, maxLength: 3 }), (fields) => {
      const text = ['apiVersion: v1', 'kind: Service', 'metadata: {name: s}', 'spec:', ...fields.map(([name, items]) => `  ${name}: [${items.join(', ')}]`), ''].join('\n');
      const starts = valuesOf(text).map((v) => v.span.start);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
      assert.equal(starts.length, fields.reduce((n, [, items]) => n + items.length, 0));
    }), { numRuns: 300 });
  });
});
