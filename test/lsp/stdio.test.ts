// The standalone server's stdout: one write per framed message, read back by vscode-jsonrpc's own reader, and a
// console that never writes into the protocol stream.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { StreamMessageReader, type Message } from 'vscode-jsonrpc/node';
import { FramedWriter } from '../../server/src/lsp/stdio';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');

describe('FramedWriter', () => {
  it('writes each message once, header and body together, with the byte length of its UTF-8 body', async () => {
    const writes: Buffer[] = [];
    const out = new Writable({ write: (chunk: Buffer, _encoding, done) => (writes.push(chunk), done()) });
    const writer = new FramedWriter(out);
    const message = { jsonrpc: '2.0', id: 1, result: { contents: { kind: 'markdown', value: '**`10.0.0.0/8`** — IPv4 CIDR, 16,777,216 addresses ✓ 😀' } } };
    await writer.write(message as Message);
    assert.equal(writes.length, 1);
    const text = writes[0]!.toString('utf8');
    const [header, body] = text.split('\r\n\r\n') as [string, string];
    assert.equal(header, `Content-Length: ${Buffer.byteLength(body, 'utf8')}`);
    assert.notEqual(Buffer.byteLength(body, 'utf8'), body.length, 'the body has multi-byte characters');
    assert.deepEqual(JSON.parse(body), message);
  });

  it('is read back by vscode-jsonrpc, in order, small and large messages alike', async () => {
    const pipe = new PassThrough();
    const writer = new FramedWriter(pipe);
    const reader = new StreamMessageReader(pipe);
    const got: Message[] = [];
    const all = new Promise<void>((resolve) => reader.listen((m) => (got.push(m), got.length === 4 && resolve())));
    const sent = [
      { jsonrpc: '2.0', method: 'a', params: { text: 'é' } },
      { jsonrpc: '2.0', id: 2, result: null },
      { jsonrpc: '2.0', method: 'big', params: { text: 'x—'.repeat(300_000) } },
      { jsonrpc: '2.0', id: 3, result: [1, 2, 3] },
    ];
    for (const m of sent) await writer.write(m as Message);
    await all;
    assert.deepEqual(got, sent);
    reader.dispose();
  });

  it('reports a failed write as an error of the writer and rejects the send', async () => {
    const out = new Writable({ write: () => undefined });
    out.write = () => {
      throw new Error('stream gone');
    };
    const writer = new FramedWriter(out);
    const errors: [Error, Message | undefined, number | undefined][] = [];
    writer.onError((e) => errors.push(e));
    await assert.rejects(writer.write({ jsonrpc: '2.0' } as Message), /stream gone/);
    await assert.rejects(writer.write({ jsonrpc: '2.0' } as Message), /stream gone/);
    assert.deepEqual(errors.map(([error, , count]) => [error.message, count]), [['stream gone', 1], ['stream gone', 2]]);
  });

  it('passes on the stream\'s errors and its close', () => {
    const out = new PassThrough();
    const writer = new FramedWriter(out);
    const seen: string[] = [];
    writer.onError(([error]) => seen.push(`error: ${error.message}`));
    writer.onClose(() => seen.push('close'));
    out.emit('error', new Error('EPIPE'));
    out.emit('close');
    assert.deepEqual(seen, ['error: EPIPE', 'close']);
  });
});

describe('the server over stdio', () => {
  it('writes what console prints to stderr, never into the protocol stream', () => {
    const script = "require('./server/src/lsp/stdio').consoleToStderr(); console.log('log', 1); console.info('info'); console.table([1]); console.error('error');";
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /log 1\ninfo\n[\s\S]*error\n/);
  });

  it('exits when the client closes its stdin without shutdown (code 1), and after shutdown and exit (code 0)', async () => {
    const exitCode = async (polite: boolean): Promise<number | null> => {
      const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
      const writer = new FramedWriter(child.stdin);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await writer.write({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } } as Message);
      if (polite) {
        await writer.write({ jsonrpc: '2.0', id: 2, method: 'shutdown' } as Message);
        await writer.write({ jsonrpc: '2.0', method: 'exit' } as Message);
      } else {
        child.stdin.end();
      }
      const timer = setTimeout(() => child.kill(), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    };
    assert.equal(await exitCode(false), 1);
    assert.equal(await exitCode(true), 0);
  });
});
