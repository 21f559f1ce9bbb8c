// Parses the command line into a Command value; every usage mistake becomes a CliError (exit 2) with a clear message.

import { DEFAULT_KUBERNETES_VERSION, type ClusterSettings, type KubernetesVersion, type SeverityOverride } from '../types';
import { parseCidr } from '../net/cidr';
import { RULES } from '../rules/registry';
import { CLI_FIELDS } from '../workspace/model';
import { CliError } from './cli-error';

export type Format = 'text' | 'json' | 'sarif';

export interface LintCommand {
  readonly kind: 'lint';
  readonly format: Format;
  readonly fix: boolean;
  /** Also list every CIDR of the known fields with its size (text format). */
  readonly capacities: boolean;
  readonly kubernetesVersion: KubernetesVersion;
  readonly rules: Readonly<Record<string, SeverityOverride>>;
  /** Files and folders as the user typed them; empty means the current folder. */
  readonly paths: readonly string[];
  /** `--locale`: the language of messages; else the environment's (LC_ALL, LC_MESSAGES, LANG). */
  readonly locale?: string;
  /** The cluster files no config covers are checked against, as the editor's `netlens.cluster.*` settings give it. */
  readonly cluster?: ClusterSettings;
}

/** `netlens plan [paths] [--out plan.svg|plan.html]`: the address plan of the paths as one workspace. */
export interface PlanCommand {
  readonly kind: 'plan';
  readonly paths: readonly string[];
  /** Where to write; undefined prints the SVG on stdout. */
  readonly out?: string;
  readonly format: 'svg' | 'html';
  /** The cluster options, as for lint: drawn as the cluster of the files no config covers. */
  readonly cluster?: ClusterSettings;
}

export type Command = LintCommand | PlanCommand | { readonly kind: 'help' } | { readonly kind: 'version' } | { readonly kind: 'rules' };

export const USAGE = `Usage: netlens lint [options] [paths...]
       netlens plan [paths...] [--out plan.svg|plan.html] [cluster options]
       netlens rules
       netlens --help | --version

Finds IP-family, CIDR, address and port mistakes in Kubernetes manifests, kubeadm and other
cluster configs, and Docker Compose files.

Commands:
  lint [paths...]             Lint files and folders (default: the current folder). Folders are
                              walked for *.yaml and *.yml, skipping node_modules and .git; a file
                              named explicitly is linted whatever its extension. All the paths
                              are one workspace, so cross-file checks see every file.
  plan [paths...]             Draw the address plan of the paths (one workspace): per cluster and
                              IP family, the pod, service and node ranges, load-balancer pools and
                              Compose subnets on the address line, with overlaps in red.
                              --out FILE writes it (.svg, or .html for a page with tables);
                              without --out the SVG goes to stdout.
  rules                       List every rule: code, name and default severity.

Options for lint:
  --format text|json|sarif    Output format (default: text).
  --fix                       Apply the safe fixes to the files in place, then report what remains.
  --capacities                After the findings, list every CIDR with its size and what it holds
                              (allocatable ClusterIPs, nodes x addresses per node); text format only.
  --kubernetes-version 1.NN   The Kubernetes version whose rules apply (default: ${DEFAULT_KUBERNETES_VERSION.major}.${DEFAULT_KUBERNETES_VERSION.minor}).
  --rule CODE=SEVERITY        Set a rule's severity: off, error, warning, information or hint.
                              Repeat it for several rules, e.g. --rule NL104=off.
  --service-cluster-ip-range CIDRS
                              The cluster's service ranges (comma list, primary first), for the
                              files that no cluster config in the paths covers; as the editor's
                              netlens.cluster.serviceCIDRs setting.
  --cluster-cidr CIDRS        The cluster's pod ranges (comma list), likewise
                              (netlens.cluster.podCIDRs).
  --node-cidr-mask-size-ipv4 N, --node-cidr-mask-size-ipv6 N
                              The node masks of those pod ranges (default: 24 and 64).
  --locale en|ja              The language of NetLens' own text (default: LC_ALL, LC_MESSAGES or
                              LANG, else English). Upstream messages stay as the tools write them.

  -h, --help                  Show this help.
  -v, --version               Show the version.

Exit status: 0 when there are no errors, 1 when any finding is an error, 2 when the command
itself fails (bad usage, a path that does not exist or cannot be read).
`;

const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const SEVERITIES: readonly SeverityOverride[] = ['off', 'error', 'warning', 'information', 'hint'];
const HELP_HINT = "Run 'netlens --help' for usage.";

function usageError(message: string): CliError {
  return new CliError(message, HELP_HINT);
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) throw usageError('missing command: expected lint or rules');
  if (command === '-h' || command === '--help' || command === 'help') return { kind: 'help' };
  if (command === '-v' || command === '--version') return { kind: 'version' };
  if (command === 'rules') {
    if (rest.some((a) => a === '-h' || a === '--help')) return { kind: 'help' };
    if (rest.length > 0) throw usageError(`unexpected argument to rules: '${rest[0]}'`);
    return { kind: 'rules' };
  }
  if (command === 'plan') return parsePlan(rest);
  if (command !== 'lint') {
    throw usageError(command.startsWith('-') ? `unknown option '${command}'` : `unknown command '${command}': expected lint, plan or rules`);
  }
  return parseLint(rest);
}

/** One option as written, for a command's own parser. */
interface ArgOption {
  readonly arg: string;
  /** The option's name: a long option written `--name=value` without its value. */
  readonly name: string;
  /** The value written after `=`, if any. */
  readonly inline: string | undefined;
  /** Takes the next argument as this option's value (undefined when there is none). */
  next(): string | undefined;
}

/**
 * Walks a command's arguments: whatever does not start with `-`, and everything after `--`, is a path; each option
 * goes to `option`, which may end the walk with a command of its own (help, version). Returns that command, or the
 * paths.
 */
function scanArgs(args: readonly string[], option: (o: ArgOption) => Command | undefined): Command | string[] {
  const paths: string[] = [];
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyPaths || !arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = name === arg ? undefined : arg.slice(eq + 1);
    const ended = option({ arg, name, inline, next: () => (i + 1 < args.length ? args[++i] : undefined) });
    if (ended) return ended;
  }
  return paths;
}

/** An option's value: after `=`, or the next argument unless that is another option. */
function valueOf({ name, inline, next }: ArgOption): string {
  if (inline !== undefined) return inline;
  const taken = next();
  if (taken === undefined || taken.startsWith('-')) throw usageError(`option '${name}' needs a value`);
  return taken;
}

function parseLint(args: readonly string[]): Command {
  let format: Format = 'text';
  let fix = false;
  let capacities = false;
  let kubernetesVersion = DEFAULT_KUBERNETES_VERSION;
  const rules: Record<string, SeverityOverride> = {};
  let locale: string | undefined;
  const cluster = new ClusterOptions();
  const scanned = scanArgs(args, (option) => {
    const { name, inline } = option;
    const value = (): string => valueOf(option);
    switch (name) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '-v':
      case '--version':
        return { kind: 'version' };
      case '--fix':
        if (inline !== undefined) throw usageError("option '--fix' takes no value");
        fix = true;
        return undefined;
      case '--capacities':
        if (inline !== undefined) throw usageError("option '--capacities' takes no value");
        capacities = true;
        return undefined;
      case '--format':
        format = parseFormat(value());
        return undefined;
      case '--kubernetes-version':
        kubernetesVersion = parseKubernetesVersion(value());
        return undefined;
      case '--locale':
        locale = value();
        return undefined;
      case '--rule': {
        const [code, severity] = parseRule(value());
        rules[code] = severity;
        return undefined;
      }
      default:
        if (cluster.take(name, value)) return undefined;
        throw usageError(`unknown option '${name}'`);
    }
  });
  if (!Array.isArray(scanned)) return scanned;
  if (capacities && format !== 'text') throw usageError("option '--capacities' goes with --format text");
  const settings = cluster.settings();
  return { kind: 'lint', format, fix, capacities, kubernetesVersion, rules, paths: scanned, ...(locale !== undefined ? { locale } : {}), ...(settings ? { cluster: settings } : {}) };
}

/** The cluster options of lint and plan: the `netlens.cluster.*` settings, named after the upstream flags. */
class ClusterOptions {
  private serviceCIDRs: string[] | undefined;
  private podCIDRs: string[] | undefined;
  private nodeMaskIPv4: number | undefined;
  private nodeMaskIPv6: number | undefined;

  /** Takes the option when it is one of the cluster's; as with the upstream flags, a repeated one keeps its last value. */
  take(name: string, value: () => string): boolean {
    switch (name) {
      case CLI_FIELDS.services:
        this.serviceCIDRs = parseCidrList(name, value());
        return true;
      case CLI_FIELDS.pods:
        this.podCIDRs = parseCidrList(name, value());
        return true;
      case CLI_FIELDS.maskIPv4:
        this.nodeMaskIPv4 = parseMask(name, value(), 32);
        return true;
      case CLI_FIELDS.maskIPv6:
        this.nodeMaskIPv6 = parseMask(name, value(), 128);
        return true;
      default:
        return false;
    }
  }

  settings(): ClusterSettings | undefined {
    const { serviceCIDRs, podCIDRs, nodeMaskIPv4, nodeMaskIPv6 } = this;
    if ((nodeMaskIPv4 !== undefined || nodeMaskIPv6 !== undefined) && !podCIDRs) throw usageError('a node mask needs the pod ranges it splits: add --cluster-cidr');
    if (!serviceCIDRs && !podCIDRs) return undefined;
    return Object.freeze({
      from: 'command line' as const,
      ...(serviceCIDRs ? { serviceCIDRs: Object.freeze(serviceCIDRs) } : {}),
      ...(podCIDRs ? { podCIDRs: Object.freeze(podCIDRs) } : {}),
      ...(nodeMaskIPv4 !== undefined ? { nodeMaskIPv4 } : {}),
      ...(nodeMaskIPv6 !== undefined ? { nodeMaskIPv6 } : {}),
    });
  }
}

/** A comma list of CIDR blocks, each as the API server would take it (`10.96.0.0/12,fd00::/108`). */
function parseCidrList(option: string, raw: string): string[] {
  const items = raw.split(',').map((t) => t.trim());
  if (items.length > 2) throw usageError(`option '${option}' takes at most two ranges (one per IP family), not ${items.length}`);
  for (const item of items) {
    const parsed = parseCidr(item);
    if (!parsed.ok) throw usageError(`invalid range '${item}' in ${option}: ${parsed.problem.message}`);
  }
  return items;
}

function parseMask(option: string, raw: string, max: number): number {
  if (!/^\d{1,3}$/.test(raw.trim()) || Number(raw) > max) throw usageError(`invalid node mask '${raw}' for ${option}: expected a whole number from 0 to ${max}`);
  return Number(raw);
}

function parseFormat(raw: string): Format {
  const format = FORMATS.find((f) => f === raw);
  if (!format) throw usageError(`unknown format '${raw}': expected ${FORMATS.join(', ')}`);
  return format;
}

function parseKubernetesVersion(raw: string): KubernetesVersion {
  const m = /^v?(1)\.(\d{1,3})$/.exec(raw.trim());
  if (!m) throw usageError(`invalid Kubernetes version '${raw}': expected 1.NN, e.g. 1.33`);
  return Object.freeze({ major: Number(m[1]), minor: Number(m[2]) });
}

function parseRule(raw: string): [string, SeverityOverride] {
  const m = /^([^=\s]+)=(\S+)$/.exec(raw.trim());
  if (!m) throw usageError(`invalid rule setting '${raw}': expected CODE=SEVERITY, e.g. NL104=off`);
  const code = m[1]!.toUpperCase();
  if (!RULES.some((r) => r.code === code)) throw usageError(`unknown rule '${m[1]}': run 'netlens rules' for the list`);
  const severity = SEVERITIES.find((s) => s === m[2]);
  if (!severity) throw usageError(`invalid severity '${m[2]}' for ${code}: expected ${SEVERITIES.join(', ')}`);
  return [code, severity];
}

function parsePlan(args: readonly string[]): Command {
  let out: string | undefined;
  const cluster = new ClusterOptions();
  const scanned = scanArgs(args, (option) => {
    const { arg, next } = option;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--out' || arg.startsWith('--out=')) {
      out = arg === '--out' ? next() : arg.slice('--out='.length);
      if (out === undefined || out === '' || (arg === '--out' && out.startsWith('-'))) throw usageError("option '--out' needs a file name");
      return undefined;
    }
    if (cluster.take(option.name, () => valueOf(option))) return undefined;
    throw usageError(`unknown option '${arg.split('=')[0]}' for plan`);
  });
  if (!Array.isArray(scanned)) return scanned;
  if (out !== undefined && !/\.(svg|html?)$/i.test(out)) throw usageError(`cannot tell the format of '${out}': name it .svg or .html`);
  const format = out !== undefined && /\.html?$/i.test(out) ? 'html' : 'svg';
  const settings = cluster.settings();
  return { kind: 'plan', paths: scanned, format, ...(out !== undefined ? { out } : {}), ...(settings ? { cluster: settings } : {}) };
}
