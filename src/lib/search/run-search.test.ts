import { describe, expect, it } from 'vitest';
import type { PagefindResult, PagefindResultData, PagefindSearch } from './pagefind-api.ts';
import { startSearch } from './run-search.ts';
import type { SearchData } from './search-data.ts';
import { SEARCHED_FOR_ID } from './urls.ts';

const page = (slug: string, title: string) => ({
	url: `/fixes/${slug}/`,
	title,
	description: `About ${title.toLowerCase()}.`,
});

const data: SearchData = {
	pages: [
		page('storage-full', 'iCloud storage is full'),
		page('wifi-network', 'Backup fails on Wi-Fi'),
		page('backup-stuck', 'The backup is stuck'),
		page('restart-device', 'Restart your device'),
	],
	errors: [
		{
			message: 'iPhone Backup Failed',
			url: '/fixes/storage-full/',
			alsoOn: ['/fixes/wifi-network/'],
		},
		{ message: 'Not Enough Storage', url: '/fixes/storage-full/' },
	],
	vocabulary: {
		backup: 40,
		failed: 6,
		storage: 20,
		icloud: 30,
		full: 9,
		enough: 3,
		stuck: 4,
		restart: 5,
		device: 12,
		'wi-fi': 8,
		network: 7,
	},
	synonyms: [{ canonical: 'wi-fi', variants: ['wifi'] }],
	genericWords: ['backup', 'icloud'],
};

/** A stand-in for Pagefind: fixed answers per query, in the order given, and a log of calls. */
function fakePagefind(
	answers: Record<string, string[]>,
	options: { fail?: boolean; section?: string; sectionExcerpt?: string } = {}
) {
	const searches: string[] = [];
	const loaded: string[] = [];
	const result = (slug: string, index: number): PagefindResult => ({
		id: slug,
		score: 10 - index,
		data: async (): Promise<PagefindResultData> => {
			loaded.push(slug);
			return {
				url: `/fixes/${slug}/`,
				excerpt: `…<mark>${slug}</mark>…`,
				meta: { title: data.pages.find((p) => p.url === `/fixes/${slug}/`)?.title },
				sub_results: [
					{
						title: 'Check it',
						// An empty section is the top of the page, which has no fragment.
						url: `/fixes/${slug}/${options.section === '' ? '' : `#${options.section ?? 'check'}`}`,
						excerpt: options.sectionExcerpt ?? 'section excerpt',
						weighted_locations: [{ weight: 1, balanced_score: 5, location: 3 }],
					},
				],
			};
		},
	});
	const pagefind: PagefindSearch = {
		async search(query) {
			searches.push(query);
			if (options.fail) throw new Error('index chunk failed to load');
			return { results: (answers[query] ?? []).map(result) };
		},
	};
	return { pagefind, searches, loaded };
}

const slugs = (hits: { slug: string }[]) => hits.map((hit) => hit.slug);

describe('startSearch', () => {
	it('asks Pagefind once when all the terms together find enough, and keeps its order', async () => {
		const fake = fakePagefind({
			'storage full': ['storage-full', 'backup-stuck', 'restart-device', 'wifi-network'],
		});
		const search = startSearch('storage full', { pagefind: fake.pagefind, data }, { limit: 20 });
		const first = await search.outcome(2);
		expect(fake.searches).toEqual(['storage full']);
		expect(slugs(first.hits)).toEqual(['storage-full', 'backup-stuck']);
		// Only the shown results and one more (for the label nudge) are loaded.
		expect(fake.loaded).toHaveLength(3);
		const all = await search.outcome(20);
		expect(slugs(all.hits)).toEqual([
			'storage-full',
			'backup-stuck',
			'restart-device',
			'wifi-network',
		]);
		// Each result's data is loaded once, however many outcomes ask for it.
		expect(fake.loaded).toHaveLength(4);
		expect(fake.searches).toHaveLength(1);
	});

	it('searches each term alone when all together find too little, and merges the runs', async () => {
		const fake = fakePagefind({
			'stuck restart': [],
			stuck: ['backup-stuck'],
			restart: ['restart-device', 'backup-stuck'],
		});
		const outcome = await startSearch(
			'stuck restart',
			{ pagefind: fake.pagefind, data },
			{ limit: 20 }
		).outcome(20);
		expect(fake.searches).toEqual(['stuck restart', 'stuck', 'restart']);
		// Each page found by one word alone is still a result.
		expect(slugs(outcome.hits).sort()).toEqual(['backup-stuck', 'restart-device']);
	});

	it('answers a pasted message from the message map before Pagefind does, and keeps it first', async () => {
		const fake = fakePagefind({
			'enough storage': ['backup-stuck', 'storage-full', 'wifi-network'],
		});
		// Pagefind answers only when the test says so.
		let release = () => undefined as void;
		const held = new Promise<void>((resolve) => (release = resolve));
		const pagefind: PagefindSearch = {
			search: async (query) => {
				await held;
				return fake.pagefind.search(query);
			},
		};
		const search = startSearch('Not Enough Storage', { pagefind, data }, { limit: 20 });
		expect(search.instant?.hits.map((hit) => [hit.slug, hit.matchedMessage])).toEqual([
			['storage-full', 'Not Enough Storage'],
		]);
		expect(search.instant?.hits[0]?.summary).toBe('About icloud storage is full.');
		expect(fake.searches).toEqual([]);
		release();
		const outcome = await search.outcome(20);
		expect(fake.searches).toEqual(['enough storage']);
		expect(slugs(outcome.hits)).toEqual(['storage-full', 'backup-stuck', 'wifi-network']);
		expect(outcome.hits[0]?.matchedMessage).toBe('Not Enough Storage');
		expect(outcome.plan.error?.strong).toBe(true);
	});

	it('lets a topic named beside a short notification decide: "ipad backup faild wifi"', async () => {
		const fake = fakePagefind({
			'backup failed wi-fi': ['wifi-network', 'storage-full', 'backup-stuck'],
		});
		const search = startSearch(
			'ipad backup faild wifi',
			{ pagefind: fake.pagefind, data },
			{ limit: 20 }
		);
		expect(search.instant).toBeUndefined();
		expect(search.plan.error).toMatchObject({ message: 'iPhone Backup Failed', strong: false });
		const outcome = await search.outcome(20);
		expect(slugs(outcome.hits)).toEqual(['wifi-network', 'storage-full', 'backup-stuck']);
		// Both pages list the notification, so both say which message they fix.
		expect(outcome.hits.map((hit) => hit.matchedMessage)).toEqual([
			'iPhone Backup Failed',
			'iPhone Backup Failed',
			undefined,
		]);
	});

	it('puts the page whose title the query restates first', async () => {
		const fake = fakePagefind({ 'backup stuck': ['storage-full', 'backup-stuck'] });
		const outcome = await startSearch(
			'the backup is stuck',
			{ pagefind: fake.pagefind, data },
			{ limit: 20 }
		).outcome(20);
		expect(slugs(outcome.hits).slice(0, 2)).toEqual(['backup-stuck', 'storage-full']);
	});

	it('opens the best section with the searched words to highlight', async () => {
		const fake = fakePagefind({ 'storage full': ['storage-full'] });
		const [hit] = (
			await startSearch('storage full', { pagefind: fake.pagefind, data }, { limit: 5 }).outcome(5)
		).hits;
		expect(hit).toMatchObject({
			url: '/fixes/storage-full/?highlight=storage&highlight=full#check',
			section: 'Check it',
			excerptHtml: 'section excerpt',
			title: 'iCloud storage is full',
		});
	});

	it('opens the top of the page when the best section is the reader phrasings', async () => {
		const fake = fakePagefind({ 'storage full': ['storage-full'] }, { section: SEARCHED_FOR_ID });
		const [hit] = (
			await startSearch('storage full', { pagefind: fake.pagefind, data }, { limit: 5 }).outcome(5)
		).hits;
		expect(hit).toMatchObject({
			url: '/fixes/storage-full/?highlight=storage&highlight=full',
			summary: data.pages.find((page) => page.url === '/fixes/storage-full/')?.description,
		});
		expect(hit?.section).toBeUndefined();
		// Pagefind's excerpt of the phrasings would run them together.
		expect(hit?.excerptHtml).toBeUndefined();
	});

	it("shows the page's description when the top of the page matched best", async () => {
		const fake = fakePagefind({ 'storage full': ['storage-full'] }, { section: '' });
		const [hit] = (
			await startSearch('storage full', { pagefind: fake.pagefind, data }, { limit: 5 }).outcome(5)
		).hits;
		expect(hit?.summary).toBe('About icloud storage is full.');
		expect(hit?.excerptHtml).toBeUndefined();
	});

	it("shows the page's description when a section's excerpt is only its heading", async () => {
		const fake = fakePagefind(
			{ 'storage full': ['storage-full'] },
			{ sectionExcerpt: '<mark>Check</mark> it.' }
		);
		const [hit] = (
			await startSearch('storage full', { pagefind: fake.pagefind, data }, { limit: 5 }).outcome(5)
		).hits;
		expect(hit).toMatchObject({ section: 'Check it', summary: 'About icloud storage is full.' });
		expect(hit?.excerptHtml).toBeUndefined();
	});

	it('offers the closest titles when nothing matches', async () => {
		const fake = fakePagefind({});
		const outcome = await startSearch(
			'stroage ful',
			{ pagefind: fake.pagefind, data },
			{ limit: 20, literal: true }
		).outcome(20);
		expect(outcome.hits).toEqual([]);
		expect(outcome.suggestions.map((p) => p.url)).toContain('/fixes/storage-full/');
	});

	it('shows the pages of a known topic word even when Pagefind finds nothing', async () => {
		const fake = fakePagefind({});
		const outcome = await startSearch(
			'stroage ful icloud',
			{ pagefind: fake.pagefind, data },
			{ limit: 20, literal: true }
		).outcome(20);
		expect(slugs(outcome.hits)).toContain('storage-full');
		expect(outcome.hits[0]?.summary).toBe('About icloud storage is full.');
	});

	it('asks Pagefind nothing for an empty query', async () => {
		const fake = fakePagefind({});
		const outcome = await startSearch(
			'   ',
			{ pagefind: fake.pagefind, data },
			{ limit: 20 }
		).outcome(20);
		expect(outcome.hits).toEqual([]);
		expect(fake.searches).toEqual([]);
	});

	it('reports a failed Pagefind search from the outcome, after the instant answer', async () => {
		const fake = fakePagefind({}, { fail: true });
		const search = startSearch(
			'Not Enough Storage',
			{ pagefind: fake.pagefind, data },
			{ limit: 20 }
		);
		expect(slugs(search.instant?.hits ?? [])).toEqual(['storage-full']);
		await expect(search.outcome(20)).rejects.toThrow('index chunk failed to load');
	});

	it('reads "since the update" as the topic only when nothing else is named', async () => {
		const withUpdate: SearchData = {
			...data,
			pages: [
				...data.pages,
				{
					...page('update-ios', 'Update iOS'),
					symptoms: ['the backup fails since the update'],
				},
			],
			vocabulary: { ...data.vocabulary, update: 6, since: 2, fails: 4 },
		};
		const first = async (query: string) => {
			const fake = fakePagefind({});
			const outcome = await startSearch(
				query,
				{ pagefind: fake.pagefind, data: withUpdate },
				{ limit: 20 }
			).outcome(20);
			return { slug: outcome.hits[0]?.slug, searches: fake.searches };
		};
		expect((await first('backup fails since the update')).slug).toBe('update-ios');
		// The update dates the problem; the storage is what it is.
		const dated = await first('Since I updated, it says my iCloud storage is full');
		expect(dated.slug).toBe('storage-full');
		expect(dated.searches.join(' ')).not.toMatch(/updated|since/);
	});
});
