import { describe, expect, it } from 'vitest';
import { previewImagePath } from './preview-image.ts';

describe('previewImagePath', () => {
	it('names an article’s image after its path', () => {
		expect(previewImagePath('/fixes/storage-full/')).toBe('/og/fixes/storage-full.png');
	});

	it('names the start page’s image index.png', () => {
		expect(previewImagePath('/')).toBe('/og/index.png');
	});
});
