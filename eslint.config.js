// ESLint's configuration: ESLint's and typescript-eslint's recommended rules; layout is left to Prettier.
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'fixtures/', 'src/spec/onevoice.schema.json', 'editors/vscode/server/', 'editors/vscode/onevoice.schema.json']),
  {
    files: ['**/*.{js,ts}'],
    extends: [eslint.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Terminal output and HTML escaping match control characters on purpose (ANSI colour, C0 codes).
      'no-control-regex': 'off',
      // `const { big: _, ...rest } = x` is how a copy leaves out a property.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // The VS Code extension is CommonJS, as VS Code loads extensions.
    files: ['editors/vscode/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
