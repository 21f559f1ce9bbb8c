// Property tests over generated and mutated inputs (test/fuzz/check.ts says what must hold). Bounded for CI: a fixed
// seed, then a seed taken from the clock and printed, each run capped in time. Reproduce a failure with
// NETLENS_FUZZ_SEED=<seed> (and fast-check's path from the message); the long run is `npm run fuzz -- --runs 100000`.

import { describe, it } from 'node:test';
import fc from 'fast-check';
import { composeFiles, manifests, mutated, mutatedGenerated, type Input } from './arbitraries';
import { checkInput, describeFailure } from './check';
import { hasRealCorpus, seeds } from './corpus';

const FIXED_SEED = 20240611;
const TIME_SEED = process.env.NETLENS_FUZZ_SEED ? Number(process.env.NETLENS_FUZZ_SEED) : Date.now() % 2 ** 31;
const RUNS = Number(process.env.NETLENS_FUZZ_RUNS ?? 200);
/** Each property stops after this long whatever RUNS says, so the suite stays within a minute on a slow machine. */
const TIME_LIMIT_MS = 6000;

const ARBITRARIES: readonly (readonly [string, fc.Arbitrary<Input>])[] = [
  ['generated Kubernetes objects and cluster configs', manifests],
  ['generated Compose files', composeFiles],
  [`mutated seed files (${seeds().length} seeds${hasRealCorpus() ? '' : '; no ../shared/corpus/real, examples only'})`, mutated(seeds())],
  ['mutated generated files', mutatedGenerated()],
];

function holds(input: Input): boolean {
  const problems = checkInput(input);
  if (problems.length > 0) throw new Error(describeFailure(input, problems));
  return true;
}

describe('fuzz: no crash, ranges inside, fixes that apply, parse and remove their finding', () => {
  for (const [name, arbitrary] of ARBITRARIES) {
    for (const seed of [FIXED_SEED, TIME_SEED]) {
      it(`${name}, seed ${seed}`, (t) => {
        if (seed === TIME_SEED) t.diagnostic(`time-derived seed ${seed}: reproduce with NETLENS_FUZZ_SEED=${seed}`);
        fc.assert(fc.property(arbitrary, holds), { seed, numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false });
      });
    }
  }
});
