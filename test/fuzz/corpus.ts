// The seed corpus the fuzzers mutate: every example under examples/, and a few files of each folder of the
// real-world corpus (../shared/corpus/real beside the project) when it is there.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const REAL = join(ROOT, '..', 'shared', 'corpus', 'real');
const PER_FOLDER = 3;
const MAX_SIZE = 30_000;

export interface Seed {
  /** Where it came from, relative to the project (or the corpus), for reports. */
  readonly name: string;
  /** A file name that keeps what detection reads from names (compose.yaml, ...). */
  readonly file: string;
  readonly text: string;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(name) && statSync(p).size <= MAX_SIZE) out.push(p);
  }
  return out;
}

let cached: Seed[] | undefined;

export function seeds(): readonly Seed[] {
  if (cached) return cached;
  const out: Seed[] = [];
  for (const p of yamlFiles(join(ROOT, 'examples'))) out.push({ name: relative(ROOT, p), file: p.split('/').pop()!, text: readFileSync(p, 'utf8') });
  if (existsSync(REAL)) {
    for (const folder of readdirSync(REAL).sort()) {
      const dir = join(REAL, folder);
      if (!statSync(dir).isDirectory()) continue;
      for (const p of yamlFiles(dir).slice(0, PER_FOLDER)) out.push({ name: `corpus/${relative(REAL, p)}`, file: p.split('/').pop()!, text: readFileSync(p, 'utf8') });
    }
  }
  cached = out;
  return out;
}

/** Whether the real-world corpus was found (the fuzz suite says so when it runs without it). */
export function hasRealCorpus(): boolean {
  return existsSync(REAL);
}
