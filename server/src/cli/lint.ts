// `netlens lint`: reads the files, analyses them as one workspace, applies fixes when asked, and returns plain results.
//
// A leading UTF-8 BOM is stripped before analysis. Editors do the same: VS Code and Neovim drop the BOM when they
// load a file and remember it as part of the encoding, so the text a language server sees starts after it. With
// the BOM stripped, the CLI's lines and columns are the ones the editor shows. (A client that did send the BOM
// would see it as one more UTF-16 code unit at the start of line 0: LineIndex treats it as an ordinary character.)
// `--fix` puts the BOM back when it writes the file, so the bytes outside the edits stay exactly as they were.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeFiles, type ModelOptions } from '../analysis';
import type { Finding, Settings, SourceFile } from '../types';
import { LineIndex } from '../text/line-index';
import { fixWorkspace } from './apply-fixes';
import { CliError } from './cli-error';
import { reason, type FoundFile } from './walk';
import { readDotEnvBesideFile } from '../node/dotenv';

export interface LintedFile {
  /** The path as the output shows it (see walk.ts). */
  readonly path: string;
  /** The URI the core saw; related locations of findings refer to files by it. */
  readonly uri: string;
  /** The text that was analysed: without a BOM, and after fixes when `--fix` ran. */
  readonly text: string;
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
}

export interface LintResult {
  readonly files: readonly LintedFile[];
  /** Fixes applied and files written by `--fix`. */
  readonly fixed: { readonly fixes: number; readonly files: number };
  /** Things the user should know that are not findings, printed on stderr. */
  readonly notices: readonly string[];
}

export interface LoadedFile {
  readonly found: FoundFile;
  readonly source: SourceFile;
  readonly bom: boolean;
  /** False when the bytes were not valid UTF-8: writing the decoded text back would change them. */
  readonly exact: boolean;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function lintFiles(found: readonly FoundFile[], settings: Settings, fix: boolean): LintResult {
  const loaded = loadFiles(found);
  const notices: string[] = [];
  let sources = loaded.map((l) => l.source);
  const options = modelOptions(found);
  let findings: Map<string, Finding[]>;
  let fixed = { fixes: 0, files: 0 };
  if (fix) {
    const exact = new Set(loaded.filter((l) => l.exact).map((l) => l.source.uri));
    for (const l of loaded) if (!l.exact) notices.push(`'${l.found.display}' is not valid UTF-8, so --fix leaves it unchanged`);
    const outcome = fixWorkspace(sources, settings, (uri) => exact.has(uri), options);
    findings = outcome.findings;
    let files = 0;
    outcome.sources.forEach((source, i) => {
      const before = loaded[i]!;
      if (source.text === before.source.text) return;
      write(before, source.text);
      files++;
    });
    sources = [...outcome.sources];
    fixed = { fixes: outcome.applied, files };
  } else {
    findings = analyzeFiles(sources, settings, options);
  }
  const files = sources.map((source, i) => ({
    path: loaded[i]!.found.display,
    uri: source.uri,
    text: source.text,
    lines: new LineIndex(source.text),
    findings: findings.get(source.uri) ?? [],
  }));
  return { files, fixed, notices };
}

/** Cross-file messages name the other file as the output does: relative to the folder the paths were given from. */
export function modelOptions(found: readonly FoundFile[]): ModelOptions {
  const roots = new Set<string>();
  for (const f of found) {
    const absolute = f.absolute.split(path.sep).join('/');
    if (!f.display.startsWith('/') && !f.display.split('/').includes('..') && absolute.endsWith(`/${f.display}`)) {
      roots.add(pathToFileURL(absolute.slice(0, absolute.length - f.display.length - 1) || '/').href);
    }
  }
  return roots.size > 0 ? { roots: [...roots] } : {};
}

/** Reads the files as UTF-8, strips a BOM and attaches the `.env` beside each; a file that cannot be read is a CliError. */
export function loadFiles(found: readonly FoundFile[]): LoadedFile[] {
  const dotEnvs = new Map<string, string | undefined>();
  return found.map((f) => load(f, dotEnvs));
}

function load(found: FoundFile, dotEnvs: Map<string, string | undefined>): LoadedFile {
  const { text: raw, exact } = readUtf8(found.absolute, found.display);
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  // `dotEnv` means something only to Compose documents, which the core recognises (by file name, or by a top-level
  // `services:`); every file gets the `.env` beside it so the CLI never has to guess what is Compose.
  const dotEnv = readDotEnvBesideFile(found.absolute, dotEnvs);
  const source: SourceFile = { uri: pathToFileURL(found.absolute).href, text, ...(dotEnv !== undefined ? { dotEnv } : {}) };
  return { found, source, bom, exact };
}

function readUtf8(absolute: string, display: string): { text: string; exact: boolean } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(absolute);
  } catch (error) {
    throw new CliError(`cannot read '${display}': ${reason(error)}`);
  }
  try {
    return { text: UTF8.decode(bytes), exact: true };
  } catch {
    return { text: bytes.toString('utf8'), exact: false };
  }
}

function write(file: LoadedFile, text: string): void {
  try {
    fs.writeFileSync(file.found.absolute, (file.bom ? '\uFEFF' : '') + text, 'utf8');
  } catch (error) {
    throw new CliError(`cannot write the fixes to '${file.found.display}': ${reason(error)}`);
  }
}

export interface Tally {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly information: number;
  readonly hints: number;
}

export function tally(files: readonly LintedFile[]): Tally {
  const count = (severity: Finding['severity']): number =>
    files.reduce((n, f) => n + f.findings.filter((d) => d.severity === severity).length, 0);
  return { files: files.length, errors: count('error'), warnings: count('warning'), information: count('information'), hints: count('hint') };
}
