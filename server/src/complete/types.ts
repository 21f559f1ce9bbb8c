// Plain data for completions and refactorings, in offsets like the rest of the analysis boundary.

import type { Span } from '../text/span';
import type { TextEdit } from '../types';

export interface CompletionItem {
  readonly label: string;
  /** `value`: an enum value of the field; `key`: a key of the mapping. */
  readonly kind: 'value' | 'key';
  /** One line beside the label, e.g. `ipFamilyPolicy` or `default`. */
  readonly detail: string;
  /** Markdown: what the value does, in the language in force. */
  readonly documentation: string;
  /** The text that replaces `span`. */
  readonly insertText: string;
  /** What the item replaces: the word being typed (empty at the cursor when nothing is typed yet). */
  readonly span: Span;
  /** Order among the items (the enum's own order); the client filters by what is typed. */
  readonly sortText: string;
  /** The value the field has when it is left out. */
  readonly isDefault?: boolean;
}

/** A code action that rewrites without a diagnostic (LSP kind `refactor.rewrite`). */
export interface Refactoring {
  readonly title: string;
  readonly kind: 'refactor.rewrite';
  readonly edits: readonly TextEdit[];
  /** The usual choice among several variants. */
  readonly preferred?: boolean;
}
