import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { expect, test } from './fixtures';

/** Every HTML file of the build: the sitemap's pages, 404.html and /search/, which it leaves out. */
const HTML_FILES = readdirSync('dist', { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html'))
	.sort();

// The rules are html-validate's recommended set, from .htmlvalidate.json (also what
// `npx html-validate dist` reads), so the command line and this test agree.
const validator = new HtmlValidate(new FileSystemConfigLoader());

test.describe('valid HTML', () => {
	test('html-validate finds no error on any built page', async () => {
		expect(HTML_FILES.length, 'pages in dist/').toBeGreaterThan(20);
		const errors: string[] = [];
		for (const file of HTML_FILES) {
			const report = await validator.validateFile(path.join('dist', file));
			for (const result of report.results)
				errors.push(...result.messages.map((message) => describe(file, message)));
		}
		expect(errors).toEqual([]);
	});
});

/** One finding as a line a reader of the failure can act on. */
function describe(file: string, { line, column, ruleId, message }: Message): string {
	return `${file}:${line}:${column} ${ruleId}: ${message}`;
}
