import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { checklistsPlugin } from './checklists-plugin.ts';

/** Compile an MDX string as if it were the file at `path`, with the checklist check on. */
async function compileAt(
	source: string,
	path = '/site/src/content/docs/fixes/example.mdx',
	frontmatter: Record<string, unknown> = {}
) {
	const { code } = await mdxToJs(source, {
		mdastPlugins: [checklistsPlugin({ requireIn: ['/content/docs/fixes/'] })],
		fileURL: pathToFileURL(path),
		data: {
			astro: {
				frontmatter,
				headings: [],
				localImagePaths: new Set(),
				remoteImagePaths: new Set(),
			},
		},
	});
	return code;
}

const step = (id: string, text = 'Do a thing.') => `<Step id="${id}">${text}</Step>`;

describe('checklistsPlugin', () => {
	it('passes each step its checklist id and position, and the checklist its steps’ facts', async () => {
		const code = await compileAt(
			`<Checklist id="check-wifi" title="T">\n${step('one')}\n${step('two', 'Open <SettingsPath path="Settings > Wi-Fi" />.')}\n</Checklist>`
		);
		expect(code).toMatch(/id: "one",\s*checklist: "check-wifi",\s*number: "1"/);
		expect(code).toMatch(/id: "two",\s*checklist: "check-wifi",\s*number: "2"/);
		const steps = JSON.parse(JSON.parse(/steps: ("(?:[^"\\]|\\.)*")/.exec(code)?.[1] ?? '""'));
		expect(steps).toEqual([
			{ id: 'one', text: 'Do a thing.', hash: expect.stringMatching(/^[a-z0-9]+$/) },
			{ id: 'two', text: 'Open Settings > Wi-Fi.', hash: expect.stringMatching(/^[a-z0-9]+$/) },
		]);
	});

	it('gives the checklist and page titles typographic quotes, as the page shows them', async () => {
		const code = await compileAt(
			`<Checklist id="c" title="Remove an old device's backup">\n${step('a')}\n</Checklist>`,
			undefined,
			{ title: "iCloud storage is full, so my iPhone won't back up" }
		);
		expect(code).toContain('title: "Remove an old device’s backup"');
		expect(code).toContain('pageTitle: "iCloud storage is full, so my iPhone won’t back up"');
	});

	it('fails on a duplicate step id in a checklist, naming the file and line', async () => {
		await expect(
			compileAt(`<Checklist id="c" title="T">\n${step('same')}\n${step('same')}\n</Checklist>`)
		).rejects.toThrow(
			/example\.mdx:3:1.*Duplicate step id "same" in checklist "c"|Duplicate step id "same" in checklist "c"/s
		);
	});

	it('fails on a duplicate checklist id on a page', async () => {
		const list = `<Checklist id="c" title="T">\n${step('a')}\n</Checklist>`;
		await expect(compileAt(`${list}\n\n${list}`)).rejects.toThrow(/Duplicate checklist id "c"/);
	});

	it('fails on a missing or malformed id', async () => {
		await expect(compileAt(`<Checklist title="T">\n${step('a')}\n</Checklist>`)).rejects.toThrow(
			/<Checklist> is missing its id/
		);
		await expect(
			compileAt(`<Checklist id="c" title="T">\n<Step>x</Step>\n</Checklist>`)
		).rejects.toThrow(/<Step> is missing its id/);
		await expect(
			compileAt(`<Checklist id="Bad Id" title="T">\n${step('a')}\n</Checklist>`)
		).rejects.toThrow(/must be a lowercase slug/);
	});

	it('requires a checklist in fix articles only', async () => {
		await expect(compileAt('Just prose.')).rejects.toThrow(/needs at least one <Checklist>/);
		await expect(compileAt('Just prose.', '/site/src/content/docs/errors.mdx')).resolves.toContain(
			'Just prose.'
		);
	});

	it('gives a reworded step a different hash and a re-wrapped one the same hash', async () => {
		const hashOf = async (text: string) =>
			(await compileAt(`<Checklist id="c" title="T">\n${step('a', text)}\n</Checklist>`)).match(
				/\\"hash\\":\\"([a-z0-9]+)\\"/
			)?.[1];
		expect(await hashOf('Open Settings.')).toBe(await hashOf('Open   Settings.'));
		expect(await hashOf('Open Settings.')).not.toBe(await hashOf('Open the Settings app.'));
		expect(await hashOf('Open Settings.')).toBeDefined();
	});
});
