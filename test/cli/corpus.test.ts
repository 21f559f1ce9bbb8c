// The real-world corpus (../shared/corpus/real beside the project): YAML written by others must get no error,
// except in placeholders/ (negative fixtures and documentation placeholders) and the few true positives its
// SOURCES.md documents. Checked file by file, and folder by folder with each top-level folder as one workspace,
// through the CLI's own walking and loading.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectFiles } from '../../server/src/cli/walk';
import { lintFiles, type LintedFile } from '../../server/src/cli/lint';
import { DEFAULT_SETTINGS } from '../../server/src/types';
import { ROOT } from './helpers';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'real');
const ALLOWED_FOLDER = 'placeholders';

/**
 * Errors that are right: the files are not valid for today's API server. Each is listed under "Notable real-world
 * content" in the corpus's SOURCES.md. Keyed `path:line:code` (1-based line).
 */
const KNOWN_TRUE_POSITIVES: ReadonlyMap<string, string> = new Map([
  ['kubernetes-website/examples/service/networking/dual-stack-ipv6-svc.yaml:6:NL205', 'an old revision using spec.ipFamily, removed in 1.20'],
  ['kubernetes-website/examples/service/networking/dual-stack-ipv6-lb-svc.yaml:8:NL205', 'an old revision using spec.ipFamily, removed in 1.20'],
  ['metallb/docs/_advanced_ipaddresspool_configuration.block04.yaml:9:NL201', 'MetalLB docs write ipFamilies in lower case'],
  ['metallb/docs/_advanced_ipaddresspool_configuration.block04.yaml:10:NL201', 'MetalLB docs write ipFamilies in lower case'],
  ['metallb/docs/_advanced_ipaddresspool_configuration.block04.yaml:2:NL216', 'a docs excerpt: a Service without ports is rejected (spec.ports: Required value)'],
]);

const absent = existsSync(CORPUS) ? false : `no corpus at ../shared/corpus/real beside the project; skipping`;

interface Reported { key: string; line: string; severity: string; code: string; path: string }

function reported(files: readonly LintedFile[]): Reported[] {
  return files.flatMap((file) =>
    file.findings.map((f) => {
      const p = file.lines.positionAt(f.span.start);
      return {
        key: `${file.path}:${p.line + 1}:${f.code}`,
        line: `${file.path}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.code} ${f.message}`,
        severity: f.severity,
        code: f.code,
        path: file.path,
      };
    }));
}

/** Errors outside placeholders/ that are not known true positives, as printable lines. */
function unexpectedErrors(files: readonly LintedFile[]): string[] {
  return reported(files)
    .filter((r) => r.severity === 'error' && !r.path.startsWith(`${ALLOWED_FOLDER}/`) && !KNOWN_TRUE_POSITIVES.has(r.key))
    .map((r) => r.line);
}

/** Every file of the corpus but its notes, named explicitly, so templates such as `*.yaml.j2` are linted too. */
function everyFile(): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(p).isDirectory()) walk(p, r);
      else if (!name.endsWith('.md')) out.push(r);
    }
  };
  walk(CORPUS, '');
  return out;
}

describe('real-world corpus', { skip: absent }, () => {
  it('file by file: no error outside placeholders/ except the documented true positives', () => {
    const files = everyFile();
    assert.ok(files.length > 100, `only ${files.length} files in the corpus`);
    const linted = files.flatMap((f) => lintFiles(collectFiles([f], CORPUS), DEFAULT_SETTINGS, false).files);
    const offenders = unexpectedErrors(linted);
    assert.deepEqual(offenders, [], `errors on valid real-world files:\n${offenders.join('\n')}`);
  });

  const folders = absent ? [] : readdirSync(CORPUS).filter((n) => n !== ALLOWED_FOLDER && statSync(join(CORPUS, n)).isDirectory()).sort();
  for (const folder of folders) {
    it(`folder ${folder}/ as one workspace: no error except the documented true positives`, () => {
      const result = lintFiles(collectFiles([folder], CORPUS), DEFAULT_SETTINGS, false);
      assert.ok(result.files.length > 0);
      const offenders = unexpectedErrors(result.files);
      assert.deepEqual(offenders, [], `errors on valid real-world files:\n${offenders.join('\n')}`);
    });
  }

  // The cluster model over unrelated real files: configs scope to their own folders, so nothing is checked across
  // projects, and folders of unrelated configs (kind's test data, the docs' examples) are only noted (NL600).
  const everyFolder = absent ? [] : readdirSync(CORPUS).filter((n) => statSync(join(CORPUS, n)).isDirectory()).sort();
  for (const folder of everyFolder) {
    it(`folder ${folder}/ as one workspace: no cross-file finding but NL600 notes`, () => {
      const result = lintFiles(collectFiles([folder], CORPUS), DEFAULT_SETTINGS, false);
      const crossFile = reported(result.files).filter((r) => r.code.startsWith('NL6') && !(r.code === 'NL600' && r.severity === 'information'));
      assert.deepEqual(crossFile.map((r) => r.line), []);
    });
  }

  it('the whole corpus as one workspace: no check fails (NL000) anywhere, placeholders included', () => {
    const result = lintFiles(collectFiles(['.'], CORPUS), DEFAULT_SETTINGS, false);
    const failures = reported(result.files).filter((r) => r.code === 'NL000').map((r) => r.line);
    assert.deepEqual(failures, [], failures.join('\n'));
  });

  it('the documented true positives are still found', () => {
    const paths = [...new Set([...KNOWN_TRUE_POSITIVES.keys()].map((k) => k.split(':')[0]!))];
    const found = new Set(reported(lintFiles(collectFiles(paths, CORPUS), DEFAULT_SETTINGS, false).files)
      .filter((r) => r.severity === 'error').map((r) => r.key));
    const missing = [...KNOWN_TRUE_POSITIVES].filter(([key]) => !found.has(key)).map(([key, why]) => `${key} (${why})`);
    assert.deepEqual(missing, [], `no longer reported:\n${missing.join('\n')}`);
  });
});
