// NetLens against the API server's verdicts on the upstream cases (upstream-cases.ts): it must agree on at
// least 98 % of them and never report an error on a manifest the API server accepts.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../../server/src/analysis';
import { DEFAULT_SETTINGS, type Finding } from '../../server/src/types';
import { UPSTREAM_CASES, type UpstreamCase } from './upstream-cases';

interface Outcome {
  readonly c: UpstreamCase;
  readonly errors: readonly Finding[];
  readonly agrees: boolean;
  /** For a rejected case: whether NetLens reports as many errors as the upstream test counts. */
  readonly sameCount: boolean;
  readonly why: string;
}

function judge(c: UpstreamCase): Outcome {
  const settings = c.version ? { ...DEFAULT_SETTINGS, kubernetesVersion: { major: 1, minor: c.version } } : DEFAULT_SETTINGS;
  const errors = analyzeFile({ uri: 'file:///upstream/manifest.yaml', text: c.yaml }, settings).filter((f) => f.severity === 'error');
  if (c.verdict.valid) {
    return { c, errors, agrees: errors.length === 0, sameCount: errors.length === 0, why: errors.map((e) => `${e.code} ${e.message}`).join('; ') };
  }
  const messages = errors.map((e) => e.message);
  const missing = c.verdict.messages.filter((m) => !messages.some((x) => x.includes(m)));
  return {
    c,
    errors,
    agrees: errors.length > 0 && missing.length === 0,
    sameCount: errors.length === c.verdict.numErrs,
    why: errors.length === 0 ? 'no error reported' : `missing ${JSON.stringify(missing)} among ${JSON.stringify(messages)}`,
  };
}

const label = (c: UpstreamCase): string => `${c.source.test} "${c.source.name}"${c.version ? ` (1.${c.version})` : ''}`;

describe('upstream cases', () => {
  const outcomes = UPSTREAM_CASES.map(judge);

  it('agrees with the API server on at least 98 % of the cases', () => {
    const agreed = outcomes.filter((o) => o.agrees).length;
    const rejected = outcomes.filter((o) => !o.c.verdict.valid);
    const counted = rejected.filter((o) => o.sameCount).length;
    const ratio = agreed / outcomes.length;
    console.log(`upstream agreement: ${agreed} of ${outcomes.length} (${(ratio * 100).toFixed(1)} %); ` +
      `${outcomes.length - rejected.length} accepted, ${rejected.length} rejected, of which ${counted} with the upstream error count`);
    for (const o of outcomes.filter((x) => !x.agrees)) console.log(`  disagrees: ${label(o.c)}: ${o.why}`);
    assert.ok(ratio >= 0.98, `only ${agreed} of ${outcomes.length} agree`);
  });

  it('never reports an error on a manifest the API server accepts', () => {
    const wrong = outcomes.filter((o) => o.c.verdict.valid && o.errors.length > 0).map((o) => `${label(o.c)}: ${o.why}`);
    assert.deepEqual(wrong, []);
  });

  it('every case names its source and is parseable YAML', () => {
    for (const o of outcomes) {
      assert.ok(o.c.source.repo && o.c.source.file && o.c.source.test && o.c.source.name, label(o.c));
      assert.ok(!o.errors.some((e) => e.code === 'NL001' || e.code === 'NL000'), `${label(o.c)}: ${o.why}`);
    }
  });
});
