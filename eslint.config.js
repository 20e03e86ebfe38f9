import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', '.cache/', 'storybook-static/', 'coverage/', '**/*.generated.ts', 'bench/.build/'],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Benchmark pages and the code that runs inside them see a browser.
    files: ['bench/**/*.js', 'examples/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked, lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Type parameters that only type an event's detail or a list's items document intent.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/consistent-type-definitions': 'off',
      // Lit's element classes register no tag themselves; the define files do.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // The data path's loops over observations and points are indexed: for-of in code that has not
    // warmed up makes an iterator result per step (some 3.5 MB of garbage on 30,000 observations,
    // which the page's first drawing then waits for the collector to clear).
    files: ['src/format/problems.ts', 'src/format/schema-check.ts', 'src/data/dataset.ts', 'src/components/indicator-chart/chart-model.ts', 'src/components/indicator-chart/chart-layout.ts'],
    rules: { '@typescript-eslint/prefer-for-of': 'off' },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
);
