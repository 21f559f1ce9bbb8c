// `netlens plan`: the address plan of the given paths, as one workspace, written as SVG or HTML.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { addressPlan, buildWorkspace, workspaceFacts } from '../analysis';
import { DEFAULT_SETTINGS } from '../types';
import type { PlanCommand } from './args';
import { CliError } from './cli-error';
import { loadFiles, modelOptions } from './lint';
import { collectFiles, reason } from './walk';

export function plan(command: PlanCommand, io: { readonly cwd: string; stdout(text: string): void; stderr(text: string): void }): number {
  const found = collectFiles(command.paths, io.cwd);
  const loaded = loadFiles(found);
  // Facts only: nothing is kept of a file but what the plan needs.
  const model = buildWorkspace(loaded.map((l) => workspaceFacts(l.source, DEFAULT_SETTINGS, false)), modelOptions(found));
  const drawing = addressPlan(model, command.format, command.cluster ? Object.freeze({ ...DEFAULT_SETTINGS, cluster: command.cluster }) : undefined);
  if (command.out === undefined) {
    io.stdout(drawing);
    return 0;
  }
  const target = path.resolve(io.cwd, command.out);
  try {
    fs.writeFileSync(target, drawing, 'utf8');
  } catch (error) {
    throw new CliError(`cannot write '${command.out}': ${reason(error)}`);
  }
  io.stderr(`netlens: wrote ${command.out} (${found.length} file${found.length === 1 ? '' : 's'} read)\n`);
  return 0;
}
