// NL609: two files of one Compose project (compose.yaml and compose.override.yaml, merged by docker compose)
// bind the same host port: the container that starts second fails. Conflicts inside one file are NL408's.

import { defineRule } from '../rule';
import type { RelatedLocation } from '../../types';
import { mergedProject, publishes, runTogether } from '../../workspace/compose-project';
import { blockingAddress, sharedPort } from '../compose/port-allocator';

export default defineRule({
  code: 'NL609',
  name: 'compose-project-port-conflict',
  group: 'workspace',
  severity: 'error',
  description: 'A port binding conflicts with one in another file of the same Compose project (compose.yaml plus compose.override.yaml).',
  upstream: {
    tool: 'docker compose / Docker Engine',
    source: 'compose-go cli/options.go (default files and override), override/merge.go; moby portallocator RequestPortsInRange',
    note: 'docker compose merges compose.override.yaml over compose.yaml unless -f names the files.',
  },
  fixable: false,
  check(ctx) {
    const project = mergedProject(ctx.workspace);
    if (!project) return;
    const uri = ctx.file.source.uri;
    const live = [...project.services.values()].filter(publishes).flatMap((s) => s.bindings.map((b) => ({ b, s })));
    for (const { b: self, s: selfService } of live) {
      if (self.uri !== uri) continue;
      let message: string | undefined;
      const related: RelatedLocation[] = [];
      for (const { b: other, s: otherService } of live) {
        if (other.uri === uri || !runTogether(selfService, otherService)) continue;
        const port = sharedPort(self, other);
        if (port === undefined) continue;
        const address = blockingAddress(self.hostIp, other.hostIp);
        if (address === undefined) continue;
        message ??= `Bind for ${address}:${port} failed: port is already allocated (service ${other.service} in ${ctx.workspace.display(other.uri)} binds it too; docker compose merges the two files)`;
        related.push({ uri: other.uri, span: other.span, message: `service ${other.service} also binds ${address}:${port}/${other.protocol}` });
      }
      if (message) ctx.report({ span: self.span, message, related });
    }
  },
});
