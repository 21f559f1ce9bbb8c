// NL001: the YAML does not parse (or parses with a warning); every tool would stop here.

import { defineRule } from '../rule';

export default defineRule({
  code: 'NL001',
  name: 'yaml-syntax',
  group: 'yaml',
  severity: 'error',
  description: 'The file is not valid YAML: a missing colon, an unclosed quote, bad indentation, a duplicate key.',
  upstream: { tool: 'kubectl, kubeadm, docker compose', source: 'their YAML decoders; the messages here are from the `yaml` parser' },
  fixable: false,
  check(ctx) {
    for (const p of ctx.file.syntax) {
      ctx.report({ span: p.span, message: `${p.message} (${p.code})`, severity: p.severity });
    }
  },
});
