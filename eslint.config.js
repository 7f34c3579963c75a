import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'bench/results/**', 'src/web/dist/**', 'coverage/**', 'src/web/api/openapi-types.ts', 'test-artifacts/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    // The domain core is pure: no IO, no database, no HTTP, no clock reads of its own.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'http', 'https', 'crypto', 'child_process', 'os', 'net'], message: 'src/core is pure: no Node IO modules.' },
          { group: ['kysely', 'pg', '@electric-sql/*', 'fastify', 'fastify-*', '@fastify/*', 'pino', 'commander', 'argon2', '@cedar-policy/*'], message: 'src/core is pure: no IO libraries.' },
          { group: ['**/db/**', '**/api/**', '**/cli/**', '**/services/**', '**/audit/**', '**/access/**', '**/web/**'], message: 'src/core must not depend on outer layers.' },
        ],
      }],
    },
  },
  {
    files: ['src/services/**/*.ts', 'src/db/**/*.ts', 'src/audit/**/*.ts', 'src/access/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['fastify', 'fastify-*', '@fastify/*', '**/api/**', '**/cli/**', '**/web/**'], message: 'Inner layers must not depend on edges (api, cli, web).' },
        ],
      }],
    },
  },
  {
    // The web app: browser globals, type-aware lint against its own tsconfig (DOM, JSX).
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: false, project: ['src/web/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', '**/db/**', '**/services/**', '**/audit/**', '**/access/**', '**/cli/**', '**/api/routes/**'], message: 'The web app talks to the server over HTTP only (src/web/api).' },
        ],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
