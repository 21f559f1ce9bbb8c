// Measures the analysis against the parse floor: raw `yaml` parse time of the same input. Run: npm run bench.

import { performance } from 'node:perf_hooks';
import { parseAllDocuments } from 'yaml';
import { analyzeFile, forgetFile } from '../server/src/analysis';
import { composeFile, manifestStream } from './generate';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(work: () => void, runs: number): number {
  work(); // Warm up the JIT once.
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const inputs = [
  { name: '1,000-document manifest stream', uri: 'file:///bench/manifests.yaml', text: manifestStream(1000) },
  { name: '10,000-document manifest stream', uri: 'file:///bench/manifests-10k.yaml', text: manifestStream(10000) },
  { name: '2,000-service compose.yaml', uri: 'file:///bench/compose.yaml', text: composeFile(2000) },
];

console.log('| input | size | yaml parse (floor) | NetLens analysis | ratio |');
console.log('|---|---:|---:|---:|---:|');
for (const input of inputs) {
  const runs = input.text.length > 1_000_000 ? 3 : 7;
  const floor = time(() => parseAllDocuments(input.text, { keepSourceTokens: true }), runs);
  const full = time(() => {
    forgetFile(input.uri);
    analyzeFile({ uri: input.uri, text: input.text });
  }, runs);
  const kb = Math.round(input.text.length / 1024);
  console.log(`| ${input.name} | ${kb} KiB | ${floor.toFixed(1)} ms | ${full.toFixed(1)} ms | ${(full / floor).toFixed(2)}× |`);
}
