// The upstream table (upstream-cases.ts): NetLens must give docker's verdict on at least 98 % of the cases and
// never an error on a case docker accepts. Prints the agreement and every case where NetLens differs.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../../server/src/analysis';
import { DEFAULT_SETTINGS, type Finding } from '../../server/src/types';
import { UPSTREAM_CASES, type UpstreamCase } from './upstream-cases';

function errorsOf(c: UpstreamCase): Finding[] {
  const settings = c.env ? { ...DEFAULT_SETTINGS, composeEnv: c.env, composeEnvComplete: true } : DEFAULT_SETTINGS;
  return analyzeFile({ uri: 'file:///upstream/compose.yaml', text: c.input }, settings).filter((f) => f.severity === 'error');
}

function agrees(c: UpstreamCase, errors: readonly Finding[]): boolean {
  if (c.verdict === 'accept') return errors.length === 0;
  const { reject, match = 'exact' } = c.verdict;
  return errors.length > 0 && reject.every((m) => errors.some((e) => (match === 'exact' ? e.message === m : e.message.includes(m))));
}

describe('upstream cases (compose-go, go-connections, moby, compose-spec)', () => {
  const results = UPSTREAM_CASES.map((c) => ({ c, errors: errorsOf(c) }));
  const agreeing = results.filter((r) => agrees(r.c, r.errors));
  const differing = results.filter((r) => !agrees(r.c, r.errors));
  const ratio = agreeing.length / results.length;
  console.log(`upstream agreement: ${agreeing.length} of ${results.length} (${(ratio * 100).toFixed(1)} %)`);
  for (const { c, errors } of differing) {
    console.log(`  differs: ${c.source}\n    docker: ${c.verdict === 'accept' ? 'accept' : `reject ${JSON.stringify(c.verdict.reject)}`}\n    NetLens: ${errors.length ? errors.map((e) => JSON.stringify(e.message)).join(', ') : 'no error'}`);
  }

  it('the table is large and names its sources', () => {
    assert.ok(results.length >= 150, `${results.length} cases`);
    for (const { c } of results) assert.match(c.source, /^(docker\/go-connections|compose-spec\/compose-go|moby\/moby|compose-spec\/compose-spec) \S+/);
  });

  it('never reports an error on an input docker accepts', () => {
    const falseErrors = results.filter((r) => r.c.verdict === 'accept' && r.errors.length > 0);
    assert.deepEqual(falseErrors.map((r) => `${r.c.source}: ${r.errors.map((e) => e.message).join(' | ')}`), []);
  });

  it('agrees with docker on at least 98 % of the cases', () => {
    assert.ok(ratio >= 0.98, `agreement ${agreeing.length}/${results.length}`);
  });
});
