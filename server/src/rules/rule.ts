// The shape of a rule: metadata (code, name, default severity, upstream source) plus a check that reports findings.

import type { Fix, RelatedLocation, Settings, Severity } from '../types';
import type { Span } from '../text/span';
import type { YamlFile } from '../yaml/parse';
import type { FileWorkspace } from '../workspace/view';

export type RuleGroup = 'yaml' | 'address' | 'kubernetes' | 'kubeadm' | 'compose' | 'cluster' | 'workspace';

export interface Upstream {
  /** The tool whose behaviour the rule mirrors, e.g. `kube-apiserver` or `docker compose`. */
  readonly tool: string;
  /** Where upstream does it, e.g. `pkg/apis/core/validation/validation.go ValidateService`. */
  readonly source: string;
  readonly note?: string;
}

export interface Report {
  readonly span: Span;
  readonly message: string;
  /** Only for rules whose upstream severity depends on the target version or the field. */
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
  readonly tags?: readonly ('deprecated' | 'unnecessary')[];
}

export interface RuleContext {
  readonly file: YamlFile;
  readonly settings: Settings;
  /** What the workspace says about this file: its cluster (or the settings'), its Compose project (workspace/). */
  readonly workspace: FileWorkspace;
  report(report: Report): void;
}

export interface Rule {
  readonly code: string;
  /** kebab-case; the rule's file is named after it. */
  readonly name: string;
  readonly group: RuleGroup;
  readonly severity: Severity;
  /** One sentence: what the rule finds. */
  readonly description: string;
  readonly upstream?: Upstream;
  /** Whether the rule offers fixes at all (quick fixes; the safe ones are applied by `lint --fix`). */
  readonly fixable: boolean;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return Object.freeze(rule);
}

/** Where a rule's page lives, relative to the project root; adapters turn it into a link. */
export function docsPath(code: string): string {
  return `docs/rules/${code}.md`;
}

export function atLeast(settings: Settings, minor: number): boolean {
  const v = settings.kubernetesVersion;
  return v.major > 1 || (v.major === 1 && v.minor >= minor);
}
