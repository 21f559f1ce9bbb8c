// NL416: a service's network attachments that docker compose refuses to load: a network not declared at the
// top level, `network_mode` together with `networks`, or `network_mode: service:X` for an unknown X.

import { isMap, type YAMLMap } from 'yaml';
import { pairOf } from '../../yaml/nodes';
import { defineRule } from '../rule';
import { composeFile, composeServices, isOverrideFile, keySpan, networkMode } from './compose';
import { attachments, composeNetworks, networksOpaque } from './networks';
import { mergedProject } from '../../workspace/compose-project';

export default defineRule({
  code: 'NL416',
  name: 'compose-service-networks',
  group: 'compose',
  severity: 'error',
  description: 'A service that joins an undeclared network, combines network_mode with networks, or shares the network of an unknown service.',
  upstream: {
    tool: 'docker compose',
    source: 'compose-go loader/validate.go checkConsistency',
    note: 'All docker compose v2 and v5 releases. Files named *override* are merged over another file, so undeclared names are not judged there.',
  },
  fixable: false,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    const networks = composeNetworks(compose);
    const services = composeServices(ctx.file);
    // A file merged over another, or whose top-level networks come through YAML aliases or merge keys, may
    // declare names NetLens does not see.
    const partial = isOverrideFile(ctx.file) || networksOpaque(compose);
    // docker compose merges compose.override.yaml over this file: what the other file declares is declared (NL610).
    const project = mergedProject(ctx.workspace);
    const elsewhere = (uris: readonly string[] | undefined) => uris !== undefined && uris.some((u) => u !== ctx.file.source.uri);
    for (const service of services) {
      const atts = attachments(compose, service.node, service.path);
      const mode = networkMode(compose, service);
      const networksPair = isMap(service.node) ? pairOf(service.node as YAMLMap, 'networks') : undefined;
      if (mode && mode.go.type === 'string' && mode.raw !== '' && atts.length > 0 && networksPair) {
        ctx.report({
          span: keySpan(networksPair)!,
          message: `service ${service.name} declares mutually exclusive \`network_mode\` and \`networks\`: invalid compose project`,
          related: [{ uri: ctx.file.source.uri, span: mode.span, message: 'network_mode is set here' }],
        });
      }
      if (partial) continue;
      for (const att of atts) {
        if (att.name === 'default' || networks.some((n) => n.name === att.name && n.doc === service.doc)) continue;
        const merged = project?.networks.get(att.name);
        if (merged && merged.uri !== ctx.file.source.uri) continue;
        ctx.report({ span: att.keySpan, message: `service "${service.name}" refers to undefined network ${att.name}: invalid compose project` });
      }
      const target = mode?.text?.startsWith('service:') ? mode.text.slice('service:'.length) : undefined;
      if (target !== undefined && !services.some((s) => s.name === target && s.doc === service.doc) && !elsewhere(project?.services.get(target)?.uris)) {
        ctx.report({ span: mode!.span, message: `service "${target}" not found for network_mode 'service:${target}'` });
      }
    }
  },
});
