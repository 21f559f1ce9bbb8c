// Validates the `netlens` settings section once into a frozen Settings value; unknown or bad values fall back to defaults.

import { DEFAULT_SETTINGS, LARGE_FILE_DEFAULT, type ClusterSettings, type PortRange, type Settings, type SeverityOverride } from '../types';
import { parsePortRange } from '../net/ports';

const SEVERITIES = new Set(['off', 'error', 'warning', 'information', 'hint']);

/** What an editor gets with no settings at all: the core defaults plus the large-file policy. */
const EDITOR_DEFAULTS: Settings = Object.freeze({ ...DEFAULT_SETTINGS, maxFileSize: LARGE_FILE_DEFAULT });

export function toSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object') return EDITOR_DEFAULTS;
  const r = raw as Record<string, unknown>;
  const enable = typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable;
  const inlayHints = typeof r.inlayHints === 'boolean' ? r.inlayHints : DEFAULT_SETTINGS.inlayHints;
  let kubernetesVersion = DEFAULT_SETTINGS.kubernetesVersion;
  if (typeof r.kubernetesVersion === 'string') {
    const m = /^v?(\d+)\.(\d+)/.exec(r.kubernetesVersion.trim());
    if (m) kubernetesVersion = Object.freeze({ major: Number(m[1]), minor: Number(m[2]) });
  }
  const rules: Record<string, SeverityOverride> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [code, value] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) rules[code] = value as SeverityOverride;
    }
  }
  const composeEnv: Record<string, string> = {};
  if (r.composeEnv && typeof r.composeEnv === 'object') {
    for (const [k, v] of Object.entries(r.composeEnv as Record<string, unknown>)) if (typeof v === 'string') composeEnv[k] = v;
  }
  // `--service-node-port-range` syntax: "30000-32767" (or a single port); anything else keeps the default.
  let nodePortRange: PortRange | undefined;
  if (typeof r.nodePortRange === 'string') {
    const range = parsePortRange(r.nodePortRange.trim());
    if (range.ok && range.start > 0) nodePortRange = Object.freeze({ start: range.start, end: range.end });
  }
  const cluster = toClusterSettings(r.cluster);
  return Object.freeze({
    enable, kubernetesVersion, rules: Object.freeze(rules), composeEnv: Object.freeze(composeEnv), inlayHints,
    // The large-file policy is the editor's: a number of characters, 0 or less for no limit.
    maxFileSize: typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) ? (r.maxFileSize > 0 ? r.maxFileSize : Infinity) : LARGE_FILE_DEFAULT,
    ...(nodePortRange ? { nodePortRange } : {}),
    ...(cluster ? { cluster } : {}),
  });
}

/** `netlens.cluster.*`: lists of strings (a comma list in one string is split too) and integer masks; the CIDRs are judged in workspace/. */
function toClusterSettings(raw: unknown): ClusterSettings | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const list = (v: unknown): string[] | undefined => {
    const items = typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    const out = items.map((x) => x.trim()).filter((x) => x !== '');
    return out.length > 0 ? out : undefined;
  };
  const mask = (v: unknown, max: number): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max ? v : undefined);
  const serviceCIDRs = list(r.serviceCIDRs);
  const podCIDRs = list(r.podCIDRs);
  const nodeMaskIPv4 = mask(r.nodeMaskIPv4, 32);
  const nodeMaskIPv6 = mask(r.nodeMaskIPv6, 128);
  if (!serviceCIDRs && !podCIDRs) return undefined;
  return Object.freeze({
    ...(serviceCIDRs ? { serviceCIDRs: Object.freeze(serviceCIDRs) } : {}),
    ...(podCIDRs ? { podCIDRs: Object.freeze(podCIDRs) } : {}),
    ...(nodeMaskIPv4 !== undefined ? { nodeMaskIPv4 } : {}),
    ...(nodeMaskIPv6 !== undefined ? { nodeMaskIPv6 } : {}),
  });
}
