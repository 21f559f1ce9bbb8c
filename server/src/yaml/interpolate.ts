// Compose interpolation (`$VAR`, `${VAR:-default}`, `$$`...) evaluated the way compose-go's template package
// does it, with one difference that keeps NetLens honest: a variable that is neither in the `.env` beside the
// file nor in the `netlens.composeEnv` setting is *unknown* (the shell may set it), not empty, so a value that
// depends on it is unresolved and left alone instead of being judged as compose would judge an empty string.
//
// Sources: compose-go template/template.go (the pattern, `getFirstBraceClosingIndex`, the substitution
// functions and their precedence), interpolation/interpolation.go (the messages and the `services.web.ports.[]`
// paths), dotenv/parser.go (the `.env` syntax), cli/options.go (the process environment wins over `.env`).

/** What a lookup knows about a variable: its value, that it is unset (a complete environment), or nothing. */
export type VariableState =
  | { readonly known: true; readonly value: string; readonly from: 'settings' | '.env' }
  | { readonly known: true; readonly unset: true }
  | { readonly known: false };

/** The variables a Compose file is interpolated with. */
export interface ComposeEnvironment {
  lookup(name: string): VariableState;
}

/**
 * Builds the environment: `netlens.composeEnv` plays the process environment, which wins over `.env` (compose-go
 * `Mapping.Merge`). With `complete`, a variable in neither is unset rather than unknown.
 */
export function composeEnvironment(dotEnv: string | undefined, settingsEnv: Readonly<Record<string, string>>, complete = false): ComposeEnvironment {
  const fromSettings = new Map(Object.entries(settingsEnv));
  const fromFile = dotEnv === undefined ? new Map<string, string>() : parseDotEnv(dotEnv, (name) => fromSettings.get(name), complete);
  return {
    lookup(name) {
      const s = fromSettings.get(name);
      if (s !== undefined) return { known: true, value: s, from: 'settings' };
      const f = fromFile.get(name);
      if (f !== undefined) return { known: true, value: f, from: '.env' };
      return complete ? { known: true, unset: true } : { known: false };
    },
  };
}

/** An interpolation error, located in the template (offsets into the raw value). */
export interface InterpolationError {
  readonly kind: 'invalid-template' | 'required';
  /** The text compose-go wraps: `required variable X is missing a value: msg`, or for a bad template the template shown. */
  readonly detail: string;
  readonly start: number;
  readonly end: number;
}

/** How a variable took part in a value. */
export interface VariableUse {
  readonly name: string;
  /**
   * `set`: taken from settings or `.env`; `default`: unknown here, so the default of `:-`/`-` was used;
   * `unset`: not set in a complete environment, so compose substitutes an empty string (with a warning).
   */
  readonly how: 'set' | 'default' | 'unset';
  readonly from?: 'settings' | '.env';
}

export type Interpolation =
  /** No `$` construct: the value is exactly the text. */
  | { readonly kind: 'literal'; readonly value: string }
  /** Every variable was known (or defaulted): `value` is what compose uses. */
  | { readonly kind: 'resolved'; readonly value: string; readonly uses: readonly VariableUse[] }
  /** The value depends on a variable NetLens cannot know; rules leave it alone. */
  | { readonly kind: 'unresolved'; readonly unknown: readonly string[]; readonly uses: readonly VariableUse[] }
  /** docker compose refuses the value. */
  | { readonly kind: 'error'; readonly error: InterpolationError };

// compose-go's DefaultPattern. Go's `.` does not match a newline and RE2's leftmost-first submatch semantics
// are the same as a backtracking engine's here, so the greedy default swallows up to the last `}` of the line.
const PATTERN = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?][^\n]*)?)\}|()))/gi;

class Unknown extends Error {}

interface TemplateFailure {
  kind: 'invalid-template' | 'required';
  detail: string;
  /** The innermost template, which compose-go names in its "invalid interpolation format" message. */
  template?: string;
  /** Where it failed, relative to the match being replaced (then to the template, once `substitute` placed it). */
  start?: number;
  end?: number;
}

class Substitution {
  readonly unknown = new Set<string>();
  readonly uses = new Map<string, VariableUse>();

  constructor(private readonly env: ComposeEnvironment) {}

  /** `mapping(name)`: a known value, or `undefined` for a variable NetLens cannot see. */
  private lookup(name: string): string | undefined {
    const state = this.env.lookup(name);
    if (!state.known) {
      this.unknown.add(name);
      return undefined;
    }
    if ('unset' in state) {
      if (!this.uses.has(name)) this.uses.set(name, { name, how: 'unset' });
      return '';
    }
    if (!this.uses.has(name)) this.uses.set(name, { name, how: 'set', from: state.from });
    return state.value;
  }

  /** A variable's value for the operators: a string, `null` when unset, `undefined` when unknown. */
  private peek(name: string): string | null | undefined {
    const state = this.env.lookup(name);
    if (!state.known) return undefined;
    return 'unset' in state ? null : state.value;
  }

  /**
   * compose-go `SubstituteWithOptions`: every match is replaced; the first error wins, but replacement goes on.
   * `onError` receives the first failing top-level match with its offsets, for the error's range.
   */
  substitute(template: string, onError?: (failure: TemplateFailure, start: number, end: number) => void): { value: string; failure?: TemplateFailure } {
    let failure: TemplateFailure | undefined;
    let unknownSeen = false;
    const value = template.replace(PATTERN, (substring: string, ...args: unknown[]) => {
      const offset = args[args.length - 2] as number;
      try {
        return this.replace(substring);
      } catch (error) {
        if (error instanceof Unknown) {
          unknownSeen = true;
          return '';
        }
        if (!isFailure(error)) throw error;
        const f = error;
        if (f.kind === 'invalid-template' && f.template === undefined) f.template = template;
        if (f.start === undefined || f.end === undefined) {
          // The failing `${...}` itself: up to its closing brace (a greedy match may run over later ones).
          const closing = firstBraceClosingIndex(substring);
          f.start = 0;
          f.end = closing >= 0 ? closing + 1 : substring.length;
        }
        f.start += offset;
        f.end += offset;
        if (!failure) {
          failure = f;
          onError?.(f, f.start, f.end);
        }
        return '';
      }
    });
    if (failure) return { value, failure };
    if (unknownSeen) throw new Unknown();
    return { value };
  }

  /**
   * A nested `Substitute` call: its failure is the caller's. For the rest after a braced match the failure keeps
   * its place, shifted by `shift`; inside a default or message the whole `${...}` is the place.
   */
  private nested(template: string, shift?: number): string {
    const { value, failure } = this.substitute(template);
    if (failure) {
      if (shift === undefined) {
        delete failure.start;
        delete failure.end;
      } else {
        failure.start = (failure.start ?? 0) + shift;
        failure.end = (failure.end ?? template.length) + shift;
      }
      throw failure;
    }
    return value;
  }

  /** compose-go `DefaultReplacementAppliedFunc` for one match; throws a TemplateFailure or Unknown. */
  private replace(whole: string): string {
    const operator = firstOperator(whole);
    const closing = firstBraceClosingIndex(whole);
    let substring = whole;
    let rest = '';
    if (closing > -1) {
      rest = whole.slice(closing + 1);
      substring = whole.slice(0, closing + 1);
    }
    const m = new RegExp(PATTERN.source, 'i').exec(substring);
    const escaped = m?.[1];
    if (escaped) return escaped;
    let name = m?.[2];
    let braced = false;
    if (!name) {
      name = m?.[3];
      braced = true;
    }
    if (!name) throw { kind: 'invalid-template', detail: 'Invalid template' } satisfies TemplateFailure;

    if (braced && operator && name.includes(operator)) {
      const value = this.applyOperator(name, operator);
      return value + this.nested(rest, closing + 1);
    }
    const value = this.lookup(name);
    if (value === undefined) throw new Unknown();
    return value;
  }

  private applyOperator(substitution: string, sep: string): string {
    const cut = substitution.indexOf(sep);
    const name = substitution.slice(0, cut);
    const arg = substitution.slice(cut + sep.length);
    const value = this.peek(name);
    switch (sep) {
      case ':-':
      case '-': {
        if (value === undefined || value === null) {
          // Unknown here: the shell may set it, but the file's own fallback is what compose uses without it.
          this.uses.set(name, { name, how: 'default' });
          return this.nested(arg);
        }
        this.lookup(name);
        if (sep === ':-' && value === '') return this.nested(arg);
        return value;
      }
      case ':+':
      case '+': {
        if (value === undefined) {
          this.unknown.add(name);
          throw new Unknown();
        }
        if (value === null) return '';
        this.lookup(name);
        if (sep === '+' || value !== '') return this.nested(arg);
        return value;
      }
      default: {
        // `:?` and `?`: an unset variable, or a known empty one for `:?`, is a certain failure; an unknown one is not.
        if (value === undefined) {
          this.unknown.add(name);
          throw new Unknown();
        }
        if (value !== null) this.lookup(name);
        if (value === null || (sep === ':?' && value === '')) {
          const reason = this.nested(arg);
          throw {
            kind: 'required',
            detail: reason !== '' ? `required variable ${name} is missing a value: ${reason}` : `required variable ${name} is missing a value`,
          } satisfies TemplateFailure;
        }
        return value;
      }
    }
  }
}

function isFailure(error: unknown): error is TemplateFailure {
  return typeof error === 'object' && error !== null && !(error instanceof Error) && 'kind' in error;
}

/** compose-go `getSubstitutionFunctionForTemplate`: the operator that appears first in the match. */
function firstOperator(template: string): string | undefined {
  let best: string | undefined;
  let bestIndex = Infinity;
  for (const sep of [':?', '?', ':-', '-', ':+', '+']) {
    const i = template.indexOf(sep);
    if (i >= 0 && i < bestIndex) {
      best = sep;
      bestIndex = i;
    }
  }
  return best;
}

/** compose-go `getFirstBraceClosingIndex`, byte for byte (a `{` also skips the character after it). */
function firstBraceClosingIndex(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '}') {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === '{') {
      open++;
      i++;
    }
  }
  return -1;
}

/** Interpolates one string value; never throws. */
export function interpolate(template: string, env: ComposeEnvironment): Interpolation {
  if (!template.includes('$')) return { kind: 'literal', value: template };
  const run = new Substitution(env);
  let located: { start: number; end: number } | undefined;
  try {
    const { value, failure } = run.substitute(template, (_f, start, end) => {
      located = { start, end };
    });
    if (failure) {
      let { start, end } = located ?? { start: 0, end: template.length };
      if (failure.kind === 'invalid-template' && end - start === 2) {
        // The pattern only matches `${`; show the whole `${...}` the writer meant, up to its `}`.
        const close = template.indexOf('}', start);
        const newline = template.indexOf('\n', start);
        end = close >= 0 && (newline < 0 || close < newline) ? close + 1 : newline >= 0 ? newline : template.length;
        start = Math.min(start, end);
      }
      const detail = failure.kind === 'invalid-template' ? (failure.template ?? template) : failure.detail;
      return { kind: 'error', error: { kind: failure.kind, detail, start, end } };
    }
    if (value === template && run.uses.size === 0 && !template.includes('$$')) return { kind: 'literal', value };
    return { kind: 'resolved', value, uses: [...run.uses.values()] };
  } catch (error) {
    if (error instanceof Unknown) return { kind: 'unresolved', unknown: [...run.unknown], uses: [...run.uses.values()] };
    throw error;
  }
}

/** compose-go `newPathError`: the message docker compose prints, for a value at `path` (`services.web.ports.[]`). */
export function interpolationMessage(error: InterpolationError, path: string): string {
  if (error.kind === 'invalid-template') {
    return `invalid interpolation format for ${path}.\nYou may need to escape any $ with another $.\n${error.detail}`;
  }
  return `error while interpolating ${path}: ${error.detail}`;
}

/**
 * compose-go dotenv `parser.parse`: `KEY=VALUE` and `KEY: VALUE` lines, `export ` prefixes, `#` comments, single
 * quotes (literal), double quotes (escapes, then interpolation), unquoted values (inline ` #` comments cut,
 * interpolation). A value that refers to a variable NetLens cannot know is left out (unknown); a line the
 * parser rejects ends the parse with what was read so far. Lookups see `lookup` first (the process
 * environment), then earlier lines.
 */
export function parseDotEnv(text: string, lookup: (name: string) => string | undefined, complete = false): Map<string, string> {
  const out = new Map<string, string>();
  const unknown = new Set<string>();
  const env: ComposeEnvironment = {
    lookup(name) {
      const l = lookup(name);
      if (l !== undefined) return { known: true, value: l, from: 'settings' };
      const v = out.get(name);
      if (v !== undefined) return { known: true, value: v, from: '.env' };
      return complete && !unknown.has(name) ? { known: true, unset: true } : { known: false };
    },
  };
  const expand = (value: string): string | undefined => {
    const r = interpolate(value, env);
    return r.kind === 'literal' || r.kind === 'resolved' ? r.value : undefined;
  };
  let src = text.replace(/^\uFEFF/, '');
  for (;;) {
    src = statementStart(src);
    if (src === '') break;
    if (/^export\s+/.test(src)) src = src.replace(/^export[ \t\v\f\r\u0085\u00a0]*/, '');
    const keyEnd = /[=:\n]/.exec(src);
    if (!keyEnd) break;
    const rawKey = src.slice(0, keyEnd.index);
    if (!/^[\p{L}\p{N}_.\-[\] \t\v\f\r]*$/u.test(rawKey)) break;
    const key = rawKey.replace(/\s+$/, '');
    if (key.includes(' ')) break;
    src = src.slice(keyEnd.index + 1);
    if (keyEnd[0] === '\n') {
      // A bare `KEY` inherits the process environment.
      const inherited = lookup(key);
      if (inherited !== undefined) out.set(key, inherited);
      continue;
    }
    src = src.replace(/^[ \t\v\f\r\u0085\u00a0]+/, '');
    const quote = src[0] === '"' || src[0] === "'" ? src[0] : undefined;
    let value: string | undefined;
    if (!quote) {
      const nl = src.indexOf('\n');
      let line = nl < 0 ? src : src.slice(0, nl);
      src = nl < 0 ? '' : src.slice(nl + 1);
      const comment = line.indexOf(' #');
      if (comment >= 0) line = line.slice(0, comment);
      value = expand(line.replace(/\s+$/, ''));
    } else {
      let chars = '';
      let escape = false;
      let closed = -1;
      for (let i = 1; i < src.length; i++) {
        const c = src[i]!;
        if (c !== quote) {
          if (!escape && c === '\\') {
            escape = true;
            continue;
          }
          if (escape) {
            escape = false;
            chars += '\\';
          }
          chars += c;
          continue;
        }
        if (escape) {
          escape = false;
          chars += c;
          continue;
        }
        closed = i;
        break;
      }
      if (closed < 0) break;
      value = quote === '"' ? expand(expandEscapes(chars)) : chars;
      src = src.slice(closed + 1);
    }
    if (value === undefined) {
      unknown.add(key);
      out.delete(key);
    } else {
      unknown.delete(key);
      out.set(key, value);
    }
  }
  return out;
}

function statementStart(src: string): string {
  for (;;) {
    const s = src.replace(/^\s+/, '');
    if (s === '' || s[0] !== '#') return s;
    const nl = s.indexOf('\n');
    if (nl < 0) return '';
    src = s.slice(nl);
  }
}

/** dotenv `expandEscapes`: `\n`, `\t`, `\"`, `\\`, `\$` (kept as `$$`) and `\0NNN` octal escapes. */
function expandEscapes(text: string): string {
  const simple: Record<string, string> = { a: '\x07', b: '\b', c: '\\c', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"', '\\': '\\' };
  return text.replace(/\\(?:([abcfnrtv$"\\])|0(\d{0,3}))/g, (match, ch: string | undefined, octal: string | undefined) => {
    if (ch === '$') return '$$';
    if (ch !== undefined) return simple[ch] ?? match;
    if (octal === undefined || octal.length !== 3 || /[89]/.test(octal)) return match;
    const code = parseInt(octal, 8);
    return code > 255 ? match : String.fromCharCode(code);
  });
}
