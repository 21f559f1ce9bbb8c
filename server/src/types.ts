// Plain data that crosses the analysis boundary: findings, fixes, hovers and settings, all in offsets.

import type { Span } from './text/span';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOverride = Severity | 'off';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** A fix is a set of text edits on the source; `safe` fixes keep what the real tool does and are applied by `--fix`. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly safe: boolean;
}

/** Another place, possibly in another file, that explains a finding. */
export interface RelatedLocation {
  readonly uri: string;
  readonly span: Span;
  readonly message: string;
}

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly fixes: readonly Fix[];
  readonly related: readonly RelatedLocation[];
  /** Findings that mark something deprecated or unused; clients render them specially. */
  readonly tags?: readonly ('deprecated' | 'unnecessary')[];
}

export interface KubernetesVersion {
  readonly major: number;
  readonly minor: number;
}

export interface Settings {
  readonly enable: boolean;
  readonly kubernetesVersion: KubernetesVersion;
  /** Per-rule severity overrides by rule code. */
  readonly rules: Readonly<Record<string, SeverityOverride>>;
  /** Extra variables for Compose interpolation; the process environment is never read implicitly. */
  readonly composeEnv: Readonly<Record<string, string>>;
  /**
   * True when `.env` plus `composeEnv` are the whole environment (a CI run that passes its environment), so a
   * variable in neither is unset, as docker compose would see it; by default it is unknown and left alone.
   */
  readonly composeEnvComplete?: boolean;
  /** kube-apiserver `--service-node-port-range`; absent means the default, DEFAULT_NODE_PORT_RANGE. */
  readonly nodePortRange?: PortRange;
  /** Show capacities (nodes × addresses per node, allocatable ClusterIPs, pool sizes) as inlay hints in editors. */
  readonly inlayHints: boolean;
  /**
   * Above this many characters a file gets YAML syntax errors only, with an information diagnostic that says so
   * (`netlens.maxFileSize`; the editor's default is LARGE_FILE_DEFAULT). Absent: no limit, as in the CLI.
   */
  readonly maxFileSize?: number;
  /** The cluster network for files that no cluster config in the workspace covers (`netlens.cluster.*`). */
  readonly cluster?: ClusterSettings;
}

/** `netlens.cluster.*`: the service and pod ranges (and node masks) of the cluster manifests are applied to. */
export interface ClusterSettings {
  /** kube-apiserver `--service-cluster-ip-range` as a list, primary first. */
  readonly serviceCIDRs?: readonly string[];
  /** kube-controller-manager `--cluster-cidr` as a list. */
  readonly podCIDRs?: readonly string[];
  readonly nodeMaskIPv4?: number;
  readonly nodeMaskIPv6?: number;
  /** Where they were given: the editor's `netlens.cluster.*` settings (the default) or the CLI's options. */
  readonly from?: 'command line';
}

/** An inclusive range of ports, such as `30000-32767`. */
export interface PortRange {
  readonly start: number;
  readonly end: number;
}

/** kube-apiserver's default `--service-node-port-range`. */
export const DEFAULT_NODE_PORT_RANGE: PortRange = Object.freeze({ start: 30000, end: 32767 });

/** The editor's default `netlens.maxFileSize`: 2 MiB. */
export const LARGE_FILE_DEFAULT = 2 * 1024 * 1024;

export const DEFAULT_KUBERNETES_VERSION: KubernetesVersion = { major: 1, minor: 36 };

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enable: true,
  kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
  rules: Object.freeze({}),
  composeEnv: Object.freeze({}),
  inlayHints: true,
});

/** One file given to the analysis: its URI (or path), its text and, when an editor knows it, the language id. */
export interface SourceFile {
  readonly uri: string;
  readonly text: string;
  readonly languageId?: string;
  /** Text of the `.env` file beside a Compose file, when there is one. */
  readonly dotEnv?: string;
}

export interface HoverResult {
  readonly span: Span;
  /** Markdown, plain enough to read in a terminal too. */
  readonly markdown: string;
}
