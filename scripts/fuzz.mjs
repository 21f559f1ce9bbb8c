// The long fuzz run: `npm run fuzz -- --runs 100000 [--seed N] [--workers N] [--out FILE]`. Splits the runs over one
// worker per core (test/fuzz/long-run.ts, the same checks as the CI suite), watches each for hangs (no progress for
// HANG_MS: the worker is stopped, the input counted as a hang and the rest of its share skipped), and prints the
// totals: inputs, crashes, hangs, out-of-document ranges, fix problems, time. Failing inputs go to --out (JSON).
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const HANG_MS = 30_000;
const KEEP_PER_KIND = 20;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const runs = Number(option('runs', 10_000));
const seed = Number(option('seed', Date.now() % 2 ** 31));
const workers = Math.max(1, Number(option('workers', availableParallelism())));
const out = option('out', undefined);
if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed N] [--workers N] [--out FILE]');
  process.exit(2);
}

const started = Date.now();
const totals = { inputs: 0, crash: 0, hang: 0, range: 0, 'fix-apply': 0, 'fix-breaks-yaml': 0, 'fix-keeps-finding': 0, 'fix-adds-error': 0 };
const kept = [];
let characters = 0;
let slowest = 0;
console.log(`fuzzing ${runs} inputs with seed ${seed} on ${workers} worker(s); reproduce with --seed ${seed} --runs ${runs} --workers ${workers}`);

function runWorker(w) {
  const share = Math.floor(runs / workers) + (w < runs % workers ? 1 : 0);
  const workerSeed = seed + w;
  return new Promise((resolve) => {
    const child = fork(join(import.meta.dirname, '..', 'test', 'fuzz', 'long-run.ts'), ['--runs', String(share), '--seed', String(workerSeed)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let current = -1;
    let last = Date.now();
    let finished = false;
    const watchdog = setInterval(() => {
      if (Date.now() - last < HANG_MS) return;
      totals.hang++;
      if (kept.filter((k) => k.kind === 'hang').length < KEEP_PER_KIND) kept.push({ kind: 'hang', worker: w, seed: workerSeed, index: current, detail: `no progress for ${HANG_MS} ms` });
      console.log(`worker ${w}: input ${current} hangs; stopping it`);
      child.kill('SIGKILL');
    }, 1000);
    child.on('message', (m) => {
      last = Date.now();
      if (m.type === 'start') {
        current = m.index;
        if (m.index > 0 && m.index % 10_000 === 0) console.log(`worker ${w}: ${m.index} inputs`);
      } else if (m.type === 'problem') {
        totals[m.kind]++;
        if (kept.filter((k) => k.kind === m.kind).length < KEEP_PER_KIND) kept.push({ kind: m.kind, worker: w, seed: workerSeed, index: m.index, detail: m.detail, input: m.input });
      } else if (m.type === 'done') {
        finished = true;
        totals.inputs += m.counts.inputs;
        characters += m.characters;
        slowest = Math.max(slowest, m.slowest);
      }
    });
    child.on('exit', (code) => {
      clearInterval(watchdog);
      if (!finished) {
        // Crashed or stopped: what it checked before counts, and the crash itself is a crash.
        totals.inputs += current + 1;
        if (code !== null && code !== 0) {
          totals.crash++;
          kept.push({ kind: 'crash', worker: w, seed: workerSeed, index: current, detail: `worker exited with code ${code}` });
        }
      }
      resolve();
    });
  });
}

await Promise.all(Array.from({ length: workers }, (_, w) => runWorker(w)));
const seconds = (Date.now() - started) / 1000;
const problems = Object.entries(totals).filter(([k]) => k !== 'inputs').reduce((a, [, n]) => a + n, 0);
console.log('');
console.log('| inputs | crashes (NL000 or throw) | hangs | out-of-document ranges | fixes that do not apply | fixes that break the YAML | fixes that keep their finding | fixes that add an error | slowest input | time |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
console.log(`| ${totals.inputs.toLocaleString('en-US')} | ${totals.crash} | ${totals.hang} | ${totals.range} | ${totals['fix-apply']} | ${totals['fix-breaks-yaml']} | ${totals['fix-keeps-finding']} | ${totals['fix-adds-error']} | ${Math.round(slowest)} ms | ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s |`);
console.log(`\n${(characters / 1e6).toFixed(1)} million characters, seed ${seed}, ${workers} worker(s), Node ${process.version}`);
if (out) writeFileSync(out, JSON.stringify({ seed, runs, workers, seconds, characters, slowest, totals, kept }, null, 2) + '\n');
for (const k of kept.slice(0, 10)) console.log(`\n${k.kind} (worker ${k.worker}, input ${k.index}): ${k.detail}\n  ${JSON.stringify(k.input?.text ?? '').slice(0, 400)}`);
process.exit(problems === 0 && totals.inputs >= runs ? 0 : 1);
