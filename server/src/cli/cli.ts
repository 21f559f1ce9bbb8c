// The CLI as a function of arguments, working folder and two output streams, returning the exit status.
// main.ts binds it to the process; tests call it in-process.

import { version } from '../../../package.json';
import { DEFAULT_SETTINGS, type Settings } from '../types';
import { RULES } from '../rules/registry';
import { parseArgs, USAGE, type LintCommand } from './args';
import { plan } from './plan';
import { CliError } from './cli-error';
import { collectFiles } from './walk';
import { lintFiles, tally } from './lint';
import { fixSummary, formatCapacities, formatText } from './formatters/text';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { localeFromEnv, useLocale, type Env } from './locale';
import { configureLocalization, localize } from '../l10n/localize';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_FAILED = 2;

export interface CliIo {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The environment whose LC_ALL / LC_MESSAGES / LANG choose the language; none means English. */
  readonly env?: Env;
}

export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const command = parseArgs(argv);
    const explicit = command.kind === 'lint' ? command.locale : undefined;
    const notice = useLocale(explicit ?? localeFromEnv(io.env), explicit !== undefined);
    if (notice) io.stderr(`netlens: ${notice}\n`);
    switch (command.kind) {
      case 'help':
        io.stdout(USAGE);
        return EXIT_OK;
      case 'version':
        io.stdout(`netlens ${version}\n`);
        return EXIT_OK;
      case 'rules':
        io.stdout(formatRules());
        return EXIT_OK;
      case 'lint':
        return lint(command, io);
      case 'plan':
        return plan(command, io);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`netlens: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
    } else {
      // A bug of ours, not a finding: say so plainly, with the stack for the report.
      io.stderr(`netlens: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return EXIT_FAILED;
  } finally {
    configureLocalization(undefined);
  }
}

function lint(command: LintCommand, io: CliIo): number {
  const settings: Settings = Object.freeze({
    ...DEFAULT_SETTINGS,
    kubernetesVersion: command.kubernetesVersion,
    rules: Object.freeze({ ...command.rules }),
    ...(command.cluster ? { cluster: command.cluster } : {}),
  });
  const files = collectFiles(command.paths, io.cwd);
  const result = lintFiles(files, settings, command.fix);
  for (const notice of result.notices) io.stderr(`netlens: ${notice}\n`);
  switch (command.format) {
    case 'text':
      io.stdout(formatText(result));
      if (command.capacities) io.stdout(formatCapacities(result));
      break;
    case 'json':
      io.stdout(formatJson(result));
      break;
    case 'sarif':
      io.stdout(formatSarif(result, { cwd: io.cwd, version }));
      break;
  }
  // The machine formats keep stdout to one document, so what --fix did goes to stderr there.
  if (command.format !== 'text' && result.fixed.fixes > 0) {
    io.stderr(`netlens: ${fixSummary(result)}\n`);
  }
  return tally(result.files).errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

function formatRules(): string {
  const width = (pick: (r: (typeof RULES)[number]) => string): number => Math.max(...RULES.map((r) => pick(r).length));
  const code = width((r) => r.code);
  const name = width((r) => r.name);
  const severity = width((r) => r.severity);
  return RULES.map((r) => `${r.code.padEnd(code)}  ${r.name.padEnd(name)}  ${r.severity.padEnd(severity)}  ${localize(r.description)}`).join('\n') + '\n';
}
