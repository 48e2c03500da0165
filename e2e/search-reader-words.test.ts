import { test, expect, axeViolations } from './fixtures';
import { STORAGE_FULL } from './site-paths';

/** Searches in readers' own words: a sentence around a message, a pasted alert, a vague question. */
test.describe('search in readers’ words', () => {
	test('a long sentence around a known message finds its fix first and says which message matched', async ({
		page,
		searchResults,
	}) => {
		await searchResults.open(
			'Every night I get a message that my iPhone cannot be backed up because there is not enough iCloud storage available, what do I do?'
		);
		const first = searchResults.firstResult;
		await expect(first).toHaveAttribute('data-result-slug', 'storage-full');
		await expect(page.getByText('Matched message:')).toContainText(
			'This iPhone cannot be backed up because there is not enough iCloud storage available.'
		);
		// A sure answer needs no triage.
		await expect(page.getByRole('heading', { name: 'Which message do you see?' })).toBeHidden();
	});

	test('a pasted alert with its title, curly quotes and a dash opens the alert’s fix', async ({
		page,
		searchResults,
	}) => {
		await searchResults.open(
			'“iPhone Backup Failed” – This iPhone cannot be backed up because there is not enough iCloud storage available. You can manage your storage in Settings.'
		);
		const first = searchResults.firstResult;
		await expect(first).toHaveAttribute('data-result-slug', 'storage-full');
		await first.getByRole('link').first().click();
		await expect(page).toHaveURL(new RegExp(`^[^?#]*${STORAGE_FULL}`));
	});

	test('a quote of most of an alert, as a cut-off notification shows it, finds the whole alert’s fix', async ({
		page,
		searchResults,
	}) => {
		await searchResults.open('error message "problem enabling iCloud Backup"');
		await expect(searchResults.firstResult).toHaveAttribute('data-result-slug', 'sign-out-in');
		await expect(page.getByText('Matched message:')).toContainText(
			'There was a problem enabling iCloud Backup'
		);
	});

	test('a reader’s own phrasing of a problem opens its page at the top, not at the last section', async ({
		page,
		searchResults,
	}) => {
		// The phrasing is one of the page's "You may have searched for", listed after its last section.
		await searchResults.open('backup only works when I tap Back Up Now');
		const first = searchResults.firstResult;
		await expect(first).toHaveAttribute('data-result-slug', 'automatic-backup-conditions');
		const link = first.getByRole('link').first();
		await expect(link).not.toHaveAttribute('href', /#/);
		await link.click();
		await expect(page).toHaveURL(/\/fixes\/automatic-backup-conditions\/[^#]*$/);
	});

	test('the words around a short notice decide: a new phone is the move, not the storage', async ({
		searchResults,
	}) => {
		await searchResults.open(
			'iPhone Backup Failed on my old phone right before I switch to the new one'
		);
		const first = searchResults.firstResult;
		await expect(first).toHaveAttribute('data-result-slug', 'new-device-temporary-storage');
	});

	test('what the reader rules out does not decide: “plenty of iCloud space” is not the storage page', async ({
		page,
		searchResults,
	}) => {
		await searchResults.open('my iPhone won’t back up even though there is plenty of iCloud space');
		const first = searchResults.firstResult;
		// Nothing else names a problem, so it is the start page and its triage.
		await expect(first).toHaveAttribute('data-result-slug', 'index');
		await expect(page.getByRole('heading', { name: 'Which message do you see?' })).toBeVisible();
	});

	test('where the storage is decides: the phone’s own storage is not iCloud’s', async ({
		searchResults,
	}) => {
		const first = searchResults.firstResult;
		await searchResults.open('not enough space on my phone to back up');
		await expect(first).toHaveAttribute('data-result-slug', 'device-storage');
		await searchResults.open('not enough iCloud space to back up');
		await expect(first).toHaveAttribute('data-result-slug', 'storage-full');
	});

	test('an update that only dates the problem does not decide; alone, it is the topic', async ({
		searchResults,
	}) => {
		const first = searchResults.firstResult;
		await searchResults.open('Since I updated, my iPhone keeps saying my iCloud storage is full');
		await expect(first).toHaveAttribute('data-result-slug', 'storage-full');
		await searchResults.open('my backup has failed ever since the update');
		await expect(first).toHaveAttribute('data-result-slug', 'update-ios');
	});

	test('a query it is not sure of shows the closest matches and asks which message the reader sees', async ({
		page,
		searchResults,
	}) => {
		await searchResults.open('my phone is acting weird');
		await expect(page.getByText('Not sure which problem this is')).toBeVisible();
		const triage = page.getByRole('region', { name: 'Which message do you see?' });
		await expect(triage).toBeVisible();
		// The start page's triage: each message leads to the fix for it.
		await triage.getByRole('link', { name: /Not Enough Storage/ }).click();
		await expect(page).toHaveURL(new RegExp(`${STORAGE_FULL}$`));
	});

	test('a word of a known topic never ends in “no results”', async ({ page, searchResults }) => {
		await searchResults.open('greyed');
		await expect(page.getByRole('main').getByRole('status')).not.toHaveText(/No results/);
		await expect(searchResults.firstResult).toHaveAttribute(
			'data-result-slug',
			'backup-switch-unavailable'
		);
	});

	test('the triage shown beside uncertain results has no accessibility violations', async ({
		page,
		searchResults,
	}) => {
		await searchResults.open('my phone is acting weird');
		await expect(page.getByRole('heading', { name: 'Which message do you see?' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('an article lists the ways readers describe its problem', async ({ page }) => {
		await page.goto(STORAGE_FULL);
		const searchedFor = page.getByRole('region', { name: 'You may have searched for' });
		await expect(searchedFor.getByRole('listitem').first()).toBeVisible();
	});
});
