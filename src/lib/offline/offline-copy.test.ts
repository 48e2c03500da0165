import { describe, expect, it } from 'vitest';
import { describeOfflineCopy, offlineCopyState } from './offline-copy.ts';

const manifest = { build: 'b1', bytes: 978_001, files: 3, urls: ['/a', '/b', '/c'] };

describe('offline copy state', () => {
	it('is ready only when every listed file is stored', () => {
		const ready = offlineCopyState({ supported: true, manifest, stored: 3, online: true });
		expect(ready).toEqual({ kind: 'ready', bytes: 978_001 });
		expect(describeOfflineCopy(ready)).toMatch(/^Ready offline: the whole site \(978 KB\)/);
		expect(offlineCopyState({ supported: true, manifest, stored: 2, online: true })).toEqual({
			kind: 'saving',
			stored: 2,
			files: 3,
			bytes: 978_001,
			online: true,
		});
	});

	it('says saving while online, and asks for a connection when offline', () => {
		const saving = offlineCopyState({ supported: true, manifest, stored: 1, online: true });
		expect(describeOfflineCopy(saving)).toBe('Saving the whole site (978 KB) on this device…');
		const stuck = offlineCopyState({ supported: true, manifest, stored: 1, online: false });
		expect(describeOfflineCopy(stuck)).toMatch(/with a connection to finish/);
	});

	it('knows nothing without a manifest, and nothing is possible without support', () => {
		expect(offlineCopyState({ supported: true, manifest: null, stored: 0, online: false })).toEqual(
			{ kind: 'unknown' }
		);
		const empty = { build: 'b0', bytes: 0, files: 0, urls: [] };
		expect(
			offlineCopyState({ supported: true, manifest: empty, stored: 0, online: true }).kind
		).toBe('unknown');
		const unsupported = offlineCopyState({ supported: false, manifest, stored: 3, online: true });
		expect(describeOfflineCopy(unsupported)).toMatch(/can’t keep a copy/);
	});
});
