// The standalone server's stdout: one write per framed message, read back by vscode-jsonrpc's own reader, and a
// console that never writes into the protocol stream.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import fc from 'fast-check';
import { StreamMessageReader, StreamMessageWriter, type Message } from 'vscode-jsonrpc/node';
import { FramedReader, FramedWriter, reusable } from '../../server/src/lsp/stdio';

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

  /** Every frame the writer makes of `messages`, as header length and body. */
  async function frames(messages: readonly object[]): Promise<{ length: number; body: Buffer }[]> {
    const writes: Buffer[] = [];
    const writer = new FramedWriter(new Writable({ write: (chunk: Buffer, _encoding, done) => (writes.push(chunk), done()) }));
    for (const m of messages) await writer.write(m as Message);
    return writes.map((w) => {
      const end = w.indexOf('\r\n\r\n');
      return { length: Number(/^Content-Length: (\d+)$/.exec(w.subarray(0, end).toString('latin1'))![1]), body: w.subarray(end + 4) };
    });
  }

  it('writes a reusable result from the JSON it kept, around each response\'s own id, and freezes it through when it keeps it', async () => {
    const result = reusable({ contents: { kind: 'markdown', value: '**`2001:db8::/48`** — IPv6 CIDR ✓' }, range: { start: { line: 3, character: 9 }, end: { line: 3, character: 25 } } });
    const sent = [
      { jsonrpc: '2.0', id: 7, result },
      { jsonrpc: '2.0', id: 'é-8', result },
      { jsonrpc: '2.0', id: 9, result: { ...result, range: null } },
      { jsonrpc: '2.0', id: 10, result },
    ];
    const got = await frames(sent);
    for (const [i, frame] of got.entries()) {
      assert.equal(frame.length, frame.body.length);
      assert.deepEqual(JSON.parse(frame.body.toString('utf8')), JSON.parse(JSON.stringify(sent[i])));
    }
    const tail = (b: Buffer) => b.subarray(b.indexOf('"result":')).toString('utf8');
    assert.equal(tail(got[0]!.body), tail(got[1]!.body));
    assert.equal(tail(got[0]!.body), tail(got[3]!.body));
    assert.ok(Object.isFrozen(result) && Object.isFrozen(result.contents) && Object.isFrozen(result.range.start));
    // Frozen when its JSON is first kept, at its second answer: an answer given once costs nothing more.
    const once = reusable({ contents: { kind: 'plaintext', value: 'x' } });
    await frames([{ jsonrpc: '2.0', id: 1, result: once }]);
    assert.equal(Object.isFrozen(once), false);
    await frames([{ jsonrpc: '2.0', id: 2, result: once }]);
    assert.ok(Object.isFrozen(once) && Object.isFrozen(once.contents));
    assert.throws(() => {
      (result.contents as { value: string }).value = 'changed';
    }, TypeError);
  });

  it('frames any response with a reusable result as JSON.stringify would write the message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), fc.oneof(fc.integer(), fc.string()), fc.constantFrom('last', 'undefined after', 'first'), async (value, id, shape) => {
        const result = reusable(value);
        // vscode-jsonrpc writes the result last; a message of another shape is written whole.
        const message =
          shape === 'first' ? { result, jsonrpc: '2.0', id } : { jsonrpc: '2.0', id, result, ...(shape === 'undefined after' ? { error: undefined } : {}) };
        // Written whole, then with its JSON worked out and kept, then from the JSON kept.
        for (const frame of await frames([message, message, message])) {
          assert.equal(frame.length, frame.body.length);
          assert.equal(frame.body.toString('utf8'), JSON.stringify(message));
        }
      }),
      { numRuns: 300 },
    );
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

/** What a FramedReader makes of these chunks: the messages it hands on and the errors it reports, in order. */
function read(chunks: readonly (string | Buffer)[], onMessage?: (m: Message) => void): string[] {
  const input = new PassThrough();
  const reader = new FramedReader(input);
  const seen: string[] = [];
  reader.onError((error) => seen.push(`error: ${error.message.split('\n')[0]}`));
  reader.listen((m) => {
    seen.push(JSON.stringify(m));
    onMessage?.(m);
  });
  // PassThrough hands chunks on synchronously once something listens for data.
  for (const chunk of chunks) input.write(chunk);
  return seen;
}

const frame = (body: string): string => `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;

describe('FramedReader', () => {
  const one = '{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"text":"é — 😀"}}';
  const two = '{"jsonrpc":"2.0","method":"exit"}';

  it('hands on each message as its last byte comes in, however the bytes are cut', () => {
    const bytes = Buffer.from(frame(one) + frame(two) + frame(one), 'utf8');
    const want = [one, two, one].map((m) => JSON.stringify(JSON.parse(m)));
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const chunks = at.slice(1).map((end, i) => bytes.subarray(at[i], end));
        assert.deepEqual(read(chunks), want);
      }),
      { numRuns: 500 },
    );
    assert.deepEqual(read([...bytes].map((b) => Buffer.from([b]))), want, 'one byte at a time');
  });

  it('reads headers as vscode-jsonrpc does: any case, other headers, spaces around values', () => {
    const body = '{"jsonrpc":"2.0","method":"a"}';
    assert.deepEqual(read([`content-length:${body.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`]), [body]);
    assert.deepEqual(read([`Content-Type: x\r\n  Content-Length :  ${body.length}  \r\n\r\n${body}`]), [body]);
    // Near the usual `Content-Length: n`, which is read off the bytes: each still reads as the general way does.
    assert.deepEqual(read([`Content-Length: 00${body.length}\r\n\r\n${body}`]), [body]);
    assert.deepEqual(read([`Content-Length: ${body.length}\r\nContent-Type: x\r\n\r\n${body}`]), [body]);
    assert.deepEqual(read([`Content-Length: ${body.length} \r\n\r\n${body}`]), [body]);
    assert.deepEqual(read([`Content-Length: ${body.length}\r\n`, `\r\n${body}`]), [body]);
  });

  it('reports a bad frame, skips it, and reads on in the same chunk', () => {
    const ok = '{"jsonrpc":"2.0","method":"ok"}';
    assert.deepEqual(read(['Garbage-Header: 1\r\n\r\n' + frame(ok)]), ['error: Header must provide a Content-Length property.', ok]);
    assert.deepEqual(read(['no colon here\r\n\r\n' + frame(ok)]), ["error: Message header must separate key and value using ':'", ok]);
    assert.deepEqual(read(['Content-Length: lots\r\n\r\n' + frame(ok)]), ['error: Content-Length value must be a number. Got lots', ok]);
    assert.deepEqual(read([frame('{not json') + frame(ok)]).map((x) => x.replace(/^error: .*/, 'error')), ['error', ok]);
    // Header bytes with no end in sight are dropped once there are more than 64 KiB of them.
    assert.deepEqual(read(['x'.repeat(70_000), frame(ok)]), ['error: No message header in 65536 bytes: they were skipped.', ok]);
  });

  it('reads a large message sent in many chunks once, and frames vscode-jsonrpc writes', async () => {
    const big = JSON.stringify({ jsonrpc: '2.0', method: 'big', params: { text: 'x—'.repeat(500_000) } });
    const bytes = Buffer.from(frame(big), 'utf8');
    const chunks = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536));
    assert.deepEqual(read(chunks), [big]);

    const pipe = new PassThrough();
    const writer = new StreamMessageWriter(pipe);
    const reader = new FramedReader(pipe);
    const got: Message[] = [];
    const done = new Promise<void>((resolve) => reader.listen((m) => (got.push(m), got.length === 2 && resolve())));
    await writer.write({ jsonrpc: '2.0', method: 'a', params: { t: 'é' } } as Message);
    await writer.write({ jsonrpc: '2.0', id: 7, result: null } as Message);
    await done;
    assert.deepEqual(got, [{ jsonrpc: '2.0', method: 'a', params: { t: 'é' } }, { jsonrpc: '2.0', id: 7, result: null }]);
  });

  it('reports a listener that throws and reads on', () => {
    const a = '{"jsonrpc":"2.0","method":"a"}';
    const b = '{"jsonrpc":"2.0","method":"b"}';
    const seen = read([frame(a) + frame(b)], (m) => {
      if ((m as { method?: string }).method === 'a') throw new Error('handler broke');
    });
    assert.deepEqual(seen, [a, 'error: handler broke', b]);
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

  it('exits when the client closes stdin (code 1, or 0 after a shutdown request) and on exit after shutdown (code 0)', async () => {
    const exitCode = async (how: 'close' | 'shutdown, close' | 'shutdown, exit'): Promise<number | null> => {
      const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
      const writer = new FramedWriter(child.stdin);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await writer.write({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } } as Message);
      if (how !== 'close') {
        // The shutdown answer comes before the stream is closed or exit is sent.
        const answered = new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('"id":2') && resolve()));
        await writer.write({ jsonrpc: '2.0', id: 2, method: 'shutdown' } as Message);
        await answered;
      }
      if (how === 'shutdown, exit') await writer.write({ jsonrpc: '2.0', method: 'exit' } as Message);
      else child.stdin.end();
      const timer = setTimeout(() => child.kill(), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    };
    assert.equal(await exitCode('close'), 1);
    assert.equal(await exitCode('shutdown, close'), 0);
    assert.equal(await exitCode('shutdown, exit'), 0);
  });
});
