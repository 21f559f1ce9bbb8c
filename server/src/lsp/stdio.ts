// The standalone server's stdio: JSON-RPC frames read as they arrive and written in one piece, and a console that
// can never write into the protocol stream.

import { Console } from 'node:console';
import {
  AbstractMessageReader, AbstractMessageWriter, Disposable, type DataCallback, type Message, type MessageReader, type MessageWriter,
} from 'vscode-languageserver/node';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/** Bytes of header looked through for its end before they are dropped as garbage (a real header is a few dozen). */
const HEADER_LIMIT = 64 * 1024;

const CONTENT_LENGTH = Buffer.from('Content-Length: ', 'ascii');

/**
 * The header as clients write it, `Content-Length: n` and the blank line, read off the bytes: where it ends and the
 * length it gives. Undefined for anything else (other headers, other spelling, not all in yet), which the general
 * reading handles.
 */
function plainHeader(bytes: Buffer): { end: number; length: number } | undefined {
  const start = CONTENT_LENGTH.length;
  if (bytes.length < start + 5 || bytes.compare(CONTENT_LENGTH, 0, start, 0, start) !== 0) return undefined;
  let at = start;
  let length = 0;
  for (; at < bytes.length && at - start < 10 && bytes[at]! >= 0x30 && bytes[at]! <= 0x39; at++) length = length * 10 + bytes[at]! - 0x30;
  if (at === start || at + 4 > bytes.length || bytes[at] !== 13 || bytes[at + 1] !== 10 || bytes[at + 2] !== 13 || bytes[at + 3] !== 10) return undefined;
  return { end: at + 4, length };
}

/**
 * Reads LSP frames (`Content-Length: n`, more headers, a blank line, n bytes of UTF-8 JSON) and hands each message
 * on as soon as its last byte is in. (vscode-jsonrpc's stream reader starts a 10-second timer whenever a frame is
 * not whole yet, as when a client writes the header and the body apart, and hands the message on a turn of the event
 * loop later, through promises.) A frame without a usable length, a body that is not JSON, or header bytes with no
 * end in sight are reported as errors of the reader and skipped; what follows them is read on.
 */
export class FramedReader extends AbstractMessageReader implements MessageReader {
  /** Bytes received and not read yet, in order. */
  private chunks: Buffer[] = [];
  private size = 0;
  /** The body length of the frame whose header was read, or -1 while a header is awaited. */
  private bodyLength = -1;

  constructor(private readonly input: NodeJS.ReadableStream) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer | string): void => this.receive(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, callback);
    this.input.on('data', onData);
    this.input.on('error', (error: Error) => this.fireError(error));
    this.input.on('close', () => this.fireClose());
    return Disposable.create(() => this.input.removeListener('data', onData));
  }

  private receive(chunk: Buffer, callback: DataCallback): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    for (;;) {
      if (this.bodyLength < 0) {
        const length = this.readHeader();
        if (length === undefined) return;
        if (length instanceof Error) {
          this.fireError(length);
          continue;
        }
        this.bodyLength = length;
      }
      if (this.size < this.bodyLength) return;
      const body = this.take(this.bodyLength).toString('utf8');
      this.bodyLength = -1;
      let message: Message;
      try {
        message = JSON.parse(body) as Message;
      } catch (error) {
        this.fireError(error);
        continue;
      }
      try {
        callback(message);
      } catch (error) {
        this.fireError(error);
      }
    }
  }

  /** The body length the next header gives, an error for a header that gives none, or undefined until it is whole. */
  private readHeader(): number | Error | undefined {
    const bytes = this.buffered();
    const plain = plainHeader(bytes);
    if (plain) {
      this.take(plain.end);
      return plain.length;
    }
    const end = bytes.indexOf(HEADER_END);
    if (end < 0) {
      if (this.size <= HEADER_LIMIT) return undefined;
      // Keep a trailing CR or LF (up to three): it may begin the blank line that ends these bytes.
      let keep = 0;
      while (keep < 3 && (bytes[bytes.length - 1 - keep] === 13 || bytes[bytes.length - 1 - keep] === 10)) keep++;
      this.take(this.size - keep);
      return new Error(`No message header in ${HEADER_LIMIT} bytes: they were skipped.`);
    }
    const header = this.take(end + HEADER_END.length).toString('ascii', 0, end);
    let length: string | undefined;
    for (const line of header.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) return new Error(`Message header must separate key and value using ':'\n${header}`);
      if (line.slice(0, colon).trim().toLowerCase() === 'content-length') length = line.slice(colon + 1).trim();
    }
    if (length === undefined) return new Error(`Header must provide a Content-Length property.\n${header}`);
    const n = parseInt(length, 10);
    return Number.isNaN(n) || n < 0 ? new Error(`Content-Length value must be a number. Got ${length}`) : n;
  }

  /** Every byte received and not read yet, as one buffer. */
  private buffered(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  /** The first n bytes received, removed from what is left to read. */
  private take(n: number): Buffer {
    const all = this.buffered();
    const rest = all.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
    return all.subarray(0, n);
  }
}

/**
 * Results a server may answer again unchanged (a hover over the same value answers the same object, and an editor
 * asks again whenever the pointer rests on it). Most answers are never asked for again, so the JSON is kept from the
 * second answer on (`written once` until then), and the object is frozen through then, so the JSON kept for it
 * never goes stale.
 */
const reusedJson = new WeakMap<object, 'not written' | 'written once' | Buffer>();

/**
 * Marks a result as one that may be answered again unchanged: from its second answer on it is frozen through and
 * written from the JSON kept for it. (A caller changing it after that gets a TypeError, not a stale answer.)
 */
export function reusable<T extends object>(result: T): T {
  if (!reusedJson.has(result)) reusedJson.set(result, 'not written');
  return result;
}

function deepFreeze(value: object): void {
  if (Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) {
    const child: unknown = (value as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object') deepFreeze(child);
  }
}

/**
 * `Content-Length: n`, the blank line, then the body, in one buffer. The body is `text`, or with kept JSON, `text`
 * (a message up to `"result":`), the JSON and the closing `}`.
 */
function framed(text: string, json?: Buffer): Buffer {
  const textLength = Buffer.byteLength(text, 'utf8');
  const length = json ? textLength + json.length + 1 : textLength;
  const header = `Content-Length: ${length}\r\n\r\n`;
  const out = Buffer.allocUnsafe(header.length + length);
  let at = out.write(header, 0, 'latin1');
  at += out.write(text, at, 'utf8');
  if (json) {
    at += json.copy(out, at);
    out[at] = 0x7d; // `}`
  }
  return out;
}

/**
 * The frame of a message. A response whose reusable result is answered again is the message around the result's
 * kept JSON: vscode-jsonrpc writes `result` last, so the message with a stand-in `0` there ends `,"result":0}`, and
 * the JSON takes the place of the `0`. Any other message, and a reusable result's first answer, is written whole.
 */
function frameOf(message: Message): Buffer {
  const result: unknown = (message as { result?: unknown }).result;
  const kept = result !== null && typeof result === 'object' ? reusedJson.get(result) : undefined;
  if (kept === undefined) return framed(JSON.stringify(message));
  if (kept === 'not written') {
    reusedJson.set(result as object, 'written once');
    return framed(JSON.stringify(message));
  }
  const around = JSON.stringify({ ...message, result: 0 });
  if (!around.endsWith(',"result":0}')) return framed(JSON.stringify(message));
  let json = kept;
  if (json === 'written once') {
    deepFreeze(result as object);
    json = Buffer.from(JSON.stringify(result), 'utf8');
    reusedJson.set(result as object, json);
  }
  return framed(around.slice(0, -2), json);
}

/**
 * Writes each message as one buffer, header and body together, as soon as it is sent. (vscode-jsonrpc's stream
 * writer waits a turn of the event loop, writes the header, waits for that write to finish, then writes the body:
 * the client is often woken once for the header and again for the body. In `npm run bench` it was woken 1.2–1.6
 * times per hover answer; with this writer, once.) A buffer, not a string: written as a string, the same frame
 * reached the client about 0.2 ms later in the same bench.
 */
export class FramedWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (error: Error) => this.fireError(error));
    out.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    try {
      this.out.write(frameOf(message));
      this.errors = 0;
      return Promise.resolve();
    } catch (error) {
      this.errors++;
      this.fireError(error, message, this.errors);
      return Promise.reject(error);
    }
  }

  end(): void {
    this.out.end();
  }
}

/**
 * Sends everything written with `console` to stderr, which editors keep as the server's log: stdout carries the
 * protocol, and one stray line there would break the client's framing. (vscode-languageserver does the like for
 * `--stdio` when it opens stdout itself; with our writer it does not.)
 */
export function consoleToStderr(): void {
  globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });
}
