// Spans are half-open ranges of UTF-16 code units (JavaScript string indices) into one document's text.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function spanContains(outer: Span, offset: number): boolean {
  return offset >= outer.start && offset <= outer.end;
}

export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

/** Whether offset `i` falls between the halves of a surrogate pair (where no editor position can be). */
export function splitsSurrogatePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const before = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}
