// Bundles the extension integration suite (test/extension/) into out/test/extension/index.js, the module an
// extension host loads as extensionTestsPath. `vscode` comes from the host and mocha from node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['test/extension/index.ts'],
  outfile: 'out/test/extension/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
