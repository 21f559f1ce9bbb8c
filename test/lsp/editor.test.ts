// Protocol tests for the editor features beside diagnostics: completion, the dual-stack refactoring, the
// netlens/status notification, and a server started in Japanese (initializationOptions.locale, as the VS Code
// client sends it, and LSP's own `locale`, as other editors do).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './client';
import { serverForSuite } from './suite';

interface Range { start: { line: number; character: number }; end: { line: number; character: number } }
interface CompletionItem { label: string; kind?: number; detail?: string; documentation?: { kind: string; value: string }; textEdit?: { range: Range; newText: string }; preselect?: boolean }
interface CodeAction { title: string; kind?: string; isPreferred?: boolean; edit?: { changes: Record<string, { range: Range; newText: string }[]> } }
interface Status { uri: string; text: string; tooltip: string }

const SERVICE = ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  selector: {app: web}', '  ports:', '  - port: 80', ''].join('\n');

/** Applies LSP edits to a text with \n line breaks. */
function apply(text: string, edits: readonly { range: Range; newText: string }[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

function statuses(client: TestClient): Status[] {
  const seen: Status[] = [];
  client.connection.onNotification('netlens/status', (s: Status) => {
    seen.push(s);
  });
  return seen;
}

async function until<T>(what: string, get: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('editor features over stdio', () => {
  let client: TestClient;
  let seen: Status[];
  serverForSuite((c) => {
    client = c;
    seen = statuses(c);
  });

  it('registers completion and refactor.rewrite in its capabilities', () => {
    const { capabilities } = client.initializeResult as { capabilities: { completionProvider?: object; codeActionProvider?: { codeActionKinds: string[] } } };
    assert.ok(capabilities.completionProvider);
    assert.deepEqual(capabilities.codeActionProvider?.codeActionKinds, ['quickfix', 'refactor.rewrite', 'source.fixAll.netlens']);
  });

  it('completes ipFamilyPolicy with documented enum values over the word being typed', async () => {
    const uri = 'file:///ws/complete/svc.yaml';
    const text = SERVICE.replace('  ports:', '  ipFamilyPolicy: Pre\n  ports:');
    await client.open(uri, text);
    const line = text.split('\n').findIndex((l) => l.includes('ipFamilyPolicy'));
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: 21 } });
    assert.deepEqual(items.map((i) => i.label), ['SingleStack', 'PreferDualStack', 'RequireDualStack']);
    const prefer = items[1]!;
    assert.equal(prefer.kind, 20, 'EnumMember');
    assert.equal(prefer.documentation?.kind, 'markdown');
    assert.match(prefer.documentation?.value ?? '', /dual-stack cluster/);
    assert.deepEqual(prefer.textEdit, { range: { start: { line, character: 18 }, end: { line, character: 21 } }, newText: 'PreferDualStack' });
    assert.equal(items[0]!.preselect, true, 'the default is preselected');
  });

  it('completes Compose long-syntax port keys and protocols', async () => {
    const uri = 'file:///ws/complete/compose.yaml';
    const text = 'services:\n  dns:\n    image: coredns/coredns\n    ports:\n      - target: 53\n        \n';
    await client.open(uri, text, 'dockercompose');
    const keys = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 8 } });
    assert.deepEqual(keys.map((i) => i.label), ['published', 'host_ip', 'protocol', 'mode', 'app_protocol', 'name']);
    assert.equal(keys[0]!.kind, 10, 'Property');
    assert.equal(keys[0]!.textEdit?.newText, 'published: ');
    await client.change(uri, 2, [{ range: { start: { line: 5, character: 8 }, end: { line: 5, character: 8 } }, text: 'protocol: ' }]);
    const values = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 18 } });
    assert.deepEqual(values.map((i) => i.label), ['tcp', 'udp', 'sctp']);
  });

  it('answers an empty list where nothing applies, and for unknown documents', async () => {
    const uri = 'file:///ws/complete/plain.yaml';
    await client.open(uri, 'name: x\nipFamilyPolicy: \n');
    assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 16 } }), []);
    assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri: 'file:///ws/never-opened.yaml' }, position: { line: 0, character: 0 } }), []);
  });

  it('offers "Make this Service dual-stack" as refactor.rewrite, and its edit gives a valid dual-stack Service', async () => {
    const uri = 'file:///ws/refactor/svc.yaml';
    await client.open(uri, SERVICE);
    await client.diagnostics(uri);
    const range = { start: { line: 1, character: 6 }, end: { line: 1, character: 6 } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
      ['Make this Service dual-stack (PreferDualStack)', 'refactor.rewrite', true],
      ['Make this Service dual-stack (RequireDualStack)', 'refactor.rewrite', false],
    ]);
    const after = apply(SERVICE, actions[0]!.edit!.changes[uri]!);
    assert.equal(after, SERVICE.replace('  ports:', '  ipFamilyPolicy: PreferDualStack\n  ipFamilies: [IPv4, IPv6]\n  ports:'));
    // Only when asked for that kind (or refactor); never among quick fixes or source actions.
    const only = async (kinds: string[]) => (await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: kinds } })).map((a) => a.kind);
    assert.deepEqual(await only(['refactor']), ['refactor.rewrite', 'refactor.rewrite']);
    assert.deepEqual(await only(['quickfix']), []);
    assert.deepEqual(await only(['source.fixAll']), []);
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, text: after }]);
    const published = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(published.diagnostics.filter((d) => d.severity === 1), []);
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }), [], 'already dual-stack');
  });

  it('sends netlens/status: no cluster config, then the kubeadm config that covers the folder', async () => {
    const svc = 'file:///ws/status/app/svc.yaml';
    await client.open(svc, SERVICE);
    const none = await until('a status for svc.yaml', () => seen.find((s) => s.uri === svc));
    assert.equal(none.text, 'no cluster config');
    assert.match(none.tooltip, /netlens\.cluster/);
    const kubeadm = 'file:///ws/status/kubeadm-config.yaml';
    await client.open(kubeadm, 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: 10.96.0.0/12\n  podSubnet: 10.244.0.0/16\n');
    await client.change(svc, 2, [{ range: { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } }, text: 'api' }]);
    const covered = await until('the kubeadm status', () => seen.find((s) => s.uri === svc && s.text !== 'no cluster config'));
    assert.match(covered.text, /^kubeadm · .*kubeadm-config\.yaml$/);
    assert.match(covered.tooltip, /10\.96\.0\.0\/12/);
  });
});

describe('a server started in Japanese', () => {
  for (const [how, options] of [
    ['initializationOptions.locale (the VS Code client)', { initializationOptions: { locale: 'ja' } }],
    ['LSP locale (other editors)', { locale: 'ja-JP' }],
  ] as const) {
    it(`speaks Japanese when asked through ${how}, with the upstream message verbatim`, async () => {
      const client = await TestClient.start({ configuration: {}, ...options });
      try {
        await checkJapanese(client);
      } finally {
        await client.stop();
      }
    });
  }

  it('stays English for English and for languages without a bundle', async () => {
    for (const locale of ['en', 'fr']) {
      const client = await TestClient.start({ configuration: {}, initializationOptions: { locale } });
      try {
        const uri = `file:///ws/${locale}/svc.yaml`;
        await client.open(uri, SERVICE.replace('  ports:', '  ipFamilyPolicy: preferdualstack\n  ports:'));
        const d = (await client.diagnostics(uri)).diagnostics.find((x) => x.code === 'NL203')!;
        assert.equal(d.message, 'spec.ipFamilyPolicy: Unsupported value: "preferdualstack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"');
      } finally {
        await client.stop();
      }
    }
  });
});

async function checkJapanese(client: TestClient): Promise<void> {
  const uri = 'file:///ws/ja/svc.yaml';
  const text = SERVICE.replace('  ports:', '  ipFamilyPolicy: preferdualstack\n  ports:');
  await client.open(uri, text);
  const d = (await client.diagnostics(uri)).diagnostics.find((x) => x.code === 'NL203')!;
  const [explanation, upstream] = d.message.split('\n');
  assert.match(explanation!, /ipFamilyPolicy は SingleStack、PreferDualStack、RequireDualStack のいずれか/);
  assert.equal(upstream, 'spec.ipFamilyPolicy: Unsupported value: "preferdualstack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"');
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  assert.equal(actions[0]!.title, 'PreferDualStack に変更');
  const kubeadm = 'file:///ws/ja/kubeadm.yaml';
  await client.open(kubeadm, 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: 10.96.0.0/12\n');
  const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: kubeadm }, position: { line: 3, character: 19 } });
  assert.match(hover.contents.value, /\| ファミリー \| IPv4 \|/);
  assert.match(hover.contents.value, /\| アドレス数 \| 1,048,576 \(2\^20\) \|/);
  const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 18 } });
  assert.match(items.find((i) => i.label === 'RequireDualStack')!.documentation!.value, /API サーバーが Service を拒否します/);
}
