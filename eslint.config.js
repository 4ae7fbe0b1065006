import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** `files` may not import from the sibling folders of src/ named in `forbidden`. */
function layer(files, forbidden) {
  const regex = `^(\\.\\./)+(${forbidden.join('|')})(/|$)`;
  const message = `${files.join(', ')} may not import from src/{${forbidden.join(',')}}: see README, "How it fits together".`;
  return [
    { files, rules: { 'no-restricted-imports': ['error', { patterns: [{ regex, message }] }] } },
  ];
}

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'public/models/', 'tests/.cache/', 'dev-dist/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Layers (README, "How it fits together"): vision and render are pure and import no app
  // code above them; core (camera, loop, models, pixels, store) knows no lab and no UI.
  ...layer(['src/vision/**'], ['core', 'render', 'tasks', 'ui', 'i18n', 'lab']),
  ...layer(['src/render/**'], ['core', 'tasks', 'ui', 'i18n', 'lab']),
  ...layer(['src/core/**', 'src/i18n/**'], ['tasks', 'ui', 'render', 'lab']),
  // The lab runtime drives tasks through their contract (lab_task.ts) and knows no UI; a task's
  // logic (every .ts file) knows no UI either: what it needs of the app is LabContext.
  ...layer(['src/lab/**'], ['tasks', 'ui']),
  ...layer(['src/tasks/**/*.ts'], ['ui']),
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
);
