// The language server's index of the workspace: the facts of every YAML file under the workspace folders (read
// in the background, with limits), kept up to date from file-watcher events, with open editor buffers winning
// over what is on disk. It hands analysis.ts a WorkspaceModel, rebuilt only when some file's facts changed.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type Connection, type InitializeParams, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { addressPlan, buildWorkspace, dependencyKey, sameFacts, workspaceFacts, type FileFacts, type WorkspaceModel } from '../analysis';
import type { Settings, SourceFile } from '../types';
import { readDotEnvBesideFile } from '../node/dotenv';
import { isYamlFileName, SKIPPED_FOLDERS } from '../node/workspace-files';
import { ADDRESS_PLAN_REQUEST, type AddressPlanParams, type AddressPlanResult } from './protocol';

export interface IndexLimits {
  /** At most this many files are read; the rest of a large workspace is left out (and the log says so). */
  readonly maxFiles: number;
  /** Larger files are not read (generated manifests, data). */
  readonly maxFileSize: number;
  /** Folder names never walked into. */
  readonly ignoredFolders: ReadonlySet<string>;
}

export const DEFAULT_LIMITS: IndexLimits = Object.freeze({
  maxFiles: 5000,
  maxFileSize: 1024 * 1024,
  ignoredFolders: SKIPPED_FOLDERS,
});


export interface IndexReport {
  readonly files: number;
  /** Files over the size limit, and files beyond the count limit. */
  readonly skipped: number;
  readonly truncated: boolean;
  readonly milliseconds: number;
}

export interface Progress {
  report(percentage: number, message: string): void;
}

export class WorkspaceIndex {
  private readonly disk = new Map<string, FileFacts>();
  private readonly open = new Map<string, FileFacts>();
  private roots: string[] = [];
  private cached: WorkspaceModel | undefined;

  constructor(private readonly limits: IndexLimits = DEFAULT_LIMITS, private readonly log: (message: string) => void = () => undefined) {}

  /** The workspace folders (URIs); paths in messages are shown relative to them. */
  setRoots(roots: readonly string[]): void {
    this.roots = roots.map((r) => r.replace(/\/+$/, ''));
    this.cached = undefined;
  }

  /** The model of everything indexed, open buffers over disk. */
  model(): WorkspaceModel {
    if (!this.cached) {
      const merged = new Map(this.disk);
      for (const [uri, facts] of this.open) merged.set(uri, facts);
      this.cached = buildWorkspace(merged.values(), { roots: this.roots });
    }
    return this.cached;
  }


  /**
   * Reads every YAML file under the folders, yielding to the event loop between batches so that requests are
   * answered meanwhile; `cancelled` stops it early (and changes nothing). Replaces everything known from disk.
   */
  async indexFolders(folders: readonly string[], settingsFor: (uri: string) => Promise<Settings>, progress?: Progress, cancelled: () => boolean = () => false): Promise<IndexReport> {
    const started = performance.now();
    const paths: string[] = [];
    const found: { file: string; uri: string; folder: string }[] = [];
    let truncated = false;
    for (const folder of folders) {
      if (!folder.startsWith('file:')) continue;
      const root = fileURLToPath(folder);
      truncated = (await this.walk(root, paths, cancelled)) || truncated;
      for (const file of paths.splice(0)) found.push({ file, uri: uriUnder(folder, root, file), folder });
      if (truncated) break;
    }
    if (truncated) this.log(`indexing: more than ${this.limits.maxFiles} YAML files in the workspace; only the first ${this.limits.maxFiles} are read`);
    const fresh = new Map<string, FileFacts>();
    let skipped = truncated ? 1 : 0;
    const settingsByFolder = new Map<string, Settings>();
    const dotEnvs = new Map<string, string | undefined>();
    for (let i = 0; i < found.length; i++) {
      if (cancelled()) break;
      const { file, uri, folder } = found[i]!;
      let settings = settingsByFolder.get(folder);
      if (!settings) settingsByFolder.set(folder, (settings = await settingsFor(folder)));
      const facts = await this.read(file, uri, settings, dotEnvs);
      if (facts) fresh.set(uri, facts);
      else skipped++;
      if (i % 50 === 49) {
        progress?.report(Math.round(((i + 1) / found.length) * 100), `${i + 1} of ${found.length} files`);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    if (cancelled()) return { files: 0, skipped, truncated, milliseconds: performance.now() - started };
    // The folders given are all the workspace has: what was read before (a folder since removed) goes.
    this.disk.clear();
    for (const [uri, facts] of fresh) this.disk.set(uri, facts);
    this.cached = undefined;
    return { files: fresh.size, skipped, truncated, milliseconds: performance.now() - started };
  }

  /** Reads one file again after a watcher event; returns whether its facts changed. */
  async updateFromDisk(uri: string, settings: Settings): Promise<boolean> {
    if (!uri.startsWith('file:') || !isYamlFileName(uri)) return false;
    const facts = await this.read(fileURLToPath(uri), uri, settings);
    if (!facts) return this.removeFromDisk(uri);
    return this.set(this.disk, uri, facts);
  }

  removeFromDisk(uri: string): boolean {
    return this.mutate(uri, () => this.disk.delete(uri));
  }

  /** An open buffer's facts, which win over the disk's; returns whether the model changed. */
  setOpen(uri: string, facts: FileFacts): boolean {
    return this.mutate(uri, () => this.open.set(uri, facts));
  }

  /** A closed buffer: what is on disk counts again. Returns whether the model changed. */
  closeOpen(uri: string): boolean {
    return this.mutate(uri, () => this.open.delete(uri));
  }


  private set(map: Map<string, FileFacts>, uri: string, facts: FileFacts): boolean {
    return this.mutate(uri, () => map.set(uri, facts));
  }

  /** Applies a change and says whether the facts that count for `uri` (open over disk) are different now. */
  private mutate(uri: string, change: () => unknown): boolean {
    const before = this.open.get(uri) ?? this.disk.get(uri);
    change();
    const after = this.open.get(uri) ?? this.disk.get(uri);
    if (sameFacts(before, after)) return false;
    this.cached = undefined;
    return true;
  }

  /** A file's facts; `dotEnvs` keeps the `.env` of each folder for the rest of a walk. */
  private async read(file: string, uri: string, settings: Settings, dotEnvs = new Map<string, string | undefined>()): Promise<FileFacts | undefined> {
    try {
      const stat = await fs.promises.stat(file);
      if (!stat.isFile() || stat.size > this.limits.maxFileSize) return undefined;
      const text = (await fs.promises.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
      const dotEnv = readDotEnvBesideFile(file, dotEnvs);
      // Not through the editor's parse cache: indexing must not push open documents out of it.
      return workspaceFacts({ uri, text, ...(dotEnv !== undefined ? { dotEnv } : {}) }, settings, false);
    } catch {
      return undefined;
    }
  }

  /**
   * Collects YAML files depth-first, in name order; returns true when the count limit cut it short. Links are followed
   * as `netlens lint` follows them: each folder is read once and each file taken once (by real path), and a broken
   * link is passed by.
   */
  private async walk(root: string, out: string[], cancelled: () => boolean): Promise<boolean> {
    const stack = [root];
    const seen = new Set<string>();
    const seenFiles = new Set<string>();
    while (stack.length > 0) {
      if (cancelled()) return false;
      const dir = stack.pop()!;
      let real: string;
      try {
        real = await fs.promises.realpath(dir);
      } catch {
        continue;
      }
      if (seen.has(real)) continue;
      seen.add(real);
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        let isDirectory = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          const target = await fs.promises.stat(full).catch(() => undefined);
          if (!target) continue;
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        }
        if (isDirectory) {
          if (!this.limits.ignoredFolders.has(entry.name)) stack.push(full);
        } else if (isFile && isYamlFileName(entry.name)) {
          const realFile = await fs.promises.realpath(full).catch(() => full);
          if (seenFiles.has(realFile)) continue;
          seenFiles.add(realFile);
          if (out.length >= this.limits.maxFiles) return true;
          out.push(full);
        }
      }
    }
    return false;
  }
}

/**
 * The URI of a file found under a workspace folder, spelled from the folder's URI as the client wrote it. The model
 * compares URIs as strings, and clients encode what Node's `pathToFileURL` leaves alone (`(`, `@`, a Windows drive
 * letter's `:`): URIs made from disk paths would not match the open documents' and their folders.
 */
function uriUnder(folderUri: string, folderPath: string, file: string): string {
  const segments = path.relative(folderPath, file).split(path.sep).map(encodePathSegment);
  return `${folderUri.replace(/\/+$/, '')}/${segments.join('/')}`;
}

/** A path segment as VS Code's URI writes it: everything but unreserved characters percent-encoded. */
function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface WorkspaceHooks {
  settingsFor(uri: string): Promise<Settings>;
  /** Check an open document again (its cluster or Compose project changed). */
  recheck(uri: string): void;
  log(message: string): void;
}

export interface AttachedWorkspace {
  /** Call from onInitialize with its params. */
  initialize(params: InitializeParams): void;
  /** The model to check `source` with, after putting its buffer in the index. */
  update(source: SourceFile, settings: Settings): WorkspaceModel;
  /** After a check: what the document's findings depended on. */
  checked(uri: string, model: WorkspaceModel): void;
  closed(uri: string): void;
  model(): WorkspaceModel;
}

/**
 * Wires the index to the connection: background indexing of the workspace folders with progress after
 * `initialized`, file-watcher events, folder changes, and the address-plan request. Open documents whose cluster
 * or Compose project changed are handed to `hooks.recheck`.
 */
export function attachWorkspace(connection: Connection, documents: TextDocuments<TextDocument>, hooks: WorkspaceHooks, limits: IndexLimits = DEFAULT_LIMITS): AttachedWorkspace {
  const index = new WorkspaceIndex(limits, hooks.log);
  const keys = new Map<string, string>();
  let folders: string[] = [];
  let generation = 0;
  let watchWanted = false;
  const watchFiles = (): void => {
    if (!watchWanted || folders.length === 0) return;
    watchWanted = false;
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] })
      .catch((error) => hooks.log(`could not watch the workspace files: ${String(error)}`));
  };
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  /** The settings files on disk are read with: their workspace folder's, as indexing reads them (one request per folder, not per file). */
  const diskSettings = (uri: string): Promise<Settings> => hooks.settingsFor(folders.find((f) => uri.startsWith(`${f}/`)) ?? uri);

  const recheckDependents = (except?: string) => {
    const model = index.model();
    for (const doc of documents.all()) {
      if (doc.uri === except || !keys.has(doc.uri)) continue;
      if (keys.get(doc.uri) !== dependencyKey(model, doc.uri)) hooks.recheck(doc.uri);
    }
  };

  const indexAll = async (): Promise<void> => {
    const mine = ++generation;
    if (folders.length === 0) return;
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('NetLens: indexing cluster configs', 0, `${folders.length} folder${folders.length === 1 ? '' : 's'}`, false);
    try {
      const report = await index.indexFolders(folders, (uri) => hooks.settingsFor(uri), progress ? { report: (p, m) => progress.report(p, m) } : undefined, () => mine !== generation);
      if (mine !== generation) return;
      hooks.log(`indexed ${report.files} YAML files in ${Math.round(report.milliseconds)} ms${report.skipped > 0 ? ` (${report.skipped} skipped: too large, unreadable or over the limit)` : ''}`);
      recheckDependents();
    } finally {
      progress?.done();
    }
  };

  connection.onInitialized(() => {
    // Editors other than VS Code (Neovim, Helix, ...) watch files only when asked: ask for the YAML files, so that
    // a cluster config changed on disk (a checkout, another editor) reaches the model. The VS Code client watches
    // them itself and says so in its initialization options.
    watchFiles();
    indexAll().catch((error) => hooks.log(`indexing failed: ${String(error)}`)).finally(() => markReady());
    try {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri.replace(/\/+$/, '')));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri.replace(/\/+$/, ''))];
        index.setRoots(folders);
        watchFiles();
        indexAll().catch((error) => hooks.log(`indexing failed: ${String(error)}`));
      });
    } catch {
      // A client without workspace folder support: the folders of initialize are all there is.
    }
  });

  // Watcher events are applied one batch after another; the plan request waits for the ones already received.
  let updating = Promise.resolve();
  connection.onDidChangeWatchedFiles((params) => {
    updating = updating.then(async () => {
      let changed = false;
      for (const event of params.changes) {
        if (!isYamlFileName(event.uri)) continue;
        if (event.type === FileChangeType.Deleted) changed = index.removeFromDisk(event.uri) || changed;
        else changed = (await index.updateFromDisk(event.uri, await diskSettings(event.uri))) || changed;
      }
      if (changed) recheckDependents();
    }).catch((error) => hooks.log(`file change failed: ${String(error)}`));
  });

  connection.onRequest(ADDRESS_PLAN_REQUEST, async (params: AddressPlanParams | undefined): Promise<AddressPlanResult> => {
    await ready;
    await updating;
    const format = params?.format === 'svg' ? 'svg' : 'html';
    const settings = await hooks.settingsFor(folders[0] ?? '');
    return { format, content: addressPlan(index.model(), format, settings) };
  });

  return {
    initialize(params) {
      const options = (params.initializationOptions ?? {}) as { watchesFiles?: unknown };
      watchWanted = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true && options.watchesFiles !== true;
      const fromFolders = params.workspaceFolders?.map((f) => f.uri) ?? [];
      folders = (fromFolders.length > 0 ? fromFolders : params.rootUri ? [params.rootUri] : []).map((f) => f.replace(/\/+$/, ''));
      index.setRoots(folders);
      if (folders.length === 0) markReady();
    },
    update(source, settings) {
      const facts = workspaceFacts(source, settings);
      if (index.setOpen(source.uri, facts)) setImmediate(() => recheckDependents(source.uri));
      return index.model();
    },
    checked(uri, model) {
      keys.set(uri, dependencyKey(model, uri));
    },
    closed(uri) {
      keys.delete(uri);
      const changed = index.closeOpen(uri);
      // The buffer may have differed from the file: read the file again.
      void diskSettings(uri).then((settings) => index.updateFromDisk(uri, settings)).then((again) => {
        if (changed || again) recheckDependents();
      }).catch(() => undefined);
    },
    model: () => index.model(),
  };
}
