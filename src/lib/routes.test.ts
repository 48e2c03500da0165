import { describe, expect, it } from 'vitest';
import { isSamePath, pathForId, slugForId } from './routes.ts';

describe('routes', () => {
	it('maps collection ids to directory URLs', () => {
		expect(pathForId('index')).toBe('/');
		expect(pathForId('errors')).toBe('/errors/');
		expect(pathForId('fixes/storage-full')).toBe('/fixes/storage-full/');
		expect(pathForId('fixes/index')).toBe('/fixes/');
	});

	it('gives the start page no slug', () => {
		expect(slugForId('index')).toBeUndefined();
		expect(slugForId('fixes/storage-full')).toBe('fixes/storage-full');
	});

	it('compares paths regardless of a trailing slash', () => {
		expect(isSamePath('/errors', '/errors/')).toBe(true);
		expect(isSamePath('/errors/', '/fixes/')).toBe(false);
	});
});
