// A small LSP client for protocol tests: it spawns the bundled server over stdio and speaks JSON-RPC through vscode-jsonrpc.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity?: number;
    code?: string | number;
    codeDescription?: { href: string };
    source?: string;
    message: string;
    relatedInformation?: unknown[];
  }[];
}

export interface Registration {
  readonly id: string;
  readonly method: string;
  readonly registerOptions?: unknown;
}

export class TestClient {
  readonly connection: MessageConnection;
  private readonly waiters: { uri: string; predicate: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }[] = [];
  readonly published: PublishedDiagnostics[] = [];
  configuration: unknown = {};
  /** The server's answer to initialize (its capabilities). */
  initializeResult: unknown;
  configurationFor: ((section: string | undefined) => unknown) | undefined;
  stderr = '';
  /** What the server registered dynamically (client/registerCapability), in order. */
  readonly registrations: Registration[] = [];

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stderr.on('data', (d) => (this.stderr += String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.push(p);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.predicate(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (this.configurationFor ? this.configurationFor(item.section) : this.configuration)),
    );
    this.connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /**
   * Starts the bundled server, or another stdio language server given as `server` (the benchmarks drive
   * yaml-language-server with the same client); `configurationFor` answers workspace/configuration by section.
   */
  static async start(options: {
    configuration?: unknown;
    capabilities?: object;
    server?: readonly string[];
    initializationOptions?: unknown;
    configurationFor?: (section: string | undefined) => unknown;
    /** LSP's `locale` in initialize, as editors other than VS Code send it. */
    locale?: string;
    /** More initialize params, e.g. `workspaceFolders`. */
    initialize?: Record<string, unknown>;
  } = {}): Promise<TestClient> {
    const server = options.server ?? [path.resolve(__dirname, '..', '..', 'dist', 'server.js'), '--stdio'];
    const child = spawn(process.execPath, [...server], { stdio: 'pipe' });
    const client = new TestClient(child);
    if (options.configuration !== undefined) client.configuration = options.configuration;
    if (options.configurationFor) client.configurationFor = options.configurationFor;
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
      ...(options.locale !== undefined ? { locale: options.locale } : {}),
      ...options.initialize,
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves with the next diagnostics for `uri` that satisfy `predicate`, or rejects after `ms`. */
  diagnostics(uri: string, predicate: (p: PublishedDiagnostics) => boolean = () => true, ms = 10000): Promise<PublishedDiagnostics> {
    const already = this.published.find((p) => p.uri === uri && predicate(p));
    if (already) {
      this.published.splice(this.published.indexOf(already), 1);
      return Promise.resolve(already);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${ms} ms; stderr: ${this.stderr}`)), ms);
      this.waiters.push({ uri, predicate, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  open(uri: string, text: string, languageId = 'yaml', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: object[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** The server's process id (the benchmarks read its peak RSS from /proc). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Writes raw bytes to the server's stdin, bypassing JSON-RPC framing (for malformed-input tests). */
  writeRaw(bytes: string | Buffer): void {
    this.child.stdin.write(bytes);
  }

  get alive(): boolean {
    return this.child.exitCode === null;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may be gone already.
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}
