// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/**
 * Node loads astro.config.mjs and everything it imports (src/integrations, src/lib) without Vite,
 * which is half a second faster per build than Vite's fallback; Node needs each relative import's
 * full file name. Astro falls back to Vite silently, so this rule is what keeps the fast path.
 */
const fullFileNames = {
	regex: '^\\.{1,2}/(?!.*\\.(ts|js|mjs|json)$)',
	message:
		'Name the file in full (./module.ts): Node loads this without Vite (see eslint.config.mjs).',
};

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'playwright-report/',
			'test-results/',
			'screenshots/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
			'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
		},
	},
	{
		// Scripts and benchmarks report to the terminal.
		files: ['scripts/**', 'e2e/**'],
		rules: { 'no-console': 'off' },
	},
	{
		// What astro.config.mjs imports outside src/lib.
		files: ['src/integrations/**', 'src/components/layout/theme-init-script.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [fullFileNames] }] },
	},
	{
		// src/lib is pure: no DOM, no browser globals, nothing from components (data flows one way).
		files: ['src/lib/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['**/components/**'], message: 'src/lib never imports from components.' },
						fullFileNames,
					],
				},
			],
			'no-restricted-globals': [
				'error',
				'window',
				'document',
				'localStorage',
				'navigator',
				'location',
			],
		},
	}
);
