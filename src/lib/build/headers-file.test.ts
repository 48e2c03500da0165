import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from './headers-file.ts';

const FILE = `# comment
/*
  Content-Security-Policy: default-src 'self'
  X-Frame-Options: DENY

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/fixes/:slug/
  X-Robots-Tag: noarchive
/sw.js
  Cache-Control: no-cache
/*
  X-Frame-Options: SAMEORIGIN
`;

describe('_headers', () => {
	const rules = parseHeadersFile(FILE);

	it('reads rules and their headers, skipping comments and blank lines', () => {
		expect(rules.map((rule) => rule.pattern)).toEqual([
			'/*',
			'/_astro/*',
			'/fixes/:slug/',
			'/sw.js',
			'/*',
		]);
		expect(rules[0]?.headers).toEqual([
			['Content-Security-Policy', "default-src 'self'"],
			['X-Frame-Options', 'DENY'],
		]);
	});

	it('applies every matching rule, joining repeated headers', () => {
		expect(headersForPath(rules, '/_astro/app.js')).toEqual({
			'content-security-policy': "default-src 'self'",
			'x-frame-options': 'DENY, SAMEORIGIN',
			'cache-control': 'public, max-age=31536000, immutable',
		});
	});

	it('matches a splat across segments and a placeholder within one', () => {
		expect(headersForPath(rules, '/')).toHaveProperty('content-security-policy');
		expect(headersForPath(rules, '/fixes/storage-full/')).toHaveProperty('x-robots-tag');
		expect(headersForPath(rules, '/fixes/a/b/')).not.toHaveProperty('x-robots-tag');
		expect(headersForPath(rules, '/sw.js.map')).not.toHaveProperty('cache-control');
	});

	it('refuses a header line outside any rule', () => {
		expect(() => parseHeadersFile('  X-Test: 1')).toThrow(/line 1/);
	});
});
