// NL600: cluster configs at one folder level that describe different networks. NetLens does not guess which one
// the folder's manifests belong to, so it checks nothing against either; it says so once, on the first config.

import { defineRule } from '../rule';
import type { ClusterDefinition, NetRange } from '../../workspace/types';
import type { FileWorkspace } from '../../workspace/view';

function ranges(list: readonly NetRange[] | null | undefined): string {
  if (list === undefined) return 'not set';
  if (list === null) return 'unknown';
  return list.map((r) => r.cidr.canonical).join(',') + (list[0]?.origin.isDefault ? ' (default)' : '');
}

function network(def: ClusterDefinition): string {
  return `services ${ranges(def.services)}, pods ${ranges(def.pods)}`;
}

function what(def: ClusterDefinition): string {
  return def.level === 'flags' ? `${def.tool} static pod` : `${def.tool} config`;
}

function folderName(folder: string, ws: FileWorkspace): string {
  const shown = ws.displayFolder(folder);
  return shown === '' ? 'the workspace root' : `${shown}/`;
}

export default defineRule({
  code: 'NL600',
  name: 'cluster-config-ambiguous',
  group: 'workspace',
  severity: 'information',
  description: 'Two cluster configs in one folder describe different networks, so the manifests of that folder tree are checked against neither.',
  fixable: false,
  check(ctx) {
    const uri = ctx.file.source.uri;
    for (const ambiguity of ctx.workspace.model.ambiguities) {
      const [first, ...others] = ambiguity.definitions;
      if (!first || first.uri !== uri) continue;
      const where = folderName(ambiguity.folder, ctx.workspace);
      // One line per distinct network, with the files that describe it.
      const networks = new Map<string, ClusterDefinition[]>();
      for (const def of ambiguity.definitions) networks.set(network(def), [...(networks.get(network(def)) ?? []), def]);
      const parts = [...networks].map(([net, defs]) => {
        const names = defs.map((d) => (d === first ? `this ${what(d)}` : ctx.workspace.display(d.uri)));
        const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
        return `${net} (${shown})`;
      });
      ctx.report({
        span: first.span,
        message: `${ambiguity.definitions.length} cluster configs in ${where} describe ${networks.size} different networks: ${parts.join('; ')}. NetLens checks the manifests under ${where} against none of them; put each cluster's config in its own folder, next to the manifests it governs.`,
        related: others.map((d) => ({ uri: d.uri, span: d.span, message: `${what(d)}: ${network(d)}` })),
      });
    }
  },
});
