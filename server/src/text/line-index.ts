// The one place where offsets become LSP positions (0-based line, UTF-16 character) and back.
// Line breaks are the ones LSP knows: "\n", "\r\n" and a lone "\r". A BOM is an ordinary code unit of line 0.

import type { Span } from './span';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  /** Offsets at which each line starts; lineStarts[0] is always 0. */
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.lineStarts[mid]! > clamped) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    let character = clamped - this.lineStarts[line]!;
    // An offset between "\r" and "\n" belongs to the end of the line, as in TextDocument.positionAt.
    const lineEnd = this.lineContentEnd(line);
    if (clamped > lineEnd) character = lineEnd - this.lineStarts[line]!;
    return { line, character };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    const end = this.lineContentEnd(position.line);
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  rangeOf(s: Span): Range {
    return { start: this.positionAt(s.start), end: this.positionAt(s.end) };
  }

  spanOf(range: Range): Span {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }

  /** The offset just before the line break that ends `line` (or the end of the text). */
  private lineContentEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    let end = next;
    if (line + 1 < this.lineStarts.length) {
      end--;
      if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return end;
  }
}
