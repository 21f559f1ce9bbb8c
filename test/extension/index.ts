// Entry point of the extension integration suite, in the @vscode/test-electron contract: the extension host
// loads this module (bundled to out/test/extension/index.js by scripts/e2e/build-suite.mjs) and awaits run().
// The same suite runs in VS Code desktop (scripts/e2e/run-electron.mjs) and in code-server
// (scripts/e2e/run-code-server.mjs). The test files are bundled in; mocha is loaded from node_modules.
/* eslint-disable @typescript-eslint/no-require-imports */
import type MochaType from 'mocha';

type MochaCtor = typeof MochaType;

function loadMocha(): MochaCtor {
  // mocha 10 exports the class itself (CommonJS); mocha 11+ is an ES module whose default export is the class.
  const mod = require('mocha') as MochaCtor & { default?: MochaCtor; Mocha?: MochaCtor };
  const candidates = [mod.default, mod.Mocha, mod];
  const ctor = candidates.find((c): c is MochaCtor => typeof c === 'function');
  if (!ctor) throw new Error('cannot load mocha');
  return ctor;
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.NETLENS_TEST_TIMEOUT_MS ?? 60_000),
    grep: process.env.NETLENS_TEST_GREP || undefined,
  });
  // Define describe/it as globals, then evaluate the bundled test files (esbuild keeps require()d modules lazy).
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'netlens-suite', mocha);
  require('./activation.test');
  require('./examples.test');
  require('./hover.test');
  require('./quickfix.test');
  require('./settings.test');
  require('./helm.test');
  require('./completion.test');

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        console.log(`${runner.stats?.passes ?? 0} passed, ${failures} failed, ${runner.stats?.pending ?? 0} skipped`);
        if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
