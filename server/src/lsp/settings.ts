// Validates the `netlens` settings section once into a frozen Settings value; unknown or bad values fall back to defaults.

import { DEFAULT_SETTINGS, type PortRange, type Settings, type SeverityOverride } from '../types';
import { parsePortRange } from '../net/ports';

const SEVERITIES = new Set(['off', 'error', 'warning', 'information', 'hint']);

export function toSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
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
  return Object.freeze({
    enable, kubernetesVersion, rules: Object.freeze(rules), composeEnv: Object.freeze(composeEnv), inlayHints,
    ...(nodePortRange ? { nodePortRange } : {}),
  });
}
