// Decides which text is a template that is not ours to judge: Helm/Go and Jinja markup, envsubst variables.

/** Helm/Go templates and Jinja put `{{`, `{%` or `{#` outside quoted strings; such a file is not YAML data. */
export function isTemplatedFile(text: string, languageId?: string): boolean {
  if (languageId === 'helm' || languageId === 'jinja' || languageId === 'jinja-yaml') return true;
  if (!/\{\{|\{%|\{#/.test(text)) return false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    if (!/\{\{|\{%|\{#/.test(rawLine)) continue;
    if (hasUnquotedMarker(rawLine)) return true;
  }
  return false;
}

/** True when a template marker stands outside a quoted string and outside a comment on this line. */
function hasUnquotedMarker(line: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = undefined;
      } else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return false;
    if (c === '"' || c === "'") {
      // A quote only opens a string at the start of a value, as YAML reads it.
      const before = line.slice(0, i).trimEnd();
      if (before === '' || /[:\-,[{?]$/.test(before)) quote = c;
      continue;
    }
    if (c === '{' && (line[i + 1] === '{' || line[i + 1] === '%' || line[i + 1] === '#')) return true;
  }
  return false;
}

/** A scalar whose value still holds template or variable syntax is left alone by value checks. */
export function isTemplatedValue(value: string): boolean {
  return value.includes('{{') || value.includes('{%') || /\$\{?[A-Za-z_]/.test(value);
}
