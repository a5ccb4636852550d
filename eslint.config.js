import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/storybook-static/**',
      '**/.turbo/**',
      '**/custom-elements.json',
      'packages/react/src/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts', 'apps/demo/src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts', 'apps/demo/src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[source.value=/^zod(\\/mini)?$/][importKind!='type'] > ImportSpecifier[imported.name='z'][importKind!='type']",
          message:
            "Use `import * as z from 'zod'` (or 'zod/mini'): the named `z` namespace defeats tree-shaking and bundles every zod locale.",
        },
      ],
    },
  },
  {
    // The SDK's schemas are zod/mini schemas: classic zod's chaining classes cost ~28 kB (gzip)
    // in every bundle that parses anything, so they must not come back.
    files: ['packages/sdk/src/**/*.ts', 'packages/sdk/scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'zod/v4', 'zod/v3'].map((name) => ({
            name,
            message: "The SDK uses zod/mini: `import * as z from 'zod/mini'` (types too).",
          })),
          patterns: [
            {
              group: ['zod/v4/classic', 'zod/v4/classic/*', 'zod/v3/*'],
              message: "The SDK uses zod/mini: `import * as z from 'zod/mini'` (types too).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'packages/elements/src/test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai's `expect(x).to.be.true` style is an expression statement by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  prettier,
);
