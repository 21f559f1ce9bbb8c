// The bundled server keeps serving whatever a client sends: bytes that are not JSON-RPC, requests for documents it
// never saw, changes out of order or beyond the end, and documents too large to check in full.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './client';
import { serverForSuite } from './suite';
import { manifestStreamOfSize } from '../../bench/generate';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n  ipFamilies: [ipv6]\n';

describe('language server robustness', () => {
  let client: TestClient;
  serverForSuite((c) => (client = c));

  /** Opens a fresh document and waits for its diagnostics: the server is still answering. */
  async function stillServing(name: string): Promise<void> {
    const uri = `file:///ws/robust/${name}.yaml`;
    await client.open(uri, SERVICE);
    const published = await client.diagnostics(uri);
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['NL201']);
    assert.ok(client.alive);
  }

  it('survives frames that are not JSON-RPC, and a header without a length', async () => {
    const frame = (body: string): string => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    client.writeRaw(frame('{not json'));
    client.writeRaw(frame('[]'));
    client.writeRaw(frame('"just a string"'));
    client.writeRaw(frame('{"jsonrpc":"2.0","id":99,"method":"textDocument/hover"}'));
    client.writeRaw(frame('{"jsonrpc":"2.0","id":"x","method":"textDocument/hover","params":{"textDocument":{"uri":5},"position":"nope"}}'));
    client.writeRaw(frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":null}'));
    client.writeRaw(frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///ws/robust/bad.yaml","languageId":"yaml","version":1,"text":42}}}'));
    // A frame without Content-Length, and a request in the same chunk after it: the request is still answered.
    const answered = client.diagnostics('file:///ws/robust/same-chunk.yaml');
    const open = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///ws/robust/same-chunk.yaml', languageId: 'yaml', version: 1, text: SERVICE } } };
    client.writeRaw('Garbage-Header: 1\r\n\r\n' + frame(JSON.stringify(open)));
    assert.deepEqual((await answered).diagnostics.map((d) => d.code), ['NL201']);
    await stillServing('after-garbage');
  });

  it('answers requests about a document it never opened with nothing', async () => {
    const textDocument = { uri: 'file:///ws/robust/never-opened.yaml' };
    const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    assert.equal(await client.request('textDocument/hover', { textDocument, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }), []);
    assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument, range }), []);
    const completion = await client.request<unknown>('textDocument/completion', { textDocument, position: { line: 0, character: 0 } });
    assert.ok(completion === null || (Array.isArray(completion) && completion.length === 0) || typeof completion === 'object');
    await client.change(textDocument.uri, 2, [{ text: SERVICE }]);
    await client.close(textDocument.uri);
    await stillServing('after-unopened');
  });

  it('keeps serving after changes out of order, past the end, and an open of an open document', async () => {
    const uri = 'file:///ws/robust/order.yaml';
    await client.open(uri, SERVICE);
    await client.diagnostics(uri, (p) => p.version === 1);
    const line5 = { start: { line: 5, character: 16 }, end: { line: 5, character: 20 } };
    await client.change(uri, 5, [{ range: line5, text: 'IPv6' }]);
    await client.change(uri, 3, [{ range: line5, text: 'ipv6' }]);
    await client.change(uri, 4, [{ range: { start: { line: 90, character: 0 }, end: { line: 99, character: 5 } }, text: '\n# past the end\n' }]);
    await client.change(uri, 6, [{ range: { start: { line: 3, character: 99 }, end: { line: 1, character: 0 } }, text: '' }]);
    await client.open(uri, SERVICE, 'yaml', 7);
    // Whatever the text became, a full change puts it right, and its version is what gets published.
    await client.change(uri, 10, [{ text: SERVICE.replace('ipv6', 'IPv6') }]);
    const published = await client.diagnostics(uri, (p) => p.version === 10);
    assert.deepEqual(published.diagnostics, []);
    await stillServing('after-order');
  });

  it('checks only the syntax of a document over netlens.maxFileSize, says so, and keeps serving', async () => {
    const uri = 'file:///ws/robust/huge.yaml';
    const huge = `${manifestStreamOfSize(2_300_000, 21)}---\nkey: [unclosed\n`;
    const started = Date.now();
    await client.open(uri, huge);
    const published = await client.diagnostics(uri, () => true, 60_000);
    const codes = [...new Set(published.diagnostics.map((d) => String(d.code)))].sort();
    assert.deepEqual(codes, ['NL001', 'NL002']);
    const notice = published.diagnostics.find((d) => d.code === 'NL002')!;
    assert.equal(notice.severity, 3);
    assert.match(notice.message, /only the YAML syntax.*netlens\.maxFileSize \(2\.0 MiB\)/);
    assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 14 } });
    assert.equal(hover, null);
    await stillServing('after-huge');
  });
});
