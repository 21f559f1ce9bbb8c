// The language server's index on its own: limits (file count and size, ignored folders), open buffers winning
// over disk, and telling whether a change matters to the model.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceIndex } from '../../server/src/lsp/workspace-index';
import { workspaceFacts } from '../../server/src/analysis';
import { clusterOf } from '../../server/src/workspace/model';
import { DEFAULT_SETTINGS } from '../../server/src/types';
import { kubeadmWithServiceSubnet } from './tester';


describe('WorkspaceIndex', () => {
  let dir: string;
  let root: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'netlens-index-'));
    root = pathToFileURL(dir).href;
    mkdirSync(join(dir, 'cluster'));
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'cluster', 'kubeadm-config.yaml'), kubeadmWithServiceSubnet('10.96.0.0/16'));
    writeFileSync(join(dir, 'node_modules', 'x', 'kubeadm.yaml'), kubeadmWithServiceSubnet('10.1.0.0/16'));
    writeFileSync(join(dir, '.git', 'kubeadm.yaml'), kubeadmWithServiceSubnet('10.2.0.0/16'));
    writeFileSync(join(dir, 'big.yaml'), `${kubeadmWithServiceSubnet('10.3.0.0/16')}${'# padding\n'.repeat(200)}`);
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `svc-${i}.yml`), 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n');
    writeFileSync(join(dir, 'notes.txt'), kubeadmWithServiceSubnet('10.4.0.0/16'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads YAML files only, skips node_modules, .git and files over the size limit', async () => {
    const index = new WorkspaceIndex({ maxFiles: 100, maxFileSize: 1000, ignoredFolders: new Set(['node_modules', '.git']) });
    index.setRoots([root]);
    const report = await index.indexFolders([root], async () => DEFAULT_SETTINGS);
    assert.deepEqual({ files: report.files, skipped: report.skipped, truncated: report.truncated }, { files: 6, skipped: 1, truncated: false });
    const model = index.model();
    assert.deepEqual(model.clusters.map((c) => c.folder), [`${root}/cluster`]);
  });

  it('spells the URIs of files on disk as the client spelled the folder, so open documents there find the config', async () => {
    // VS Code encodes "(" and ")" in a folder name, where Node's pathToFileURL leaves them (a Windows drive letter's
    // ":" differs the same way).
    const folder = join(dir, 'k8s (prod)');
    mkdirSync(join(folder, 'cluster'), { recursive: true });
    writeFileSync(join(folder, 'cluster', 'kubeadm-config.yaml'), kubeadmWithServiceSubnet('10.96.0.0/16'));
    try {
      const clientRoot = pathToFileURL(folder).href.replace('(', '%28').replace(')', '%29');
      assert.notEqual(clientRoot, pathToFileURL(folder).href);
      const index = new WorkspaceIndex();
      index.setRoots([clientRoot]);
      await index.indexFolders([clientRoot], async () => DEFAULT_SETTINGS);
      assert.deepEqual([...index.model().files.keys()], [`${clientRoot}/cluster/kubeadm-config.yaml`]);
      const found = clusterOf(index.model(), `${clientRoot}/cluster/apps/s.yaml`);
      assert.equal(found.kind, 'cluster');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('follows links to folders and files as netlens lint does, each file once', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'netlens-linked-'));
    const ws = mkdtempSync(join(tmpdir(), 'netlens-links-'));
    try {
      writeFileSync(join(outside, 'kubeadm-config.yaml'), kubeadmWithServiceSubnet('10.96.0.0/16'));
      symlinkSync(outside, join(ws, 'cluster'));
      symlinkSync(join(ws, 'missing'), join(ws, 'broken.yaml'));
      const wsRoot = pathToFileURL(ws).href;
      const index = new WorkspaceIndex();
      index.setRoots([wsRoot]);
      const linked = await index.indexFolders([wsRoot], async () => DEFAULT_SETTINGS);
      assert.deepEqual({ files: linked.files, skipped: linked.skipped }, { files: 1, skipped: 0 });
      assert.deepEqual(index.model().clusters.map((c) => c.folder), [`${wsRoot}/cluster`]);
      // A second way to the same file: it is read once.
      symlinkSync(join(outside, 'kubeadm-config.yaml'), join(ws, 'same.yaml'));
      assert.equal((await index.indexFolders([wsRoot], async () => DEFAULT_SETTINGS)).files, 1);
    } finally {
      rmSync(ws, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('stops at the file-count limit and says so', async () => {
    const logged: string[] = [];
    const index = new WorkspaceIndex({ maxFiles: 3, maxFileSize: 1 << 20, ignoredFolders: new Set() }, (m) => logged.push(m));
    const report = await index.indexFolders([root], async () => DEFAULT_SETTINGS);
    assert.equal(report.files, 3);
    assert.equal(report.truncated, true);
    assert.match(logged.join('\n'), /more than 3 YAML files in the workspace; only the first 3 are read/);
  });

  it('lets an open buffer win over disk, and goes back to disk when it is closed', async () => {
    const index = new WorkspaceIndex();
    index.setRoots([root]);
    await index.indexFolders([root], async () => DEFAULT_SETTINGS);
    const config = `${root}/cluster/kubeadm-config.yaml`;
    const service = `${root}/cluster/apps/s.yaml`;
    const range = () => {
      const found = clusterOf(index.model(), service);
      return found.kind === 'cluster' ? found.cluster.services?.map((r) => r.cidr.canonical).join() : found.kind;
    };
    assert.equal(range(), '10.96.0.0/16');
    assert.equal(index.setOpen(config, workspaceFacts({ uri: config, text: kubeadmWithServiceSubnet('10.100.0.0/16') })), true);
    assert.equal(range(), '10.100.0.0/16');
    // A disk change under an open buffer changes nothing that counts.
    writeFileSync(join(dir, 'cluster', 'kubeadm-config.yaml'), kubeadmWithServiceSubnet('10.200.0.0/16'));
    assert.equal(await index.updateFromDisk(config, DEFAULT_SETTINGS), false);
    assert.equal(range(), '10.100.0.0/16');
    assert.equal(index.closeOpen(config), true);
    assert.equal(range(), '10.200.0.0/16');
    // The same facts again are no change; a deleted file is.
    assert.equal(await index.updateFromDisk(config, DEFAULT_SETTINGS), false);
    assert.equal(index.removeFromDisk(config), true);
    // Without it, the config at the root (big.yaml, read with the default limits) is the nearest.
    assert.equal(range(), '10.3.0.0/16');
  });
});
