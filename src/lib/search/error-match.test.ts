import { describe, expect, it } from 'vitest';
import { matchError, type KnownError } from './error-match.ts';

const known: KnownError[] = [
	{ message: 'iPhone Backup Failed', url: '/fixes/storage-full/' },
	{ message: 'Not Enough Storage', url: '/fixes/storage-full/' },
	{ message: 'The last backup could not be completed.', url: '/fixes/wifi-network/' },
	{ message: "The last backup couldn't be completed.", url: '/fixes/wifi-network/' },
	{
		message: 'This iPhone hasn’t been backed up in N weeks',
		url: '/fixes/automatic-backup-conditions/',
	},
	{ message: 'Backing Up…', url: '/fixes/backup-stuck/' },
	{ message: 'authentication failed', url: '/fixes/sign-out-in/' },
];

describe('matchError', () => {
	it('matches an exact message', () => {
		expect(matchError('Not Enough Storage', known)).toMatchObject({
			url: '/fixes/storage-full/',
			strong: true,
		});
	});

	it('matches a pasted notification with extra text, preferring the longest message', () => {
		const match = matchError(
			'iPhone Backup Failed – The last backup could not be completed. (Details…)',
			known
		);
		expect(match).toMatchObject({
			message: 'The last backup could not be completed.',
			strong: true,
		});
	});

	it('ignores case, quotes, device names and numbers', () => {
		expect(matchError('this ipad hasnt been backed up in three weeks', known)?.strong).toBe(true);
		expect(matchError('This iPad hasn’t been backed up in 3 weeks', known)).toMatchObject({
			url: '/fixes/automatic-backup-conditions/',
			strong: true,
		});
		expect(matchError("the last backup couldn't be completed", known)?.url).toBe(
			'/fixes/wifi-network/'
		);
	});

	it('takes a quoted run of most of one message as that message', () => {
		const enabling = [
			...known,
			{ message: 'There was a problem enabling iCloud Backup', url: '/fixes/sign-out-in/' },
		];
		expect(matchError('error message "problem enabling iCloud Backup"', enabling)).toMatchObject({
			url: '/fixes/sign-out-in/',
			strong: true,
			quoted: true,
		});
		// Two words, or words every message has, stand for nothing.
		expect(matchError('"problem enabling" again', enabling)).toBeUndefined();
		expect(matchError('it says "the last backup"', known)).toBeUndefined();
	});

	it('tolerates typos in a long message', () => {
		expect(matchError('the last bakup could not be complted', known)).toMatchObject({
			url: '/fixes/wifi-network/',
			strong: true,
		});
	});

	it('is weak when a short message is a small part of the query', () => {
		expect(matchError('my iphone is stuck on backing up for hours now', known)).toMatchObject({
			url: '/fixes/backup-stuck/',
			strong: false,
		});
	});

	it('finds nothing for an unrelated query', () => {
		expect(matchError('how do I restart', known)).toBeUndefined();
	});

	it('takes a short notification beside a topic of its own as evidence, not the answer', () => {
		for (const query of ['ipad backup failed wifi', 'ipad backup faild wifi']) {
			expect(matchError(query, known), query).toMatchObject({
				message: 'iPhone Backup Failed',
				strong: false,
			});
		}
		// Words on nearly every page name no topic: the notification is still the answer.
		expect(matchError('icloud iphone backup failed', known, new Set(['icloud']))).toMatchObject({
			message: 'iPhone Backup Failed',
			strong: true,
		});
		// A long message is a paste, whatever else the reader wrote.
		expect(matchError('wifi: The last backup could not be completed.', known)?.strong).toBe(true);
	});

	it('finds a message nearly whole inside longer text, typos and a slipped word included', () => {
		const match = matchError(
			'hi, every time it says the last backup couldnt be completd, tried twice already',
			known
		);
		expect(match).toMatchObject({ url: '/fixes/wifi-network/', whole: true, strong: true });
		// The longest message found wins over a shorter one inside it.
		expect(
			matchError('This iPhone hasn’t been backed up in 3 weeks. Backing Up…', known)?.url
		).toBe('/fixes/automatic-backup-conditions/');
	});

	it('says when the message is inside quotes, as a pasted alert has it', () => {
		expect(matchError('my phone shows “iPhone Backup Failed” – every day', known)).toMatchObject({
			message: 'iPhone Backup Failed',
			quoted: true,
		});
		expect(matchError('my phone shows iPhone Backup Failed every day', known)?.quoted).toBe(false);
	});
});
