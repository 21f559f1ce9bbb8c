// The quick-start job: lint the bundled examples and list their capacities with the built CLI.
// The examples contain deliberate mistakes, so netlens exits 1; this wrapper says so and exits 0.
import { spawnSync } from 'node:child_process';

const result = spawnSync(process.execPath, ['dist/cli.js', 'lint', '--capacities', 'examples/'], { stdio: 'inherit' });
console.log(`\n(netlens exited with ${result.status}: 0 = no errors, 1 = errors found — the examples hold deliberate mistakes, see examples/README.md)`);
process.exit(result.status === 0 || result.status === 1 ? 0 : result.status ?? 2);
