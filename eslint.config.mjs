// Lint: typescript-eslint's recommended rules, and the layering invariant that the core never imports vscode*.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const CORE = ['server/src/text/**', 'server/src/net/**', 'server/src/yaml/**', 'server/src/rules/**', 'server/src/hover/**',
  'server/src/workspace/**', 'server/src/analysis.ts', 'server/src/types.ts', 'server/src/fixes.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-output/**', '.e2e/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: CORE,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['vscode', 'vscode-*', 'vscode/*', '@vscode/*'], message: 'The core (text, net, yaml, rules, hover, workspace, analysis) must not import vscode packages; only server/src/lsp, server/src/cli and client/ may.' }],
      }],
    },
  },
  {
    files: ['server/src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['vscode', 'vscode-languageclient*', '@vscode/*'], message: 'The CLI must not depend on the editor.' }],
      }],
    },
  },
);
