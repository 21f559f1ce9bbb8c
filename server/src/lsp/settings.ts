// Validates the `netlens` settings section once into a frozen Settings value; unknown or bad values fall back to defaults.

import { DEFAULT_SETTINGS, type Settings, type SeverityOverride } from '../types';

const SEVERITIES = new Set(['off', 'error', 'warning', 'information', 'hint']);

export function toSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const enable = typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable;
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
  return Object.freeze({ enable, kubernetesVersion, rules: Object.freeze(rules), composeEnv: Object.freeze(composeEnv) });
}
