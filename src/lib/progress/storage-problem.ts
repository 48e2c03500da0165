import type { StorageProblem } from './store';

/** What a checklist says when ticks can't be kept, by the reason the browser gave. */
export function checklistStorageMessage(problem: StorageProblem): string {
	return problem === 'full'
		? 'Your ticks won’t be saved on this device: its storage is full. The checklist still works while the page is open.'
		: 'Your ticks won’t be saved on this device (this browser is blocking storage), but the checklist still works while the page is open.';
}

/** What the progress page says when progress can't be kept, by the reason the browser gave. */
export function pageStorageMessage(problem: StorageProblem): string {
	return problem === 'full'
		? 'This device’s storage is full, so new progress cannot be kept. Free up some space and reload.'
		: 'This browser is blocking storage, so progress cannot be kept on this device.';
}
