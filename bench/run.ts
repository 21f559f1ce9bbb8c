// The benchmark: the bundled server (dist/server.js) and yaml-language-server driven over stdio by the same LSP
// client, on the same seeded inputs, against the raw `yaml` parse of each input as the floor. Run: npm run bench
// (it builds first). Prints two README-ready markdown tables; `--json FILE` also writes the raw numbers.
//
// Each input gets a fresh process of each server, warmed by one small document, so its peak RSS is its own; the two
// servers open the input in turns, so that a change in the machine's load falls on both alike.
// yaml-language-server validates 200 ms after a change or open (a fixed delay it does not let clients set); its
// columns give what an editor sees and, beside it, that time less the 200 ms, the fairer measure of its work.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseAllDocuments } from 'yaml';
import { TestClient, type PublishedDiagnostics } from '../test/lsp/client';
import {
  aliasBomb, composeFile, deepNesting, longLines, manifestStream, manifestStreamOfLines, manifestStreamOfSize, randomBytes, rng,
} from './generate';

const ROOT = path.resolve(__dirname, '..');
const YAML_LS_DELAY_MS = 200;
const WARM_KEYSTROKES = 10;
const KEYSTROKES = 100;
const HOVERS = 300;
const HOVER_BLOCK = 50;
const TIMEOUT_MS = 60_000;

interface ServerKind {
  readonly name: string;
  readonly command: readonly string[];
  /** Whether diagnostics carry the document version (NetLens does; yaml-language-server does not). */
  readonly versioned: boolean;
  readonly delay: number;
  readonly configurationFor?: (section: string | undefined) => unknown;
}

const NETLENS: ServerKind = { name: 'NetLens', command: [path.join(ROOT, 'dist', 'server.js'), '--stdio'], versioned: true, delay: 0 };
const YAML_LS: ServerKind = {
  name: 'yaml-language-server',
  command: [path.join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
  versioned: false,
  delay: YAML_LS_DELAY_MS,
  // Validation on, and no schema store: nothing may reach the network.
  configurationFor: (section) =>
    section === 'yaml'
      ? { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false }, schemas: {}, maxItemsComputed: 5000 }
      : {},
};
const SERVERS = [NETLENS, YAML_LS];

const CAPABILITIES = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] }, synchronization: { dynamicRegistration: true } },
};

interface Input {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  /**
   * The text of each measured open after the first, of the same shape with other values: NetLens keeps parses of
   * values by their text (net/memo.ts), so the same file opened again would find them all and measure nothing.
   */
  readonly variant?: (run: number) => string;
  readonly languageId?: string;
  /** How many opens to take the median of (big inputs once). */
  readonly runs: number;
  /** NetLens settings for this input (the `netlens` section); the editor defaults otherwise. */
  readonly netlens?: Record<string, unknown>;
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}
const median = (xs: readonly number[]): number => quantile(xs, 0.5);

function floorOf(text: string, runs: number): number {
  parseAllDocuments(text); // Warm the JIT once.
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    parseAllDocuments(text);
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** Peak resident set size of a process in MiB (Linux: VmHWM), or undefined elsewhere. */
function peakRss(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const coldStarts = new Map<string, number[]>();

async function startServer(kind: ServerKind, netlens: Record<string, unknown> = {}): Promise<TestClient> {
  const t = performance.now();
  const client = await TestClient.start({
    server: kind.command,
    capabilities: CAPABILITIES,
    configuration: netlens,
    ...(kind.configurationFor ? { configurationFor: kind.configurationFor } : {}),
  });
  const list = coldStarts.get(kind.name) ?? [];
  list.push(performance.now() - t);
  coldStarts.set(kind.name, list);
  return client;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise, new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)))]).finally(() => clearTimeout(timer));
}

/** Opens `text` and resolves with the milliseconds until its first diagnostics (or 'timeout'). */
async function openAndWait(client: TestClient, kind: ServerKind, uri: string, text: string, languageId: string): Promise<number | 'timeout'> {
  client.published.length = 0;
  const t = performance.now();
  const published = client.diagnostics(uri, (p) => !kind.versioned || p.version === 1, TIMEOUT_MS).then(() => performance.now() - t, () => 'timeout' as const);
  await client.open(uri, text, languageId);
  return published;
}

const WARM = 'apiVersion: v1\nkind: Service\nmetadata: {name: warm}\nspec:\n  clusterIP: 10.96.0.10\n  ipFamilies: [IPv4]\n  ports: [{port: 80}]\n';
const WARM_MANIFESTS = manifestStream(200, 11);
// Ports no measured input uses, for the same reason as Input.variant.
const WARM_COMPOSE = composeFile(200, 12, 40000);

/** Positions just inside each address or block of a text (hover targets). */
function addressPositions(text: string): { line: number; character: number }[] {
  return text.split('\n').flatMap((line, i) => [...line.matchAll(/\d+\.\d+\.\d+\.\d+(\/\d+)?|[0-9a-f]*:[0-9a-f:]*::[0-9a-f:]*(\/\d+)?/g)].map((m) => ({ line: i, character: m.index! + 1 })));
}

/** Hovers a warm-up file gets: an editor session has hovered before the measured hovers, as it has typed and opened. */
const WARM_HOVERS = 500;

/**
 * Warms a fresh server the way an editor session does: a few files of each kind (other seeds than the inputs) are
 * opened, and the addresses of one are hovered.
 */
async function warm(client: TestClient, kind: ServerKind): Promise<void> {
  for (let i = 0; i < 3; i++) {
    for (const [name, text, languageId] of [['warm.yaml', WARM_MANIFESTS, 'yaml'], ['compose.yaml', WARM_COMPOSE, 'dockercompose']] as const) {
      const uri = `file:///bench/warm-${i}/${name}`;
      await openAndWait(client, kind, uri, text, languageId);
      if (i === 0 && languageId === 'yaml') {
        const targets = addressPositions(text);
        for (let h = 0; h < WARM_HOVERS; h++) await client.request('textDocument/hover', { textDocument: { uri }, position: targets[(h * 7919) % targets.length]! });
      }
      await client.close(uri);
    }
  }
}

interface OpenResult {
  readonly ms: number | 'timeout' | 'crash';
  readonly rss?: number;
}

/**
 * Opens of an input in each server, taken in turns (NetLens, then yaml-language-server, for every run) so that a
 * change in the machine's load falls on both servers alike; one result per server, in SERVERS order.
 */
async function measureOpens(input: Input): Promise<OpenResult[]> {
  const clients: TestClient[] = [];
  const languageId = input.languageId ?? 'yaml';
  try {
    for (const kind of SERVERS) {
      const client = await startServer(kind, kind === NETLENS ? input.netlens : undefined);
      clients.push(client);
      await warm(client, kind);
      // One unmeasured open of the input's own shape and size (another variant), as an editor session that has
      // opened such a file before: what is measured is then the server at work, not its first compilation of the
      // code paths a file of that size takes.
      if (input.variant && input.runs > 1) {
        const uri = `file:///bench/warm-size/${input.file}`;
        await openAndWait(client, kind, uri, input.variant(input.runs), languageId);
        await client.close(uri);
      }
    }
    const samples: number[][] = SERVERS.map(() => []);
    const failed: (OpenResult | undefined)[] = SERVERS.map(() => undefined);
    for (let i = 0; i < input.runs; i++) {
      const text = i === 0 || !input.variant ? input.text : input.variant(i);
      for (let s = 0; s < SERVERS.length; s++) {
        const client = clients[s]!;
        if (failed[s]) continue;
        const uri = `file:///bench/run-${i}/${input.file}`;
        const ms = await openAndWait(client, SERVERS[s]!, uri, text, languageId);
        if (ms === 'timeout') {
          failed[s] = { ms: client.alive ? 'timeout' : 'crash' };
          continue;
        }
        samples[s]!.push(ms);
        await client.close(uri);
      }
    }
    const results: OpenResult[] = [];
    for (let s = 0; s < SERVERS.length; s++) {
      const client = clients[s]!;
      if (failed[s]) {
        results.push(failed[s]!);
        continue;
      }
      // Still serving: a hover on the warm-up document must be answered.
      const uri = 'file:///bench/after.yaml';
      await openAndWait(client, SERVERS[s]!, uri, WARM, 'yaml');
      const alive = await withTimeout(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 15 } }), 10_000);
      results.push(alive === 'timeout' || !client.alive ? { ms: 'crash' } : { ms: median(samples[s]!), rss: peakRss(client.pid) });
    }
    return results;
  } finally {
    for (const client of clients) await client.stop();
  }
}

interface Interactive {
  readonly keystroke: { p50: number; p95: number } | 'timeout';
  readonly hover?: { p50: number; p95: number };
  readonly rss?: number;
}

interface EditSession {
  readonly client: TestClient;
  readonly kind: ServerKind;
  readonly uri: string;
  keystroke: Interactive['keystroke'];
  readonly latencies: number[];
}

/** Warms the server and opens the input; its keystrokes come later, in turns with the other server's. */
async function openForEditing(client: TestClient, kind: ServerKind, input: Input): Promise<EditSession> {
  await warm(client, kind);
  const uri = `file:///bench/edit/${input.file}`;
  const opened = await openAndWait(client, kind, uri, input.text, input.languageId ?? 'yaml');
  return { client, kind, uri, keystroke: opened === 'timeout' ? 'timeout' : { p50: NaN, p95: NaN }, latencies: [] };
}

/** One small range edit (insert a digit into a value, or delete it again), waited for: its latency, or undefined on a timeout. */
async function typeOne(session: EditSession, version: number, change: { range: { start: Position; end: Position }; text: string }): Promise<number | undefined> {
  const { client, kind, uri } = session;
  client.published.length = 0;
  const published = client.diagnostics(uri, (p: PublishedDiagnostics) => !kind.versioned || p.version === version, TIMEOUT_MS).then(() => true, () => false);
  const t = performance.now();
  await client.change(uri, version, [change]);
  return (await published) ? performance.now() - t : undefined;
}

interface Position {
  readonly line: number;
  readonly character: number;
}

/**
 * Each server is warmed and opens the input; then they type in turns, keystroke by keystroke (the same edits to
 * both), and are hovered on the same addresses in turns (blocks of HOVER_BLOCK requests). So both have been as
 * busy, as recently, when the hovers start, and a change in the machine's load falls on both alike. (One whole
 * session after the other left the first server idle through the second's: V8 then gives back the young
 * generation's memory after each collection, and every allocation of its hovers took a page fault.)
 */
async function measureInteractive(input: Input, keystrokes: number, hovers: number): Promise<Map<string, Interactive>> {
  const sessions: EditSession[] = [];
  try {
    for (const kind of SERVERS) {
      const client = await startServer(kind);
      try {
        sessions.push(await openForEditing(client, kind, input));
      } catch (error) {
        await client.stop();
        throw error;
      }
    }
    const r = rng(7);
    // Edit places: just after the first digit of a value on lines that have one.
    const places = input.text.split('\n').flatMap((line, i) => {
      const m = /: *"?\[?"?(\d)/.exec(line);
      return m ? [{ line: i, character: m.index + m[0].length }] : [];
    });
    let place = places[0]!;
    // The first WARM_KEYSTROKES edits warm the servers' editing path (as the first seconds of typing in an editor
    // do) and are not counted.
    for (let k = 0; k < keystrokes + WARM_KEYSTROKES; k++) {
      const insert = k % 2 === 0;
      if (insert) place = places[Math.floor(r() * places.length)]!;
      const change = insert
        ? { range: { start: place, end: place }, text: '7' }
        : { range: { start: place, end: { line: place.line, character: place.character + 1 } }, text: '' };
      for (const session of sessions) {
        if (session.keystroke === 'timeout') continue;
        const latency = await typeOne(session, k + 2, change);
        if (latency === undefined) session.keystroke = 'timeout';
        else if (k >= WARM_KEYSTROKES) session.latencies.push(latency);
      }
      // A short pause, as between keystrokes, so one edit's work never overlaps the next.
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    for (const session of sessions) {
      if (session.keystroke !== 'timeout') session.keystroke = { p50: quantile(session.latencies, 0.5), p95: quantile(session.latencies, 0.95) };
    }
    const times: number[][] = SERVERS.map(() => []);
    const pick = rng(8);
    const targets = addressPositions(input.text);
    const positions = Array.from({ length: hovers }, () => targets[Math.floor(pick() * targets.length)]!);
    // Blocks of hovers, each server in turn: a server answers a run of requests as it would for one editor, and a
    // change in the machine's load still falls on both.
    for (let from = 0; from < hovers; from += HOVER_BLOCK) {
      for (let s = 0; s < sessions.length; s++) {
        const { client, uri, keystroke } = sessions[s]!;
        if (keystroke === 'timeout') continue;
        for (const position of positions.slice(from, from + HOVER_BLOCK)) {
          const t = performance.now();
          await client.request('textDocument/hover', { textDocument: { uri }, position });
          times[s]!.push(performance.now() - t);
        }
      }
    }
    const out = new Map<string, Interactive>();
    sessions.forEach(({ client, keystroke }, s) => {
      const hover = times[s]!.length > 0 ? { p50: quantile(times[s]!, 0.5), p95: quantile(times[s]!, 0.95) } : undefined;
      out.set(SERVERS[s]!.name, { keystroke, ...(hover ? { hover } : {}), rss: peakRss(client.pid) });
    });
    return out;
  } finally {
    for (const { client } of sessions) await client.stop();
  }
}

function nodeStartup(): number {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const kib = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.round(n / 1024)} KiB`);
const mib = (x: number | undefined): string => (x === undefined ? '–' : `${Math.round(x)} MiB`);
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
const show = (x: number | 'timeout' | 'crash'): string => (typeof x === 'number' ? ms(x) : x === 'timeout' ? `> ${TIMEOUT_MS / 1000} s` : 'crashed');

async function main(): Promise<void> {
  const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;
  if (!fs.existsSync(NETLENS.command[0]!)) throw new Error('dist/server.js is missing: run npm run build first');
  const started = performance.now();
  const manifests10k = manifestStream(10000);
  const files: Input[] = [
    { name: '1,000-document manifest stream', file: 'manifests-1k.yaml', text: manifestStream(1000), variant: (i) => manifestStream(1000, 100 + i), runs: 7 },
    { name: '10,000-document manifest stream (over `netlens.maxFileSize`: syntax only)', file: 'manifests-10k.yaml', text: manifests10k, runs: 1 },
    { name: '10,000-document manifest stream, `netlens.maxFileSize: 0` (no limit: checked in full)', file: 'manifests-10k.yaml', text: manifests10k, runs: 1, netlens: { maxFileSize: 0 } },
    { name: '2,000-service compose.yaml', file: 'compose.yaml', text: composeFile(2000), variant: (i) => composeFile(2000, 2 + i, 10000 + 3000 * i), languageId: 'dockercompose', runs: 11 },
    { name: '5 MB manifest stream (over `netlens.maxFileSize`: syntax only)', file: 'manifests-5mb.yaml', text: manifestStreamOfSize(5_000_000), runs: 1 },
    { name: 'deep nesting (1,000 levels)', file: 'deep.yaml', text: deepNesting(1000), runs: 3 },
    { name: 'alias bomb (10^9 expansions)', file: 'bomb.yaml', text: aliasBomb(9), runs: 3 },
    { name: 'random bytes', file: 'random.yaml', text: randomBytes(200_000), variant: (i) => randomBytes(200_000, 5 + i), runs: 3 },
    { name: 'very long lines (20,000 entries per line)', file: 'long.yaml', text: longLines(20_000), variant: (i) => longLines(20_000, 6 + i, 10 + i), runs: 9 },
  ];
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]! : '';
  const rows: string[] = [];
  const raw: Record<string, unknown> = {};
  for (const input of files.filter((f) => f.name.includes(only))) {
    const floor = floorOf(input.text, input.text.length > 1_000_000 ? 3 : 7);
    const [ours, theirs] = (await measureOpens(input)) as [OpenResult, OpenResult];
    const theirsWork = typeof theirs.ms === 'number' ? theirs.ms - YAML_LS_DELAY_MS : theirs.ms;
    raw[input.name] = { bytes: input.text.length, floor, netlens: ours, yamlLanguageServer: theirs };
    const vs = typeof ours.ms === 'number' && typeof theirsWork === 'number' ? ratio(ours.ms, theirsWork) : '–';
    rows.push(`| ${input.name} | ${kib(input.text.length)} | ${ms(floor)} | ${show(ours.ms)} | ${typeof ours.ms === 'number' ? ratio(ours.ms, floor) : '–'} | ${show(theirs.ms)} | ${show(theirsWork)} | ${vs} | ${mib(ours.rss)} | ${mib(theirs.rss)} |`);
    process.stderr.write(`${input.name}: done at ${ms(performance.now() - started)}\n`);
  }

  const editable: Input[] = [
    { name: '2,000-line manifest stream', file: 'manifests-2000-lines.yaml', text: manifestStreamOfLines(2000), runs: 1 },
    { name: '2,000-line compose.yaml (one document)', file: 'compose-2000-lines.yaml', text: composeFile(400), languageId: 'dockercompose', runs: 1 },
  ];
  const interactive = new Map<string, Map<string, Interactive>>();
  for (const input of editable.filter((f) => f.name.includes(only))) {
    const byServer = await measureInteractive(input, KEYSTROKES, input === editable[0] ? HOVERS : 0);
    interactive.set(input.name, byServer);
    process.stderr.write(`${input.name}: done at ${ms(performance.now() - started)}\n`);
  }
  const node = nodeStartup();

  const out: string[] = [];
  out.push('| input | size | `yaml` parse (floor) | NetLens open → diagnostics | × floor | yaml-language-server open → diagnostics | same, less its 200 ms delay | NetLens ÷ yaml-language-server (less delay) | NetLens peak RSS | yaml-language-server peak RSS |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  out.push(...rows);
  out.push('');
  out.push('| interactive | NetLens | yaml-language-server | same, less its 200 ms delay |');
  out.push('|---|---:|---:|---:|');
  const cold = (name: string): number => median(coldStarts.get(name) ?? [NaN]);
  out.push(`| cold start → initialize result (median of ${coldStarts.get(NETLENS.name)?.length ?? 0} starts; \`node -e 0\` takes ${ms(node)}) | ${ms(cold(NETLENS.name))} | ${ms(cold(YAML_LS.name))} | ${ms(cold(YAML_LS.name))} |`);
  for (const [name, byServer] of interactive) {
    const a = byServer.get(NETLENS.name)!;
    const b = byServer.get(YAML_LS.name)!;
    const k = (x: Interactive, q: 'p50' | 'p95', less = 0): string => (x.keystroke === 'timeout' ? 'timeout' : ms(x.keystroke[q] - less));
    out.push(`| keystroke → diagnostics p50, ${name} | ${k(a, 'p50')} | ${k(b, 'p50')} | ${k(b, 'p50', YAML_LS_DELAY_MS)} |`);
    out.push(`| keystroke → diagnostics p95, ${name} | ${k(a, 'p95')} | ${k(b, 'p95')} | ${k(b, 'p95', YAML_LS_DELAY_MS)} |`);
    if (a.hover && b.hover) {
      // Hovers take a tenth of a millisecond: two decimals tell the servers apart.
      const fine = (x: number): string => `${x.toFixed(2)} ms`;
      out.push(`| hover p50, ${name} | ${fine(a.hover.p50)} | ${fine(b.hover.p50)} | ${fine(b.hover.p50)} |`);
      out.push(`| hover p95, ${name} | ${fine(a.hover.p95)} | ${fine(b.hover.p95)} | ${fine(b.hover.p95)} |`);
    }
    out.push(`| peak RSS while editing, ${name} | ${mib(a.rss)} | ${mib(b.rss)} | |`);
    raw[`interactive: ${name}`] = Object.fromEntries(byServer);
  }
  raw.coldStarts = Object.fromEntries(coldStarts);
  raw.nodeStartup = node;
  console.log(out.join('\n'));
  console.log(`\n(${SERVERS.length} servers, ${files.length + editable.length} inputs, ${ms(performance.now() - started)} in all; Node ${process.version}, ${(await import('node:os')).cpus().length} cores)`);
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(raw, null, 2) + '\n');
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
