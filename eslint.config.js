// Lint: the recommended rules of ESLint and typescript-eslint, nothing clever.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/', 'out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The live preview's page script runs in the browser (assets/preview/, shipped as it is).
    files: ['assets/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
  {
    // Every word a diagnostic says comes from the catalogue (src/diagnostics/catalogue/, filled in by create.ts):
    // no other source module may build a diagnostic's message or hint itself.
    files: ['src/**/*.ts'],
    ignores: ['src/diagnostics/create.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ObjectExpression:has(> Property[key.name='code']):has(> Property[key.name=/^(message|hint)$/])",
          message: 'A diagnostic is made with diagnostic(code, params, location); its words are in the catalogue.',
        },
        {
          selector: "AssignmentExpression[left.type='MemberExpression'][left.property.name=/^(message|hint)$/]",
          message: 'A diagnostic is made with diagnostic(code, params, location); its words are in the catalogue.',
        },
      ],
    },
  },
);
