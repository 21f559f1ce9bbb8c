// NetLens reads text and answers; it runs nothing and talks to nobody. So it is declared safe for untrusted
// workspaces, and (reading cluster configs and `.env` files from disk) not for virtual ones. This checks the
// declarations, that the bundled server holds no process or network code of its own, and that a real session
// spawns no process and opens no socket.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient } from './lsp/client';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  capabilities?: { untrustedWorkspaces?: { supported?: unknown; description?: unknown }; virtualWorkspaces?: { supported?: unknown; description?: unknown } };
};

/** Node modules that run processes, open sockets or evaluate code. */
const FORBIDDEN = ['child_process', 'net', 'http', 'https', 'http2', 'dgram', 'tls', 'dns', 'cluster', 'worker_threads', 'vm', 'inspector'];

/** Where the bundle may hold them: the language-server library's own transports, which NetLens does not call. */
const ALLOWED: Record<string, readonly RegExp[]> = {
  // Socket and pipe transports (`--socket`, `--pipe`); NetLens runs on stdio or VS Code's IPC.
  net: [/vscode-jsonrpc\/lib\/node\/main\.js$/],
  // Files.resolveGlobalNodePath / resolveModulePath, helpers NetLens never calls.
  child_process: [/vscode-languageserver\/lib\/node\/files\.js$/],
};

/** The bundle cut into esbuild's per-module sections (`// node_modules/...` or `// server/src/...` comment lines). */
function sections(bundle: string): { module: string; code: string }[] {
  const out: { module: string; code: string }[] = [];
  let module = '(bundle prelude)';
  let code: string[] = [];
  for (const line of bundle.split('\n')) {
    const m = /^\/\/ ((?:node_modules|server|client)\/\S+\.[cm]?[jt]s)$/.exec(line);
    if (m) {
      out.push({ module, code: code.join('\n') });
      module = m[1]!;
      code = [];
    } else {
      code.push(line);
    }
  }
  out.push({ module, code: code.join('\n') });
  return out;
}

describe('trust: no code execution, no network', () => {
  it('declares untrusted workspaces supported, and virtual workspaces not (files are read from disk)', () => {
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(pkg.capabilities?.virtualWorkspaces?.supported, false);
    assert.equal(typeof pkg.capabilities?.virtualWorkspaces?.description, 'string');
    // Consistent with the client: it only asks for file and untitled documents.
    const client = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    const schemes = [...client.matchAll(/scheme:\s*'([^']+)'/g)].map((m) => m[1]);
    assert.ok(schemes.length > 0);
    assert.deepEqual([...new Set(schemes)].sort(), ['file', 'untitled']);
  });

  it('bundles no process, network or eval code outside the language-server library transports', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'server.js'), 'utf8');
    const found: string[] = [];
    for (const { module, code } of sections(bundle)) {
      for (const name of FORBIDDEN) {
        if (!new RegExp(`require\\("(node:)?${name}"\\)|from "(node:)?${name}"`).test(code)) continue;
        if (!(ALLOWED[name] ?? []).some((re) => re.test(module))) found.push(`${module} requires ${name}`);
      }
      if (/^(server|client)\//.test(module) && /\beval\(|new Function\(/.test(code)) found.push(`${module} evaluates code`);
    }
    assert.deepEqual(found, []);
  });

  it('spawns no process and opens no socket in a session: open, edit, hover, code actions, hints, settings', async () => {
    // A preload that reports every call that would start a process or reach the network, then lets it through.
    const watch = `
      import cp from 'node:child_process'; import net from 'node:net'; import http from 'node:http'; import https from 'node:https';
      import dns from 'node:dns'; import dgram from 'node:dgram'; import tls from 'node:tls'; import { syncBuiltinESMExports } from 'node:module';
      const report = (what) => process.stderr.write('NETLENS-TRUST ' + what + '\\n');
      const wrap = (object, name, label) => { const original = object[name]; if (typeof original !== 'function') return;
        object[name] = function (...args) { report(label + '.' + name); return original.apply(this, args); }; };
      for (const n of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) wrap(cp, n, 'child_process');
      for (const n of ['connect', 'createConnection', 'createServer']) wrap(net, n, 'net');
      wrap(net.Socket.prototype, 'connect', 'net.Socket');
      for (const m of [[http, 'http'], [https, 'https']]) for (const n of ['request', 'get', 'createServer']) wrap(m[0], n, m[1]);
      for (const n of ['lookup', 'resolve']) wrap(dns, n, 'dns');
      wrap(dgram, 'createSocket', 'dgram'); wrap(tls, 'connect', 'tls');
      syncBuiltinESMExports();`;
    const preload = `data:text/javascript,${encodeURIComponent(watch)}`;
    // The watch itself works: a script that spawns and connects is reported.
    const control = spawnSync(process.execPath, ['--import', preload, '-e', "require('child_process').spawnSync(process.execPath, ['-e', '0']); require('net').connect(1, '127.0.0.1').on('error', () => {})"], { encoding: 'utf8' });
    assert.match(control.stderr, /NETLENS-TRUST child_process\.spawnSync/);
    assert.match(control.stderr, /NETLENS-TRUST net/);
    const client = await TestClient.start({
      server: ['--import', preload, join(ROOT, 'dist', 'server.js'), '--stdio'],
      configuration: {},
    });
    try {
      const uri = 'file:///ws/trust/compose.yaml';
      await client.open(uri, 'services:\n  web:\n    image: nginx\n    ports:\n      - "127.0.0.1:8080:80/xyz"\n      - "${HOST:-0.0.0.0}:443:443"\n', 'dockercompose');
      await client.diagnostics(uri);
      const k8s = 'file:///ws/trust/kubeadm-config.yaml';
      await client.open(k8s, 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.1/16\n  serviceSubnet: 10.96.0.0/12\n');
      const published = await client.diagnostics(k8s);
      await client.change(k8s, 2, [{ range: { start: { line: 3, character: 13 }, end: { line: 3, character: 26 } }, text: '10.244.0.0/16' }]);
      await client.diagnostics(k8s, (p) => p.version === 2);
      await client.request('textDocument/hover', { textDocument: { uri: k8s }, position: { line: 4, character: 20 } });
      await client.request('textDocument/inlayHint', { textDocument: { uri: k8s }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } } });
      await client.request('textDocument/codeAction', { textDocument: { uri: k8s }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }, context: { diagnostics: published.diagnostics } });
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await client.diagnostics(k8s, (p) => p.version === 2);
      assert.ok(client.alive);
      assert.deepEqual(client.stderr.split('\n').filter((l) => l.startsWith('NETLENS-TRUST')), []);
    } finally {
      await client.stop();
    }
  });
});
