// Completion in the core: the cursor is written as `|` in the YAML; the labels offered there, in order.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlFile } from '../../server/src/yaml/parse';
import { completionsAt } from '../../server/src/complete/complete';
import { contextsAt, ITEM } from '../../server/src/complete/context';

function at(text: string, uri = 'file:///ws/manifest.yaml') {
  const offset = text.indexOf('|');
  assert.ok(offset >= 0, 'the case marks the cursor with |');
  const source = text.slice(0, offset) + text.slice(offset + 1);
  return { items: completionsAt(parseYamlFile({ uri, text: source }), offset), source, offset };
}

const labels = (text: string, uri?: string): string[] => at(text, uri).items.map((i) => i.label);

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n';
const COMPOSE = 'file:///ws/compose.yaml';

describe('completion', () => {
  const cases: [string, string, string[], string?][] = [
    ['Service ipFamilyPolicy', `${SERVICE}  ipFamilyPolicy: |\n  ports:\n  - port: 80\n`, ['SingleStack', 'PreferDualStack', 'RequireDualStack']],
    ['Service ipFamilyPolicy, partly typed', `${SERVICE}  ipFamilyPolicy: Pre|`, ['SingleStack', 'PreferDualStack', 'RequireDualStack']],
    ['Service ipFamilyPolicy in quotes', `${SERVICE}  ipFamilyPolicy: "|"\n`, ['SingleStack', 'PreferDualStack', 'RequireDualStack']],
    ['Service ipFamilies block item', `${SERVICE}  ipFamilies:\n  - IPv4\n  - |\n`, ['IPv4', 'IPv6']],
    ['Service ipFamilies indented block item', `${SERVICE}  ipFamilies:\n    - |\n`, ['IPv4', 'IPv6']],
    ['Service ipFamilies flow item', `${SERVICE}  ipFamilies: [IPv6, |]\n`, ['IPv4', 'IPv6']],
    ['Service port protocol', `${SERVICE}  ports:\n  - name: dns\n    port: 53\n    protocol: |\n`, ['TCP', 'UDP', 'SCTP']],
    ['Service port protocol as the first key of the item', `${SERVICE}  ports:\n  - protocol: |\n    port: 53\n`, ['TCP', 'UDP', 'SCTP']],
    ['container port protocol',
      'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - name: dns\n        image: coredns\n        ports:\n        - containerPort: 53\n          protocol: |\n',
      ['TCP', 'UDP', 'SCTP']],
    ['NetworkPolicy port protocol',
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nspec:\n  ingress:\n  - ports:\n    - port: 53\n      protocol: |\n', ['TCP', 'UDP', 'SCTP']],
    ['kind networking.ipFamily', 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnetworking:\n  ipFamily: |\n  podSubnet: 10.244.0.0/16\n', ['ipv4', 'ipv6', 'dual']],
    ['kind extraPortMappings protocol',
      'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n- role: control-plane\n  extraPortMappings:\n  - containerPort: 80\n    hostPort: 8080\n    protocol: |\n',
      ['TCP', 'UDP', 'SCTP']],
    ['Compose long-syntax keys on a new line', 'services:\n  web:\n    ports:\n      - target: 80\n        |\n',
      ['published', 'host_ip', 'protocol', 'mode', 'app_protocol', 'name'], COMPOSE],
    ['Compose long-syntax keys while typing, without those already there', 'services:\n  web:\n    ports:\n    - target: 80\n      host_ip: 127.0.0.1\n      pu|\n      protocol: udp\n',
      ['published', 'mode', 'app_protocol', 'name'], COMPOSE],
    ['Compose long-syntax keys on a fresh item', 'services:\n  web:\n    ports:\n      - |\n',
      ['target', 'published', 'host_ip', 'protocol', 'mode', 'app_protocol', 'name'], COMPOSE],
    ['Compose protocol', 'services:\n  web:\n    ports:\n      - target: 53\n        protocol: |\n', ['tcp', 'udp', 'sctp'], COMPOSE],
    ['Compose mode', 'services:\n  web:\n    ports:\n      - target: 53\n        mode: |\n', ['ingress', 'host'], COMPOSE],
    ['Compose by its top-level services, any file name', 'services:\n  dns:\n    ports:\n      - target: 53\n        protocol: |\n', ['tcp', 'udp', 'sctp']],
    ['the second document of a stream', `${SERVICE}  type: ClusterIP\n---\n${SERVICE}  ipFamilyPolicy: |\n`, ['SingleStack', 'PreferDualStack', 'RequireDualStack']],
  ];
  for (const [name, text, expected, uri] of cases) {
    it(`offers ${name}`, () => assert.deepEqual(labels(text, uri), expected));
  }

  const nothing: [string, string, string?][] = [
    ['on a field of another kind', 'apiVersion: v1\nkind: Pod\nspec:\n  ipFamilyPolicy: |\n'],
    ['on a key that is not a network enum', `${SERVICE}  sessionAffinity: |\n`],
    ['on a Service value in a comment', `${SERVICE}  # ipFamilyPolicy: |\n`],
    ['in a Compose short-syntax entry', 'services:\n  web:\n    ports:\n      - "80|"\n', COMPOSE],
    ['in a file that is neither Kubernetes nor Compose', 'ipFamilyPolicy: |\n'],
    ['in a Helm template', '{{- if .Values.svc }}\napiVersion: v1\nkind: Service\nspec:\n  ipFamilyPolicy: |\n{{- end }}\n'],
    ['for keys Compose already has', 'services:\n  web:\n    ports:\n      - target: 80\n        published: 1\n        host_ip: ::1\n        protocol: tcp\n        mode: host\n        app_protocol: http\n        name: web\n        |\n', COMPOSE],
  ];
  for (const [name, text, uri] of nothing) {
    it(`offers nothing ${name}`, () => assert.deepEqual(labels(text, uri), []));
  }

  it('replaces the word being typed, the part after the cursor included', () => {
    const { items, source, offset } = at(`${SERVICE}  ipFamilyPolicy: Prefer|Dual # comment\n`);
    const item = items.find((i) => i.label === 'PreferDualStack')!;
    assert.equal(source.slice(item.span.start, item.span.end), 'PreferDual');
    assert.ok(item.span.start < offset && item.span.end > offset);
    assert.equal(item.insertText, 'PreferDualStack');
  });

  it('inserts a key with its colon, and documents every item', () => {
    const { items } = at('services:\n  web:\n    ports:\n      - target: 80\n        |\n', COMPOSE);
    assert.equal(items.find((i) => i.label === 'host_ip')!.insertText, 'host_ip: ');
    for (const item of items) {
      assert.equal(item.kind, 'key');
      assert.ok(item.documentation.length > 20, `${item.label} is documented`);
    }
  });

  it('marks the default value and keeps the enum order', () => {
    const { items } = at(`${SERVICE}  ipFamilyPolicy: |\n`);
    assert.deepEqual(items.map((i) => [i.label, i.isDefault ?? false, i.sortText]), [
      ['SingleStack', true, '00'], ['PreferDualStack', false, '01'], ['RequireDualStack', false, '02'],
    ]);
    assert.match(items[0]!.detail, /default/);
    assert.match(items[1]!.documentation, /dual-stack cluster/);
  });

  it('reads the path from indentation, sequences and CRLF line breaks', () => {
    const text = 'a:\r\n  b:\r\n  - c: 1\r\n    d:\r\n    - e: x\r\n      f: ';
    assert.deepEqual(contextsAt(text, text.length).map((c) => [c.path, c.slot]), [[['a', 'b', ITEM, 'd', ITEM, 'f'], 'value']]);
    const compact = 'spec:\n  ports:\n  - port: 80\n    protocol: ';
    assert.deepEqual(contextsAt(compact, compact.length)[0]!.path, ['spec', 'ports', ITEM, 'protocol']);
  });

  it('never throws, whatever the text and the offset', () => {
    const texts = ['', '-', '- - -', ':', 'a: [', 'a: {b: [', '"unterminated', '\t- x: |', 'a:\n\t- b', '---\n...\n---', `${SERVICE}  ipFamilies: [`];
    for (const text of texts) {
      for (let offset = -1; offset <= text.length + 1; offset++) completionsAt(parseYamlFile({ uri: 'file:///x.yaml', text }), offset);
    }
  });
});
