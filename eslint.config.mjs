// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

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
		// src/lib is pure: no DOM, no browser globals, nothing from components (data flows one way).
		files: ['src/lib/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['**/components/**'], message: 'src/lib never imports from components.' },
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
