// The address plan as one HTML page: the SVG of each section and a table of its ranges. The page takes its
// colours from VS Code's theme variables when it is shown in a webview, and falls back to light colours in a
// browser; it has no script, and its Content-Security-Policy allows nothing but inline styles.

import { formatCount } from '../net/format';
import { addressText, type Plan } from './plan';
import { COLORS, KIND_NAMES, OVERLAP, SVG_STYLE, WIDTH, escapeXml, renderSection, sizeText, svgDefs } from './svg';

const PAGE_STYLE = `
:root {
  --nl-bg: var(--vscode-editor-background, #ffffff);
  --nl-fg: var(--vscode-editor-foreground, #1a202c);
  --nl-muted: var(--vscode-descriptionForeground, #4a5568);
  --nl-border: var(--vscode-panel-border, #e2e8f0);
}
body { background: var(--nl-bg); color: var(--nl-fg); font-family: var(--vscode-font-family, "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif); font-size: 13px; margin: 20px; }
h1 { font-size: 20px; margin: 0 0 6px; }
h2 { font-size: 15px; margin: 22px 0 4px; }
p.lead, p.note { color: var(--nl-muted); margin: 4px 0; }
ul.legend { list-style: none; padding: 0; margin: 10px 0 4px; display: flex; flex-wrap: wrap; gap: 6px 18px; color: var(--nl-muted); }
ul.legend span.swatch { display: inline-block; width: 14px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: baseline; }
svg { width: 100%; max-width: ${WIDTH}px; height: auto; display: block; }
table { border-collapse: collapse; margin: 6px 0 10px; max-width: ${WIDTH}px; width: 100%; }
th, td { text-align: left; padding: 3px 10px 3px 0; border-bottom: 1px solid var(--nl-border); vertical-align: top; }
th { color: var(--nl-muted); font-weight: 600; }
td.kind span { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
td code { font-family: var(--vscode-editor-font-family, "DejaVu Sans Mono", monospace); }
p.warn { color: ${OVERLAP}; font-weight: 600; margin: 2px 0; }
`;

export function renderHtml(plan: Plan, title = 'NetLens address plan'): string {
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(title)}</title>`,
    `<style>${PAGE_STYLE}\n${SVG_STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeXml(title)}</h1>`,
    '<p class="lead">Each cluster and Compose folder of the workspace, per IP family, on its address line. The line is broken where nothing is defined; within a stretch the scale is linear, so what overlaps here overlaps in the cluster.</p>',
    '<ul class="legend">',
    ...(Object.keys(COLORS) as (keyof typeof COLORS)[]).map((k) => `<li><span class="swatch" style="background:${COLORS[k]}"></span>${escapeXml(KIND_NAMES[k])}</li>`),
    `<li><span class="swatch" style="background:${OVERLAP};opacity:0.5"></span>overlap</li>`,
    '</ul>',
  ];
  if (plan.sections.length === 0) out.push('<p class="note">No cluster config, <code>netlens.cluster</code> setting or Compose subnet in the workspace: nothing to draw.</p>');
  plan.sections.forEach((section, i) => {
    const id = `s${i}`;
    const s = renderSection(section, id, false);
    out.push(`<h2>${escapeXml(section.title)} · ${section.family}</h2>`);
    out.push(`<p class="note">from ${escapeXml(section.sources.join(', '))}</p>`);
    out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${s.height}" role="img" aria-label="${escapeXml(`${section.title}, ${section.family}`)}">${svgDefs(id)}\n${s.markup}</svg>`);
    out.push('<table><thead><tr><th>range</th><th>first – last</th><th>size</th><th>from</th></tr></thead><tbody>');
    for (const r of section.ranges) {
      out.push(`<tr><td class="kind"><span style="background:${COLORS[r.kind]}"></span>${escapeXml(r.label)} <code>${escapeXml(r.text)}</code></td><td><code>${escapeXml(addressText(r.family, r.start))}</code> – <code>${escapeXml(addressText(r.family, r.end))}</code></td><td>${escapeXml(sizeText(r))}</td><td>${escapeXml(r.source)}</td></tr>`);
    }
    out.push('</tbody></table>');
    for (const o of section.overlaps) {
      const a = section.ranges[o.a]!;
      const b = section.ranges[o.b]!;
      out.push(`<p class="warn">Overlap: ${escapeXml(`${a.label} ${a.text}`)} and ${escapeXml(`${b.label} ${b.text}`)} share ${formatCount(o.end - o.start + 1n)} addresses.</p>`);
    }
  });
  for (const note of plan.notes) out.push(`<p class="note">${escapeXml(note)}</p>`);
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
