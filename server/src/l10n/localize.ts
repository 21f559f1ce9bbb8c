// The one localization point of the core. Text NetLens writes itself goes through `localize(english, ...args)`;
// the adapters (lsp/, cli/) choose the language once, with `configureLocalization`. Without that, or for a
// string the bundle lacks, the English text comes back unchanged, so English output is byte-identical.
//
// The bundle is the format of VS Code's l10n bundles (`l10n/bundle.l10n.<locale>.json`, read by
// `@vscode/l10n` in the language server): the English text is the key, `{0}` … `{n}` are the arguments.
// Upstream messages (the real tool's words, what people search for) are never passed through here.

export type L10nArg = string | number | boolean;

/** `@vscode/l10n`'s `t` has this shape; so does `bundleTranslator(bundle)`. */
export type Translate = (message: string, args: readonly L10nArg[]) => string;

/** A bundle value is the translation, or `{ message, comment }` as `@vscode/l10n-dev` writes it. */
export type L10nBundle = Readonly<Record<string, string | { readonly message: string; readonly comment?: readonly string[] }>>;

export interface Localization {
  /** A BCP 47 tag as VS Code writes it (`ja`, `zh-cn`); `en` is the source language. */
  readonly locale: string;
  readonly translate: Translate;
}

/**
 * Fills `{0}` … `{n}` exactly as `@vscode/l10n` does: an argument that is missing leaves its placeholder, and so
 * does any other `{...}`. (A scan, not a regular expression: hovers format a handful of these per answer.)
 */
export function format(template: string, args: readonly L10nArg[]): string {
  if (args.length === 0) return template;
  let out = '';
  let copied = 0;
  let open = template.indexOf('{');
  while (open !== -1) {
    const close = template.indexOf('}', open + 1);
    if (close === -1) break;
    // `{}` is no placeholder; the next `{` may start one.
    if (close === open + 1) {
      open = template.indexOf('{', open + 1);
      continue;
    }
    const key = template.slice(open + 1, close);
    const value = isIndex(key) ? args[Number(key)] : undefined;
    if (value !== undefined) {
      out += template.slice(copied, open) + String(value);
      copied = close + 1;
    }
    open = template.indexOf('{', close + 1);
  }
  return copied === 0 ? template : out + template.slice(copied);
}

function isIndex(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const ENGLISH: Localization = Object.freeze({ locale: 'en', translate: format });

let current: Localization = ENGLISH;

/** Chooses the language for everything the core says from now on; `undefined` goes back to English. */
export function configureLocalization(localization: Localization | undefined): void {
  current = localization ?? ENGLISH;
}

/** The locale in force, `en` unless an adapter configured another one. */
export function currentLocale(): string {
  return current.locale;
}

/** The localization in force (one object per configured language), for caches of localized text. */
export function localizationInForce(): Localization {
  return current;
}

/** True when a language other than the source language is in force. */
export function isLocalized(): boolean {
  return current !== ENGLISH;
}

/** `english` in the language in force, with `{0}` … `{n}` filled from `args`. */
export function localize(english: string, ...args: L10nArg[]): string {
  return current.translate(english, args);
}

/**
 * The translation of `english`, or undefined when the language in force has none (English included): for
 * text that is shown in addition to the original, such as a rule's explanation beside an upstream message.
 */
export function translationOf(english: string, ...args: L10nArg[]): string | undefined {
  if (!isLocalized()) return undefined;
  const translated = current.translate(english, args);
  return translated === format(english, args) ? undefined : translated;
}

/** A `Translate` over a parsed bundle, with `@vscode/l10n`'s look-up rules (an empty entry falls back to English). */
export function bundleTranslator(bundle: L10nBundle): Translate {
  return (message, args) => {
    const entry = Object.prototype.hasOwnProperty.call(bundle, message) ? bundle[message] : undefined;
    const text = typeof entry === 'string' ? entry : entry?.message;
    return format(text ? text : message, args);
  };
}

/**
 * The bundle locale to use for a requested one: `ja-JP` and `ja_JP.UTF-8` give `ja` when only `ja` is
 * available; `en`, `C` and `POSIX` give undefined (the source language).
 */
export function resolveLocale(requested: string | undefined, available: readonly string[]): string | undefined {
  if (!requested) return undefined;
  const tag = requested.split('.')[0]!.split('@')[0]!.replace(/_/g, '-').toLowerCase();
  if (tag === '' || tag === 'c' || tag === 'posix' || tag === 'en' || tag.startsWith('en-')) return undefined;
  const known = available.map((a) => a.toLowerCase());
  if (known.includes(tag)) return tag;
  const language = tag.split('-')[0]!;
  return known.includes(language) ? language : undefined;
}

/** The file name of a locale's bundle in `l10n/`. */
export function bundleFileName(locale: string): string {
  return `bundle.l10n.${locale}.json`;
}

/** The locales NetLens ships bundles for (besides English, the source language). */
export const BUNDLED_LOCALES: readonly string[] = Object.freeze(['ja']);

/**
 * A finding's message in the language in force: the translated rule description as the explanation, then the
 * message as written (upstream wording verbatim, which is what people search for). English: the message alone.
 */
export function explained(description: string, message: string): string {
  const explanation = translationOf(description);
  return explanation ? `${explanation}\n${message}` : message;
}
