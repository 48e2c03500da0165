import { describe, expect, it } from 'vitest';
import { supportSummary } from './summary.ts';
import { emptyRecord, setOutcome, setStep } from './record.ts';

const HOUR = 3600_000;
const start = Date.UTC(2026, 10, 24, 9, 0);

const storage = setOutcome(
	setStep(
		{
			...emptyRecord({ page: '/fixes/storage-full/', checklist: 'check-icloud-storage' }, start),
			pageTitle: 'iCloud storage is full',
			checklistTitle: 'Check your iCloud storage',
			stepIds: ['open', 'read', 'manage'],
		},
		{ id: 'open', hash: 'h', text: 'Open Settings > [your name] > iCloud.' },
		true,
		start
	),
	'not-fixed',
	start + HOUR
);

const wifi = setOutcome(
	setStep(
		{
			...emptyRecord({ page: '/fixes/wifi-network/', checklist: 'check-wifi' }, start + 2 * HOUR),
			pageTitle: 'The backup fails on Wi-Fi',
			checklistTitle: 'Check the Wi-Fi connection',
			stepIds: ['connected', 'load'],
		},
		{ id: 'connected', hash: 'h', text: 'Open Settings > Wi-Fi and check a network is ticked.' },
		true,
		start + 2 * HOUR
	),
	'solved',
	start + 3 * HOUR
);

describe('support summary', () => {
	it('lists each page tried in order, its steps with dates, and what did not help', () => {
		const text = supportSummary([wifi, storage], {
			origin: 'https://backup-rescue.example',
			now: start + 4 * HOUR,
			timeZone: 'UTC',
		});
		expect(text).toBe(
			[
				'What I have tried to fix my iCloud backup (from Backup Rescue)',
				'Summary made 24 Nov 2026, 13:00',
				'',
				'1. iCloud storage is full',
				'   https://backup-rescue.example/fixes/storage-full/',
				'   Check your iCloud storage: 1 of 3 steps done',
				'   - Open Settings > [your name] > iCloud. (done 24 Nov 2026, 09:00)',
				'   Result: this did not fix it (24 Nov 2026, 10:00)',
				'',
				'2. The backup fails on Wi-Fi',
				'   https://backup-rescue.example/fixes/wifi-network/',
				'   Check the Wi-Fi connection: 1 of 2 steps done',
				'   - Open Settings > Wi-Fi and check a network is ticked. (done 24 Nov 2026, 11:00)',
				'   Result: this fixed it (24 Nov 2026, 12:00)',
				'',
				'Did not help:',
				'- iCloud storage is full',
			].join('\n')
		);
	});

	it('says so when nothing has been tried', () => {
		expect(
			supportSummary([], { origin: 'https://x.example', now: start, timeZone: 'UTC' })
		).toMatch(/No steps tried yet\.$/);
	});
});

describe('support summary of unticked and reset steps', () => {
	it('lists only steps that still count as done', () => {
		const unticked = setStep(storage, { id: 'open', hash: '', text: '' }, false, start + 5 * HOUR);
		const text = supportSummary([unticked], {
			origin: 'https://x.example',
			now: start,
			timeZone: 'UTC',
		});
		expect(text).toContain('0 of 3 steps done');
		expect(text).not.toContain('Open Settings');
	});
});
