import { formatBytes } from '../format/format-bytes.ts';
import type { OfflineManifest } from './offline-manifest.ts';

/** Where the reader's offline copy of the site stands. */
export type OfflineCopyState =
	/** The browser can't keep one (no service workers or Cache Storage, e.g. some private modes). */
	| { kind: 'unsupported' }
	/** Nothing to go on: the offline manifest could not be read (offline before the first save). */
	| { kind: 'unknown' }
	/** Some files are stored, not all. */
	| { kind: 'saving'; stored: number; files: number; bytes: number; online: boolean }
	/** Every precached file is stored. */
	| { kind: 'ready'; bytes: number };

/** What the page found out about the browser, the manifest and Cache Storage. */
export interface OfflineCopyFacts {
	supported: boolean;
	manifest: OfflineManifest | null;
	/** How many of the manifest's files are in Cache Storage. */
	stored: number;
	online: boolean;
}

/** Decide the state from the facts: ready only when every listed file is stored. */
export function offlineCopyState(facts: OfflineCopyFacts): OfflineCopyState {
	if (!facts.supported) return { kind: 'unsupported' };
	const { manifest } = facts;
	if (!manifest || manifest.files === 0) return { kind: 'unknown' };
	if (facts.stored >= manifest.urls.length) return { kind: 'ready', bytes: manifest.bytes };
	return {
		kind: 'saving',
		stored: facts.stored,
		files: manifest.urls.length,
		bytes: manifest.bytes,
		online: facts.online,
	};
}

/** The sentence the start page shows for a state. */
export function describeOfflineCopy(state: OfflineCopyState): string {
	switch (state.kind) {
		case 'unsupported':
			return 'This browser can’t keep a copy of the site, so it needs a connection. Private browsing can cause this.';
		case 'unknown':
			return 'Open this page with a connection to save the site on this device.';
		case 'saving':
			return state.online
				? `Saving the whole site (${formatBytes(state.bytes)}) on this device…`
				: `Only part of the site is saved. Open this page again with a connection to finish.`;
		case 'ready':
			return `Ready offline: the whole site (${formatBytes(state.bytes)}) is saved on this device. Every page, the search and your checklists work without a connection.`;
	}
}
