// The `netlens/status` notification: which cluster network a document is checked against, for the client's
// status bar. The server says it per document; the client shows the one of the active editor.
//
//   { uri: string; text: string; tooltip: string }
//   text: "kubeadm · cluster/kubeadm-config.yaml", "netlens.cluster settings", "no cluster config", …

import type { Settings } from '../types';
import type { WorkspaceModel } from '../workspace/types';
import { clusterOf, displayPath } from '../workspace/model';
import { localize } from '../l10n/localize';
import type { StatusParams } from './protocol';

/** The status of `uri` in `model`: the nearest cluster config, control-plane flags, the settings, or none. */
export function clusterStatus(model: WorkspaceModel, uri: string, settings: Settings): StatusParams {
  const lookup = clusterOf(model, uri, settings);
  if (lookup.kind === 'none') {
    return { uri, text: localize('no cluster config'), tooltip: localize('No kubeadm, kind, k3s or bare-metal cluster config covers this file, and netlens.cluster.* is not set: only checks within the file apply.') };
  }
  if (lookup.kind === 'ambiguous') {
    const files = [...new Set(lookup.ambiguity.definitions.map((d) => displayPath(model, d.uri)))];
    return {
      uri,
      text: localize('{0} cluster configs disagree', lookup.ambiguity.definitions.length),
      tooltip: localize('Cluster configs in one folder disagree, so none is applied: {0}', files.join(', ')),
    };
  }
  const cluster = lookup.cluster;
  if (cluster.level === 'settings') {
    return { uri, text: localize('netlens.cluster settings'), tooltip: localize('Checked against the cluster network in the netlens.cluster.* settings.') };
  }
  const files = [...new Set(cluster.definitions.map((d) => displayPath(model, d.uri)))];
  const ranges = (list: readonly { readonly text: string }[] | null | undefined): string => (list && list.length > 0 ? list.map((r) => r.text).join(', ') : '-');
  return {
    uri,
    text: `${cluster.tool} · ${files[0] ?? ''}${files.length > 1 ? ` +${files.length - 1}` : ''}`,
    tooltip: localize('Checked against the cluster network of {0} ({1}): services {2}, pods {3}.', files.join(', '), cluster.tool, ranges(cluster.services), ranges(cluster.pods)),
  };
}
