// Items of comma-separated values (kubeadm `podSubnet: 10.244.0.0/16,fd00::/56`) with their offsets.

export interface ListItem {
  /** The item without surrounding whitespace; empty for an empty item. */
  readonly text: string;
  /** Offsets of `text` in the input, so `input.slice(start, end) === text`. */
  readonly start: number;
  readonly end: number;
}

/**
 * Splits at every comma like Go's `strings.Split(s, ",")`, which kubeadm and kube-controller-manager use
 * for dual-stack CIDR lists: an empty input is one empty item and empty items are kept, so the caller can
 * point at ",," or a trailing comma. Whitespace around an item is trimmed; a whitespace-only item is empty
 * and sits where its whitespace starts.
 */
export function splitCommaList(text: string): ListItem[] {
  const items: ListItem[] = [];
  let from = 0;
  for (;;) {
    const comma = text.indexOf(',', from);
    const to = comma < 0 ? text.length : comma;
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start === end) start = end = from;
    items.push({ text: text.slice(start, end), start, end });
    if (comma < 0) return items;
    from = comma + 1;
  }
}
