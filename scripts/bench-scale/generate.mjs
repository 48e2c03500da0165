// @ts-check
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom } from './random.mjs';
import {
	TOPICS,
	DEVICE_NAMES,
	CONTEXTS,
	HEADINGS,
	ACTIONS,
	SETTINGS_PATHS,
	SENTENCES,
} from './vocabulary.mjs';

/** Real fixes a synthetic article may point on to; they exist in src/content/docs/fixes/. */
const REAL_NEXT_FIXES = ['contact-support', 'wifi-network', 'storage-full', 'restart-device'];

/**
 * Writes `count` synthetic fix articles into `<contentDir>/fixes/`: valid front matter, no `errors`
 * (so the error index stays as it is), 400–700 words, one or two checklists of 4–7 steps.
 * @param {string} contentDir
 * @param {number} count
 * @returns {Promise<number>} the total number of words written
 */
export async function writeSyntheticArticles(contentDir, count) {
	const folder = join(contentDir, 'fixes');
	await mkdir(folder, { recursive: true });
	let words = 0;
	for (let index = 0; index < count; index++) {
		const { slug, source } = syntheticArticle(index);
		words += source.split(/\s+/).length;
		await writeFile(join(folder, `${slug}.mdx`), source);
	}
	return words;
}

/**
 * One synthetic article, the same for the same index on every run.
 * @param {number} index
 * @returns {{ slug: string, source: string }}
 */
export function syntheticArticle(index) {
	const random = seededRandom(index + 1);
	const topic = TOPICS[index % TOPICS.length] ?? TOPICS[0];
	if (!topic) throw new Error('No topics');
	const problem = random.pick(topic.problems);
	const device = random.pick(DEVICE_NAMES);
	const context = random.pick(CONTEXTS);
	const word = () => random.pick(topic.words);
	const sentence = () =>
		random.pick(SENTENCES).replace('{w}', word()).replace('{x}', word()).replace('{d}', device);
	const paragraph = () =>
		Array.from({ length: random.int(3, 5) }, sentence)
			.join(' ')
			.replace(/^./, (first) => first.toUpperCase());

	const slug = `bench-${topic.id}-${String(index).padStart(5, '0')}`;
	const nextFix = index % 2 === 0 ? `nextFix: ${random.pick(REAL_NEXT_FIXES)}\n` : '';
	const title = `${problem} ${context} (${device}, case ${index + 1})`;
	// As an author must, a title too long for a search result gets a shorter one (lib/nav/page-title.ts).
	const searchTitle = title.length > 70 ? `searchTitle: '${problem} (case ${index + 1})'\n` : '';
	const frontMatter = [
		'---',
		`title: '${title}'`,
		`${searchTitle}navLabel: '${problem} ${context} #${index + 1}'`,
		`description: 'What to check when ${problem.toLowerCase()} ${context} on your ${device}, and how to get the iCloud backup going again.'`,
		'section: fixes',
		`order: ${1000 + index}`,
		'lastReviewed: 2026-11-20',
		`iosVersions: ['18', '26']`,
		`devices: [${device.startsWith('iPad') ? 'iPad' : 'iPhone'}]`,
		`timeToFix: ${random.int(3, 30)}`,
		// Every page needs a Sources list backing its versions (the docs schema checks it).
		'sources:',
		'  - title: What is iCloud Backup?',
		'    publisher: iCloud User Guide, Apple Support',
		'    url: https://support.apple.com/en-om/guide/icloud/mm085db3a8d6/icloud',
		"    iosVersions: ['18', '26']",
		`${nextFix}---`,
	].join('\n');

	const target = random.int(400, 700);
	const checklistCount = random.int(1, 2);
	const headings = random.sample(HEADINGS, 4);
	/** @type {string[]} */
	const blocks = [paragraph()];
	let checklists = 0;
	for (const [position, heading] of headings.entries()) {
		blocks.push(`## ${heading}`, paragraph());
		if (random.next() < 0.4) blocks.push(paragraph());
		if (position === 1 && random.next() < 0.5) {
			blocks.push(
				`<Callout type="tip" title="${word()} matters here">\n  ${sentence()}\n</Callout>`
			);
		}
		if (checklists < checklistCount && position % 2 === 1) {
			checklists += 1;
			blocks.push(checklist(`${topic.id}-checks-${checklists}`, heading, random, word));
		}
	}
	// Top up to the target length with prose under the last heading.
	while (blocks.join(' ').split(/\s+/).length < target) blocks.push(paragraph());
	blocks.push(
		'## Still failing?',
		`If the backup still fails, see [Contact Apple Support](/fixes/contact-support/) or go back to the [start page](/).`
	);
	return { slug, source: `${frontMatter}\n\n${blocks.join('\n\n')}\n` };
}

/**
 * A `<Checklist>` of 4–7 steps with ids unique on the page.
 * @param {string} id
 * @param {string} heading
 * @param {ReturnType<typeof seededRandom>} random
 * @param {() => string} word
 */
function checklist(id, heading, random, word) {
	const steps = Array.from({ length: random.int(4, 7) }, (_, step) => {
		const text =
			step % 3 === 0
				? `Open <SettingsPath path="${random.pick(SETTINGS_PATHS)}" /> and look at ${word()}.`
				: `${random.pick(ACTIONS)} ${word()}, then tap <Kbd>Back Up Now</Kbd> if it is still waiting.`;
		return `  <Step id="${id}-step-${step + 1}">\n    ${text}\n  </Step>`;
	});
	return `<Checklist id="${id}" title="${heading}">\n${steps.join('\n')}\n</Checklist>`;
}
