// One worker of the long fuzz run (scripts/fuzz.mjs starts one per core): checks `--runs` inputs drawn from every
// arbitrary with `--seed`, and reports each input's start, every problem and its totals to the parent over IPC.

import fc from 'fast-check';
import { composeFiles, manifests, mutated, mutatedGenerated, type Input } from './arbitraries';
import { checkInput, type ProblemKind } from './check';
import { seeds } from './corpus';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const runs = arg('runs', 1000);
const seed = arg('seed', 1);
const send = (message: object): void => {
  if (process.send) process.send(message);
  else console.log(JSON.stringify(message));
};

const everything: fc.Arbitrary<Input> = fc.oneof(
  { weight: 3, arbitrary: manifests },
  { weight: 2, arbitrary: composeFiles },
  { weight: 3, arbitrary: mutated(seeds()) },
  { weight: 2, arbitrary: mutatedGenerated() },
);

const counts: Record<ProblemKind | 'inputs', number> = {
  inputs: 0, crash: 0, hang: 0, range: 0, 'fix-apply': 0, 'fix-breaks-yaml': 0, 'fix-keeps-finding': 0, 'fix-adds-error': 0,
};
let characters = 0;
let slowest = 0;

fc.assert(
  fc.property(everything, (input) => {
    const index = counts.inputs++;
    send({ type: 'start', index });
    characters += input.text.length;
    const started = performance.now();
    const problems = checkInput(input, { budgetMs: 5000 });
    slowest = Math.max(slowest, performance.now() - started);
    for (const p of problems) {
      counts[p.kind]++;
      send({ type: 'problem', index, kind: p.kind, detail: p.detail, input });
    }
    return true;
  }),
  { seed, numRuns: runs },
);
send({ type: 'done', counts, characters, slowest });
