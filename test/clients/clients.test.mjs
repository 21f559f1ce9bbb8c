// Real LSP clients against the bundled server (`node dist/server.js --stdio`): headless Neovim and Emacs + eglot
// open fixture and example files and report, as JSON, the diagnostics, hovers and code actions they got.
//
//   node --test test/clients/        (after npm run build; CI installs the editors: apt-get install neovim emacs-nox elpa-eglot)
//
// A client whose editor is not installed is skipped with a message saying so.
import { spawnSync } from 'node:child_process';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, mkTemp, prepareWorkspace } from '../../scripts/e2e/lib.mjs';

const SERVER = path.join(ROOT, 'dist', 'server.js');
const HERE = path.join(ROOT, 'test', 'clients');

const onPath = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).status === 0;

const CLIENTS = {
  neovim: {
    bin: 'nvim',
    install: 'apt-get install neovim',
    args: () => ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(HERE, 'nvim-probe.lua')}`],
  },
  emacs: {
    bin: 'emacs',
    install: 'apt-get install emacs-nox elpa-eglot',
    args: () => ['--batch', '-l', path.join(HERE, 'eglot-probe.el')],
  },
};

let work;
let ws;
let expected;

before(() => {
  assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run npm run build first`);
  work = mkTemp('netlens-clients-');
  ws = path.join(work, 'workspace');
  fs.mkdirSync(ws);
  prepareWorkspace(ws);
  const f = path.join(ws, '.netlens-expected.json');
  expected = fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : undefined;
});

after(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Runs one probe; returns its JSON result (and fails with the probe's output when there is none). */
function probe(client, { file, lang = 'yaml', minDiags = 1, hover = [], settings = {} }) {
  const out = path.join(work, `${client}-${path.basename(file)}-${Date.now()}.json`);
  const home = path.join(work, `${client}-home`);
  fs.mkdirSync(home, { recursive: true });
  const r = spawnSync(CLIENTS[client].bin, CLIENTS[client].args(), {
    cwd: ws,
    encoding: 'utf8',
    timeout: 90_000,
    env: {
      ...process.env,
      HOME: home, XDG_CACHE_HOME: home, XDG_STATE_HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home,
      PROBE_CMD: JSON.stringify([process.execPath, SERVER, '--stdio']),
      PROBE_FILE: path.join(ws, file),
      PROBE_ROOT: ws,
      PROBE_LANG: lang,
      PROBE_MIN_DIAGS: String(minDiags),
      PROBE_HOVER: JSON.stringify(hover),
      PROBE_SETTINGS: JSON.stringify(settings),
      PROBE_OUT: out,
    },
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  assert.ok(fs.existsSync(out), `${client} wrote no result (exit ${r.status ?? r.signal}${r.error ? `, ${r.error.message}` : ''}):\n${output}`);
  const result = JSON.parse(fs.readFileSync(out, 'utf8'));
  result.process = { status: r.status, output };
  return result;
}

const show = (result) => JSON.stringify({ client: result.client, exit_code: result.exit_code, log: result.log,
  diagnostics: result.diagnostics, hovers: result.hovers, process: result.process }, null, 2);
const hoverText = (h) => {
  const c = h?.result?.contents;
  if (!c) return '';
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return c.value ?? '';
};
const lineOf = (file, needle) => fs.readFileSync(path.join(ws, file), 'utf8').split('\n').findIndex((l) => l.includes(needle));
const posOf = (file, needle, delta = 0) => {
  const line = lineOf(file, needle);
  return { line, character: fs.readFileSync(path.join(ws, file), 'utf8').split('\n')[line].indexOf(needle) + delta };
};
const key = (d) => `${typeof d.code === 'object' && d.code ? d.code.value : d.code} ${d.severity} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 };

for (const [client, spec] of Object.entries(CLIENTS)) {
  const missing = onPath(spec.bin) ? false : `${spec.bin} is not installed (${spec.install})`;

  describe(client, { skip: missing }, () => {
    it('kubeadm podSubnet: diagnostic on 10.244.0.1/16, a quick fix to 10.244.0.0/16, hover on 10.96.0.0/12', () => {
      const file = 'kubeadm-config.yaml';
      const start = posOf(file, '10.244.0.1/16');
      const hoverAt = posOf(file, '10.96.0.0/12', 4);
      const r = probe(client, { file, hover: [hoverAt] });
      assert.equal(r.exit_code, 0, show(r));
      const d = r.diagnostics.find((x) => x.range.start.line === start.line && x.range.start.character === start.character
        && x.range.end.character === start.character + '10.244.0.1/16'.length);
      assert.ok(d, `no diagnostic on exactly 10.244.0.1/16 (line ${start.line}):\n${show(r)}`);
      assert.match(String(d.code), /^NL\d+$/);
      const actions = r.code_actions.find((a) => a.diagnostic.range.start.line === start.line)?.actions ?? [];
      const edits = actions.flatMap((a) => Object.values(a.edit?.changes ?? {}).flat()
        .concat((a.edit?.documentChanges ?? []).flatMap((c) => c.edits ?? [])));
      assert.ok(edits.some((e) => e.newText.includes('10.244.0.0/16')), `no code action producing 10.244.0.0/16:\n${JSON.stringify(actions, null, 2)}`);
      assert.ok(hoverText(r.hovers[0]).includes('1,048,576'), `hover at ${JSON.stringify(hoverAt)}:\n${JSON.stringify(r.hovers, null, 2)}`);
    });

    it('Service ipFamilies [ipv6]: an error on "ipv6"', () => {
      const file = 'service-ipv6.yaml';
      const at = posOf(file, '[ipv6]', 1);
      const r = probe(client, { file });
      const d = r.diagnostics.find((x) => x.range.start.line === at.line && x.range.start.character === at.character && x.range.end.character === at.character + 4);
      assert.ok(d && d.severity === 1, `no error on ipv6:\n${show(r)}`);
    });

    it('compose file opened as dockercompose: invalid proto: xyz', () => {
      const r = probe(client, { file: 'compose.yaml', lang: 'dockercompose' });
      const d = r.diagnostics.find((x) => x.message.includes('invalid proto: xyz'));
      assert.ok(d && d.severity === 1, `no "invalid proto: xyz" error:\n${show(r)}`);
      assert.equal(d.range.start.line, lineOf('compose.yaml', '8080:80/xyz'));
    });

    it('an example gets the same diagnostics as from netlens lint', (t) => {
      const examples = (expected?.files ?? []).filter((f) => path.relative(ws, path.resolve(ws, f.path)).startsWith('examples'));
      const example = [...examples].sort((a, b) => b.diagnostics.length - a.diagnostics.length)[0];
      if (!example?.diagnostics.length) return t.skip('no example with CLI diagnostics (is dist/cli.js built?)');
      const file = path.relative(ws, path.resolve(ws, example.path));
      const r = probe(client, { file, minDiags: example.diagnostics.length });
      const want = example.diagnostics.map((d) => key({ ...d, severity: SEVERITY[d.severity] })).sort();
      assert.deepEqual(r.diagnostics.map(key).sort(), want, `${file}:\n${show(r)}`);
      const fixable = example.diagnostics.filter((d) => d.fixes?.length);
      for (const d of fixable) {
        const got = r.code_actions.find((a) => a.diagnostic.range.start.line === d.range.start.line && a.diagnostic.range.start.character === d.range.start.character);
        const titles = (Array.isArray(got?.actions) ? got.actions : []).map((a) => a.title);
        for (const f of d.fixes) assert.ok(titles.includes(f.title), `${file} ${d.code}: code action "${f.title}" missing; got ${JSON.stringify(titles)}`);
      }
    });
  });
}
