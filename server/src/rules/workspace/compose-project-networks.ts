// NL610: in an override file of a Compose project, a service that joins a network, or shares the network of a
// service, that neither file of the merged project declares. NL416 leaves override files alone because it sees
// one file; here both are known.

import { defineRule } from '../rule';
import { isOverrideFile } from '../compose/compose';
import { mergedProject } from '../../workspace/compose-project';

export default defineRule({
  code: 'NL610',
  name: 'compose-project-networks',
  group: 'workspace',
  severity: 'error',
  description: 'A service of an override file refers to a network, or a network_mode service, that the merged Compose project does not declare.',
  upstream: { tool: 'docker compose', source: 'compose-go loader/validate.go checkConsistency, after override/merge.go merged the files' },
  fixable: false,
  check(ctx) {
    if (!isOverrideFile(ctx.file)) return;
    const project = mergedProject(ctx.workspace);
    if (!project || project.opaque) return;
    const mine = project.files.find((f) => f.uri === ctx.file.source.uri);
    if (!mine) return;
    const otherFiles = project.files.filter((f) => f !== mine);
    const others = otherFiles.map((f) => ctx.workspace.display(f.uri)).join(', ');
    // Point at what the other file does declare: its networks, or its services.
    const declared = otherFiles.flatMap((f) => {
      const names = f.compose.networks.map((n) => n.name);
      const at = f.compose.networks[0]?.span ?? f.compose.services[0]?.span;
      return at ? [{ uri: f.uri, span: at, message: names.length > 0 ? `${ctx.workspace.display(f.uri)} declares the networks ${names.join(', ')}` : `${ctx.workspace.display(f.uri)} declares no networks` }] : [];
    });
    const defined = otherFiles.flatMap((f) => {
      const at = f.compose.services[0]?.span;
      return at ? [{ uri: f.uri, span: at, message: `${ctx.workspace.display(f.uri)} defines the services ${f.compose.services.map((x) => x.name).join(', ')}` }] : [];
    });
    for (const service of mine.compose.services) {
      for (const ref of service.networks) {
        if (ref.name === 'default' || project.networks.has(ref.name)) continue;
        ctx.report({ span: ref.span, message: `service "${service.name}" refers to undefined network ${ref.name}: invalid compose project (declared neither here nor in ${others})`, related: declared });
      }
      const mode = service.networkMode;
      if (mode && mode.text !== 'unknown' && mode.text.startsWith('service:')) {
        const target = mode.text.slice('service:'.length);
        if (!project.services.has(target)) {
          ctx.report({ span: mode.span, message: `service "${target}" not found for network_mode 'service:${target}' (defined neither here nor in ${others})`, related: defined });
        }
      }
    }
  },
});
