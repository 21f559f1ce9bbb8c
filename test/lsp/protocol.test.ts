// Protocol tests: the bundled server (dist/server.js) over stdio, driven by a JSON-RPC client as any editor would.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';
import { serverForSuite } from './suite';

const KUBEADM_CRLF = [
  '# クラスター設定 🚀 デュアルスタック',
  'apiVersion: kubeadm.k8s.io/v1beta4',
  'kind: ClusterConfiguration',
  'networking:',
  '  podSubnet: "10.244.0.1/16,fd00:10:244::/56" # 🐳 ポッド',
  '  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112',
  '',
].join('\r\n');

const EMOJI_LINE = '  clusterIPs: ["10.0.0.10", "ＩＰ🙂"] # 日本語';

describe('language server over stdio', () => {
  let client: TestClient;
  serverForSuite((c) => (client = c));

  it('publishes exact UTF-16 ranges on a CRLF file with Japanese and emoji before the value', async () => {
    const uri = 'file:///ws/cluster/kubeadm-config.yaml';
    await client.open(uri, KUBEADM_CRLF);
    const published = await client.diagnostics(uri);
    assert.equal(published.version, 1);
    const hostBits = published.diagnostics.find((d) => d.code === 'NL103');
    assert.ok(hostBits, JSON.stringify(published.diagnostics));
    // Line 4 is `  podSubnet: "10.244.0.1/16,...`; the value starts after the quote at UTF-16 column 14.
    assert.deepEqual(hostBits.range, { start: { line: 4, character: 14 }, end: { line: 4, character: 27 } });
    assert.equal(hostBits.severity, 2);
    assert.match(hostBits.message, /CIDR value "10\.244\.0\.1\/16" is ambiguous/);
    assert.match(hostBits.codeDescription?.href ?? '', /docs\/rules\/NL103\.md$/);
  });

  it('offers a quick fix inside the comma list that removes the host bits and the diagnostic', async () => {
    const uri = 'file:///ws/cluster/kubeadm-config.yaml';
    const d = { range: { start: { line: 4, character: 14 }, end: { line: 4, character: 27 } }, code: 'NL103', source: 'netlens', message: 'x' };
    const actions = await client.request<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[]>(
      'textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, JSON.stringify(actions));
    const edits = preferred.edit.changes[uri]!;
    assert.deepEqual(edits, [{ range: d.range, newText: '10.244.0.0/16' }]);
    await client.change(uri, 2, [{ range: d.range, text: '10.244.0.0/16' }]);
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(after.diagnostics.filter((x) => x.code === 'NL103'), []);
  });

  it('offers source.fixAll.netlens with every safe fix when asked for by kind', async () => {
    const uri = 'file:///ws/fixall.yaml';
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n  ipFamilyPolicy: preferdualstack\n  ipFamilies: [ipv6, IPV4]\n';
    await client.open(uri, text);
    await client.diagnostics(uri);
    const all = await client.request<{ kind: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(all.length, 1);
    assert.equal(all[0]!.kind, 'source.fixAll.netlens');
    assert.deepEqual(all[0]!.edit.changes[uri]!.map((e) => e.newText), ['PreferDualStack', 'IPv6', 'IPv4']);
    const none = await client.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] },
    });
    assert.deepEqual(none, []);
  });

  it('counts positions in UTF-16 code units after astral characters', async () => {
    const uri = 'file:///ws/svc.yaml';
    const text = ['apiVersion: v1', 'kind: Service', 'metadata: {name: s}', 'spec:', '  ipFamilyPolicy: PreferDualStack', EMOJI_LINE, ''].join('\n');
    await client.open(uri, text);
    const published = await client.diagnostics(uri);
    const bad = published.diagnostics.find((d) => d.code === 'NL100');
    assert.ok(bad, JSON.stringify(published.diagnostics));
    const start = EMOJI_LINE.indexOf('ＩＰ🙂');
    assert.deepEqual(bad.range, { start: { line: 5, character: start }, end: { line: 5, character: start + 'ＩＰ🙂'.length } });
    assert.equal('ＩＰ🙂'.length, 4, 'the emoji is two UTF-16 code units');
  });

  it('hovers with exact IPv4 and IPv6 counts', async () => {
    const uri = 'file:///ws/cluster/kubeadm-config.yaml';
    const v4 = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 20 } });
    assert.match(v4.contents.value, /65,536/);
    assert.match(v4.contents.value, /kubernetes\.default/);
    const v6 = await client.request<{ contents: { value: string }; range: unknown }>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 32 } });
    assert.match(v6.contents.value, /4,722,366,482,869,645,213,696/);
    assert.deepEqual(v6.range, { start: { line: 4, character: 28 }, end: { line: 4, character: 44 } });
  });

  it('hovers a value again with the same answer, and at its new place after an edit moves it', async () => {
    const uri = 'file:///ws/hover-again.yaml';
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  clusterIP: 10.96.0.10\n  ports: [{port: 80}]\n';
    await client.open(uri, text);
    await client.diagnostics(uri);
    type Answer = { contents: { value: string }; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
    const at = (line: number, character: number): Promise<Answer> => client.request<Answer>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    const first = await at(4, 16);
    assert.match(first.contents.value, /10\.96\.0\.10/);
    assert.deepEqual(first.range, { start: { line: 4, character: 13 }, end: { line: 4, character: 23 } });
    assert.deepEqual(await at(4, 20), first);
    // Two comment lines above it and two spaces before it: the same text is two lines down and two columns right.
    await client.change(uri, 2, [
      { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '  # moved\n  # down\n' },
      { range: { start: { line: 6, character: 12 }, end: { line: 6, character: 12 } }, text: '  ' },
    ]);
    assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 2)).diagnostics, []);
    const moved = await at(6, 18);
    assert.equal(moved.contents.value, first.contents.value);
    assert.deepEqual(moved.range, { start: { line: 6, character: 15 }, end: { line: 6, character: 25 } });
    await client.close(uri);
  });

  it('reports Compose port errors with docker compose messages', async () => {
    const uri = 'file:///ws/app/compose.yaml';
    const text = ['services:', '  web:', '    image: nginx', '    ports:', '      - "8080:80/xyz"', '      - "127.0.0.1:80"', '      - "[::1]:6001:6001"', ''].join('\n');
    await client.open(uri, text, 'dockercompose');
    const published = await client.diagnostics(uri);
    const messages = published.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.message}`);
    assert.deepEqual(messages, [
      'NL401 4:17-20 invalid proto: xyz',
      'NL401 5:9-18 invalid hostPort: 127.0.0.1',
    ]);
  });

  it('keeps answering after garbage input and malformed requests', async () => {
    const uri = 'file:///ws/garbage.yaml';
    const garbage = '\u0000\u0001{[}]: : - ? !!binary &a *a *b ]]]\n\t\t- {{ }} \ud800 \r\r\n'.repeat(50);
    await client.open(uri, garbage);
    await client.diagnostics(uri);
    // A malformed request is answered (with nothing), not fatal.
    assert.equal(await client.request('textDocument/hover', { nonsense: true }), null);
    await assert.rejects(client.request('netlens/doesNotExist', {}));
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///ws/not-open.yaml' }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
    const uri2 = 'file:///ws/after.yaml';
    await client.open(uri2, 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n  ipFamilies: [ipv6]\n');
    const published = await client.diagnostics(uri2);
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['NL201']);
    assert.ok(client.alive);
  });

  it('publishes only the newest version after rapid edits', async () => {
    const uri = 'file:///ws/rapid.yaml';
    await client.open(uri, 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n  ipFamilies: [IPv4]\n');
    await client.diagnostics(uri, (p) => p.version === 1);
    for (let v = 2; v <= 20; v++) {
      await client.change(uri, v, [{ text: `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n  ipFamilies: [${v % 2 ? 'ipv4' : 'IPv4'}]\n` }]);
    }
    const last = await client.diagnostics(uri, (p) => p.version === 20);
    assert.deepEqual(last.diagnostics.map((d) => d.code), []);
    const stale = client.published.filter((p) => p.uri === uri && (p.version ?? 0) < 20 && (p.version ?? 0) > 1);
    assert.ok(stale.length < 19, `debounce should drop intermediate versions, got ${stale.length}`);
  });

  it('turns a rule off through workspace/configuration', async () => {
    const uri = 'file:///ws/off.yaml';
    await client.open(uri, 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n  ipFamilies: [ipv6]\n');
    const on = await client.diagnostics(uri);
    assert.deepEqual(on.diagnostics.map((d) => d.code), ['NL201']);
    client.configuration = { rules: { NL201: 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const off = await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    assert.deepEqual(off.diagnostics, []);
    client.configuration = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });

  it('stays silent on a Helm template', async () => {
    const uri = 'file:///ws/chart/templates/svc.yaml';
    await client.open(uri, 'apiVersion: v1\nkind: Service\nspec:\n  ipFamilies: {{ toYaml .Values.families }}\n  clusterIP: {{ .Values.ip }}\n');
    const published = await client.diagnostics(uri);
    assert.deepEqual(published.diagnostics, []);
  });
});

describe('the .env beside a file', () => {
  let client: TestClient;
  serverForSuite((c) => (client = c));

  it('interpolates a Compose file known by its content (not its name or language id), as the CLI does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netlens-env-'));
    try {
      writeFileSync(join(dir, '.env'), 'WEB_PORTS=8080:80/xyz\n');
      const uri = pathToFileURL(join(dir, 'stack.yml')).href;
      await client.open(uri, 'services:\n  web:\n    ports: ["${WEB_PORTS}"]\n', 'yaml');
      const published = await client.diagnostics(uri);
      assert.deepEqual(published.diagnostics.map((d) => d.message), ['invalid proto: xyz']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('hovers read the document settings', () => {
  let client: TestClient;
  serverForSuite((c) => (client = c), { configuration: { composeEnv: { HOST_PORT: '8081' } } });

  it('interpolates a Compose value with netlens.composeEnv, as its diagnostics do', async () => {
    const uri = 'file:///ws/env/compose.yaml';
    await client.open(uri, 'services:\n  web:\n    image: nginx\n    ports:\n      - "${HOST_PORT}:80"\n', 'dockercompose');
    await client.diagnostics(uri);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 12 } });
    assert.ok(hover, 'a hover on the port mapping');
    assert.match(hover.contents.value, /8081/);
    assert.match(hover.contents.value, /`HOST_PORT` from settings/);
  });

  it('answers with the new settings once the configuration changes', async () => {
    const uri = 'file:///ws/env2/compose.yaml';
    await client.open(uri, 'services:\n  web:\n    image: nginx\n    ports:\n      - "${HOST_PORT}:80"\n', 'dockercompose');
    await client.diagnostics(uri);
    const at = { textDocument: { uri }, position: { line: 4, character: 12 } };
    assert.match((await client.request<{ contents: { value: string } }>('textDocument/hover', at)).contents.value, /8081/);
    client.configuration = { composeEnv: { HOST_PORT: '9092' } };
    try {
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const after = await client.request<{ contents: { value: string } }>('textDocument/hover', at);
      assert.match(after.contents.value, /9092/);
      assert.doesNotMatch(after.contents.value, /8081/);
    } finally {
      client.configuration = { composeEnv: { HOST_PORT: '8081' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    }
  });
});
