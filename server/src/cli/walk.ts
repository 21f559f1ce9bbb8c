// Turns the paths on the command line into the list of files to lint, in a deterministic order.
//
// A folder is walked for *.yaml and *.yml (any case), skipping `node_modules` and `.git` as DESIGN.md §5 says and
// nothing else, so dot-folders such as `.github` are linted. A file named explicitly is linted whatever its
// extension. Symbolic links are followed; a folder reached twice (a link loop, or two links to one folder) is
// walked once, a file reached twice is linted once, and a link that points nowhere is skipped.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from './cli-error';
import { isYamlFileName, SKIPPED_FOLDERS } from '../node/workspace-files';

export interface FoundFile {
  /** What the output shows: the path as given, joined with the path inside a walked folder, '/'-separated. */
  readonly display: string;
  /** The absolute path the file is read from and written back to. */
  readonly absolute: string;
}


/** Files under `paths` (resolved against `cwd`), in argument order, each folder's entries sorted by name. */
export function collectFiles(paths: readonly string[], cwd: string): FoundFile[] {
  const walk = new Walk();
  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolute = path.resolve(cwd, given);
    const stat = statOrFail(absolute, given);
    const display = toDisplay(given === '' ? '.' : path.normalize(given));
    // `examples/` shows its files as `examples/a.yaml`, and `./` as `a.yaml`.
    if (stat.isDirectory()) walk.folder(absolute, display.length > 1 ? display.replace(/\/+$/, '') : display);
    else if (stat.isFile()) walk.file(absolute, display);
    else throw new CliError(`'${given}' is neither a file nor a folder`);
  }
  return walk.found;
}

class Walk {
  readonly found: FoundFile[] = [];
  private readonly seenFiles = new Set<string>();
  private readonly seenFolders = new Set<string>();

  file(absolute: string, display: string): void {
    const real = realPath(absolute, display);
    if (this.seenFiles.has(real)) return;
    this.seenFiles.add(real);
    this.found.push({ display, absolute });
  }

  folder(absolute: string, display: string): void {
    const real = realPath(absolute, display);
    if (this.seenFolders.has(real)) return;
    this.seenFolders.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      throw new CliError(`cannot read folder '${display}': ${reason(error)}`);
    }
    // Code-unit order rather than localeCompare, so the order does not depend on the machine's locale.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childAbsolute = path.join(absolute, entry.name);
      const childDisplay = display === '.' ? entry.name : display === '/' ? `/${entry.name}` : `${display}/${entry.name}`;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = statOrUndefined(childAbsolute, childDisplay);
        if (!target) continue;
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDirectory) {
        if (!SKIPPED_FOLDERS.has(entry.name)) this.folder(childAbsolute, childDisplay);
      } else if (isFile && isYamlFileName(entry.name)) {
        this.file(childAbsolute, childDisplay);
      }
    }
  }
}

function statOrFail(absolute: string, given: string): fs.Stats {
  try {
    return fs.statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(`no such file or folder: '${given}'`);
    throw new CliError(`cannot read '${given}': ${reason(error)}`);
  }
}

/** A link whose target is missing (or a loop of links) is no file at all: the walk passes it by. */
function statOrUndefined(absolute: string, display: string): fs.Stats | undefined {
  try {
    return fs.statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') return undefined;
    throw new CliError(`cannot read '${display}': ${reason(error)}`);
  }
}

function realPath(absolute: string, display: string): string {
  try {
    return fs.realpathSync(absolute);
  } catch (error) {
    throw new CliError(`cannot read '${display}': ${reason(error)}`);
  }
}

/** Output paths use '/' on every platform, so JSON and SARIF read the same on Windows. */
function toDisplay(p: string): string {
  return p.split(path.sep).join('/');
}

export function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return e.message ?? String(error);
  }
}
