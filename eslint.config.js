// ESLint (flat config): typescript-eslint's recommended rules, and STYLE.md's import rules
// (lint/layers.js) so that the layering core → storage → models → components → entrypoints holds.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import fiche from './lint/layers.js';

/** core/ is pure: no browser API, no timers, no IndexedDB (STYLE.md habit 1). */
const BROWSER_GLOBALS = ['chrome', 'browser', 'indexedDB', 'setTimeout', 'setInterval'].map((name) => ({
  name,
  message: `core/ is pure: no ${name} here (wire it in an entrypoint, a model or storage/).`,
}));

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'bench-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { fiche },
    rules: {
      'fiche/layers': 'error',
      // A listener may read a variable assigned once after it (observe.ts: stop() before the observer).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Escapes that are harmless in a regex (`\/`, `\-`): a warning, for the lead's reformat pass.
      'no-useless-escape': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Code evaluated inside extension pages and workers by the e2e suite and the bench.
    files: ['tests/e2e/**', 'tests/e2e-firefox/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.webextensions } },
  },
  {
    files: ['core/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='globalThis'][property.name=/^(chrome|browser|indexedDB)$/]",
          message: 'core/ is pure: no browser API.',
        },
      ],
    },
  },
);
