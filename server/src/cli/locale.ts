// The CLI's language: `--locale ja`, else the POSIX environment (LC_ALL, LC_MESSAGES, LANG), else English.
// The bundle is the one the language server uses, l10n/bundle.l10n.<locale>.json beside dist/ (read here
// without the editor's @vscode/l10n, through the core's reader of the same format).

import * as fs from 'node:fs';
import { BUNDLED_LOCALES, bundleFileName, bundleTranslator, configureLocalization, resolveLocale, type L10nBundle } from '../l10n/localize';
import { shippedBundle } from '../node/l10n-bundle';

export type Env = Readonly<Record<string, string | undefined>>;

/** The locale the environment asks for, as POSIX reads it: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeFromEnv(env: Env | undefined): string | undefined {
  if (!env) return undefined;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return value;
  }
  return undefined;
}

/**
 * Puts the core in the requested language and returns a notice when an explicit `--locale` cannot be honoured.
 * Call `configureLocalization(undefined)` afterwards to go back to English.
 */
export function useLocale(requested: string | undefined, explicit: boolean): string | undefined {
  configureLocalization(undefined);
  const locale = resolveLocale(requested, BUNDLED_LOCALES);
  if (!locale) {
    const english = !requested || /^(en([-_].*)?|c|posix)(\..*)?$/i.test(requested);
    return explicit && !english ? `no messages in '${requested}'; available: en, ${BUNDLED_LOCALES.join(', ')}` : undefined;
  }
  const file = shippedBundle(locale);
  if (!file) return explicit ? `the ${bundleFileName(locale)} bundle is missing; messages stay in English` : undefined;
  try {
    const bundle = JSON.parse(fs.readFileSync(file, 'utf8')) as L10nBundle;
    configureLocalization({ locale, translate: bundleTranslator(bundle) });
    return undefined;
  } catch (error) {
    return `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}; messages stay in English`;
  }
}
