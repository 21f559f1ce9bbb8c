// Draws the address plan as SVG: per section, the address line broken into islands (runs of ranges that touch),
// one row per range with its size and source, node blocks inside pod ranges, and overlaps in red across rows.
// Within an island the scale is linear, so what looks nested or overlapping is; islands get widths by the log
// of their size, so a /28 pool stays visible next to a /12 service range.

import { formatCount, powerOfTwo } from '../net/format';
import { addressText, type Plan, type PlanKind, type PlanRange, type PlanSection } from './plan';

export const WIDTH = 1000;
const MARGIN = 24;
const ROW = 46;
const BAR = 16;
const GAP = 34;
const CHAR = 6.9;

export const COLORS: Record<PlanKind, string> = {
  services: '#2b6cb0',
  pods: '#2f855a',
  pool: '#c05621',
  calico: '#6b46c1',
  node: '#d53f8c',
  'service-cidr': '#4299e1',
  compose: '#00838f',
};

export const KIND_NAMES: Record<PlanKind, string> = {
  services: 'service range',
  pods: 'pod range (node blocks inside)',
  pool: 'load-balancer pool',
  calico: 'Calico IPPool',
  node: 'node address',
  'service-cidr': 'ServiceCIDR',
  compose: 'Compose subnet',
};

export const OVERLAP = '#e53e3e';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `65,536`, `16.8M`, `2^72`: short enough for an axis. */
function shortCount(n: bigint): string {
  if (n < 100000n) return formatCount(n);
  const p = powerOfTwo(n);
  if (p) return p;
  const units: [bigint, string][] = [[10n ** 12n, 'T'], [10n ** 9n, 'G'], [10n ** 6n, 'M'], [10n ** 3n, 'K']];
  if (n >= 10n ** 15n) return `2^${(n.toString(2).length - 1)}+`;
  for (const [size, unit] of units) if (n >= size) return `${(Number(n) / Number(size)).toFixed(1)}${unit}`;
  return formatCount(n);
}

/** Exact up to a trillion, then as a power of two (`2^72`) or rounded: IPv6 counts do not fit a line otherwise. */
export function count(n: bigint): string {
  if (n < 10n ** 12n) return formatCount(n);
  return powerOfTwo(n) ?? shortCount(n);
}

export function sizeText(r: PlanRange): string {
  if (r.kind === 'node' && r.size === 1n) return 'node address';
  const base = `${count(r.size)} address${r.size === 1n ? '' : 'es'}`;
  if (!r.nodeBlocks) return base;
  return `${base} · ${count(r.nodeBlocks.count)} node block${r.nodeBlocks.count === 1n ? '' : 's'} of /${r.nodeBlocks.mask} (${count(r.nodeBlocks.size)} each)`;
}

/** Splits text at spaces into lines of at most `width` pixels. */
function wrap(text: string, width: number): string[] {
  const max = Math.max(20, Math.floor(width / CHAR));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

interface Island {
  readonly start: bigint;
  readonly end: bigint;
  x: number;
  w: number;
}

function islandsOf(ranges: readonly PlanRange[], width: number): Island[] {
  const sorted = [...ranges].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const raw: { start: bigint; end: bigint }[] = [];
  for (const r of sorted) {
    const last = raw[raw.length - 1];
    if (last && r.start <= last.end + 1n) {
      if (r.end > last.end) last.end = r.end;
    } else raw.push({ start: r.start, end: r.end });
  }
  const weights = raw.map((i) => 1 + (i.end - i.start + 1n).toString(2).length / 6);
  const total = weights.reduce((a, b) => a + b, 0);
  const free = width - GAP * (raw.length - 1);
  let x = MARGIN;
  return raw.map((i, k) => {
    const w = (free * weights[k]!) / total;
    const island = { ...i, x, w };
    x += w + GAP;
    return island;
  });
}

/** The x of an address (the left edge of its cell). */
function xOf(islands: readonly Island[], value: bigint): number {
  const island = islands.find((i) => value >= i.start && value <= i.end + 1n) ?? islands[islands.length - 1]!;
  const size = island.end - island.start + 1n;
  // Scale through floating point on the offset only; exact enough for pixels.
  const f = Number(((value - island.start) * 1000000n) / size) / 1000000;
  return island.x + f * island.w;
}

function textWidth(text: string, size = 12): number {
  return text.length * CHAR * (size / 12);
}

function clampX(x: number, text: string, size = 12): number {
  return Math.max(MARGIN, Math.min(x, WIDTH - MARGIN - textWidth(text, size)));
}

/** One section as an SVG group starting at y = 0; returns the markup and its height. */
export function renderSection(section: PlanSection, idPrefix: string, heading = true): { markup: string; height: number } {
  const parts: string[] = [];
  const islands = islandsOf(section.ranges, WIDTH - 2 * MARGIN);
  let y = 0;
  if (heading) {
    parts.push(`<text class="title" x="${MARGIN}" y="${y + 18}">${escapeXml(section.title)} <tspan class="badge">${section.family}</tspan></text>`);
    y += 24;
    const sources = `from ${section.sources.join(', ')}`;
    parts.push(`<text class="muted" x="${MARGIN}" y="${y + 12}">${escapeXml(sources.length > 140 ? `${sources.slice(0, 137)}...` : sources)}</text>`);
    y += 30;
  } else {
    y += 18;
  }
  // The address line, island by island, with the first and last address of each.
  const axisY = y;
  islands.forEach((island, k) => {
    parts.push(`<line class="axis" x1="${island.x.toFixed(1)}" y1="${axisY}" x2="${(island.x + island.w).toFixed(1)}" y2="${axisY}"/>`);
    const first = addressText(section.family, island.start);
    const last = addressText(section.family, island.end);
    parts.push(`<text class="tick" x="${island.x.toFixed(1)}" y="${axisY - 6}">${escapeXml(first)}</text>`);
    if (island.w > textWidth(first, 10) + textWidth(last, 10) + 16) {
      parts.push(`<text class="tick" x="${(island.x + island.w).toFixed(1)}" y="${axisY - 6}" text-anchor="end">${escapeXml(last)}</text>`);
    }
    const next = islands[k + 1];
    if (next) {
      const mid = island.x + island.w + GAP / 2;
      parts.push(`<path class="break" d="M${(mid - 6).toFixed(1)} ${axisY + 5} l5 -10 M${(mid + 1).toFixed(1)} ${axisY + 5} l5 -10"/>`);
      parts.push(`<text class="gap" x="${mid.toFixed(1)}" y="${axisY + 16}" text-anchor="middle">${escapeXml(shortCount(next.start - island.end - 1n))}</text>`);
    }
  });
  y += 14;
  const rowsTop = y;
  const rowY = section.ranges.map((_, i) => rowsTop + i * ROW);
  // Overlaps first, so the bars stay readable on top of them.
  section.overlaps.forEach((o) => {
    const top = Math.min(rowY[o.a]!, rowY[o.b]!) - 5;
    const bottom = Math.max(rowY[o.a]!, rowY[o.b]!) + BAR + 5;
    const x1 = xOf(islands, o.start);
    const x2 = Math.max(xOf(islands, o.end + 1n), x1 + 3);
    parts.push(`<rect class="overlap" x="${x1.toFixed(1)}" y="${top}" width="${(x2 - x1).toFixed(1)}" height="${bottom - top}" fill="url(#${idPrefix}-hatch)"/>`);
  });
  section.ranges.forEach((r, i) => {
    const ry = rowY[i]!;
    const x1 = xOf(islands, r.start);
    const x2 = Math.max(xOf(islands, r.end + 1n), x1 + 6);
    const color = COLORS[r.kind];
    if (r.kind === 'node' && r.size === 1n) {
      const cx = (x1 + x2) / 2;
      parts.push(`<path d="M${cx.toFixed(1)} ${ry} l7 ${BAR / 2} l-7 ${BAR / 2} l-7 ${-BAR / 2} z" fill="${color}"/>`);
    } else {
      parts.push(`<rect x="${x1.toFixed(1)}" y="${ry}" width="${(x2 - x1).toFixed(1)}" height="${BAR}" rx="3" fill="${color}" fill-opacity="0.85"/>`);
    }
    if (r.nodeBlocks && x2 - x1 > 8) {
      const blocks = Number(r.nodeBlocks.count > 4096n ? 4096n : r.nodeBlocks.count);
      const step = (x2 - x1) / blocks;
      if (step >= 3) {
        const ticks: string[] = [];
        for (let k = 1; k < blocks; k++) ticks.push(`M${(x1 + k * step).toFixed(1)} ${ry + 2}v${BAR - 4}`);
        parts.push(`<path class="blocks" d="${ticks.join('')}"/>`);
      } else {
        parts.push(`<rect x="${x1.toFixed(1)}" y="${ry + 2}" width="${(x2 - x1).toFixed(1)}" height="${BAR - 4}" fill="url(#${idPrefix}-blocks)"/>`);
      }
    }
    const label = `${r.label} ${r.text}`;
    let detail = `${sizeText(r)} · ${r.source}`;
    const room = Math.floor((WIDTH - 2 * MARGIN) / CHAR) - label.length - 3;
    if (detail.length > room) detail = `${detail.slice(0, Math.max(10, room - 1))}…`;
    const line = `${label}   ${detail}`;
    const tx = clampX(x1, line);
    parts.push(`<text x="${tx.toFixed(1)}" y="${ry + BAR + 15}"><tspan class="label">${escapeXml(label)}</tspan><tspan class="muted" dx="10">${escapeXml(detail)}</tspan></text>`);
  });
  y = rowsTop + section.ranges.length * ROW;
  for (const o of section.overlaps) {
    const a = section.ranges[o.a]!;
    const b = section.ranges[o.b]!;
    const n = o.end - o.start + 1n;
    const text = `overlap: ${a.label} ${a.text} and ${b.label} ${b.text} share ${addressText(section.family, o.start)}–${addressText(section.family, o.end)} (${count(n)} address${n === 1n ? '' : 'es'})`;
    for (const piece of wrap(text, WIDTH - 2 * MARGIN)) {
      parts.push(`<text class="warn" x="${MARGIN}" y="${y + 12}">${escapeXml(piece)}</text>`);
      y += 18;
    }
  }
  return { markup: parts.join('\n'), height: y + 16 };
}

/** Patterns and classes; `embedded` leaves colours of text to the page (the VS Code webview's theme). */
export function svgDefs(idPrefix: string): string {
  return [
    '<defs>',
    `<pattern id="${idPrefix}-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="${OVERLAP}" fill-opacity="0.16"/><line x1="0" y1="0" x2="0" y2="8" stroke="${OVERLAP}" stroke-width="3" stroke-opacity="0.55"/></pattern>`,
    `<pattern id="${idPrefix}-blocks" width="3" height="10" patternUnits="userSpaceOnUse"><line x1="0" y1="0" x2="0" y2="10" stroke="#ffffff" stroke-opacity="0.55" stroke-width="1"/></pattern>`,
    '</defs>',
  ].join('\n');
}

export const SVG_STYLE = [
  'text { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 12px; fill: var(--nl-fg, #1a202c); }',
  '.title { font-size: 15px; font-weight: 600; }',
  '.badge { font-size: 12px; font-weight: 600; fill: var(--nl-muted, #4a5568); }',
  '.muted { fill: var(--nl-muted, #4a5568); }',
  '.label { font-weight: 600; }',
  '.tick { font-size: 10px; fill: var(--nl-muted, #4a5568); }',
  '.gap { font-size: 10px; fill: var(--nl-muted, #718096); }',
  '.axis { stroke: var(--nl-fg, #1a202c); stroke-width: 2; }',
  '.break { stroke: var(--nl-muted, #718096); stroke-width: 1.5; fill: none; }',
  '.blocks { stroke: #ffffff; stroke-opacity: 0.6; stroke-width: 1; }',
  `.overlap { stroke: ${OVERLAP}; stroke-width: 1.5; stroke-dasharray: 4 3; }`,
  `.warn { fill: ${OVERLAP}; font-weight: 600; }`,
].join('\n');

function legend(y0: number): { markup: string; height: number } {
  const parts: string[] = [];
  let x = MARGIN;
  let y = y0;
  const entries: [string, string][] = [...(Object.keys(COLORS) as PlanKind[]).map((k): [string, string] => [KIND_NAMES[k], `fill="${COLORS[k]}"`]), ['overlap', 'class="overlap" fill="url(#legend-hatch)"']];
  for (const [name, paint] of entries) {
    const w = 19 + textWidth(name) + 18;
    if (x + w > WIDTH - MARGIN) {
      x = MARGIN;
      y += 18;
    }
    parts.push(`<rect x="${x}" y="${y}" width="14" height="10" rx="2" ${paint}/>`);
    parts.push(`<text class="muted" x="${x + 19}" y="${y + 9}">${escapeXml(name)}</text>`);
    x += w;
  }
  return { markup: parts.join('\n'), height: y - y0 + 24 };
}

/** The whole plan as one standalone SVG document (`netlens plan --out plan.svg`). */
export function renderSvg(plan: Plan, title = 'NetLens address plan'): string {
  const body: string[] = [];
  let y = 16;
  body.push(`<text class="title" x="${MARGIN}" y="${y + 14}" style="font-size:18px">${escapeXml(title)}</text>`);
  y += 30;
  const l = legend(y);
  body.push(l.markup);
  y += l.height + 14;
  const defs: string[] = [svgDefs('legend')];
  if (plan.sections.length === 0) {
    body.push(`<text class="muted" x="${MARGIN}" y="${y + 14}">No cluster config, settings or Compose subnet in these files: nothing to draw.</text>`);
    y += 30;
  }
  plan.sections.forEach((section, i) => {
    const id = `s${i}`;
    defs.push(svgDefs(id));
    const s = renderSection(section, id);
    body.push(`<g transform="translate(0 ${y})">\n${s.markup}\n</g>`);
    y += s.height + 18;
  });
  for (const note of plan.notes) {
    body.push(`<text class="muted" x="${MARGIN}" y="${y + 12}">${escapeXml(note)}</text>`);
    y += 18;
  }
  const height = Math.ceil(y + 12);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<style>\n${SVG_STYLE}\n</style>`,
    ...defs,
    `<rect width="${WIDTH}" height="${height}" style="fill: var(--nl-bg, #ffffff)"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
