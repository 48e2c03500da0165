import { describe, expect, it } from 'vitest';
import { isAppleDocument, isOwnSite, sourceProblems, versionBacks } from './source-rules.ts';

const SITE = 'https://backup-rescue.example';
const apple = { url: 'https://support.apple.com/en-us/108756', iosVersions: ['26'] };
const press = { url: 'https://www.macworld.com/article/1', iosVersions: ['18'] };

describe('source rules', () => {
	it("tells Apple's own documents from other publishers'", () => {
		expect(isAppleDocument('https://support.apple.com/en-us/HT203516')).toBe(true);
		expect(isAppleDocument('https://developer.apple.com/documentation/x')).toBe(true);
		expect(isAppleDocument('https://www.apple.com/support/systemstatus/')).toBe(true);
		expect(isAppleDocument('https://appleinsider.com/x')).toBe(false);
		expect(isAppleDocument('https://notapple.com/x')).toBe(false);
	});

	it('recognises a link to this site, with or without www', () => {
		expect(isOwnSite('https://backup-rescue.example/fixes/storage-full/', SITE)).toBe(true);
		expect(isOwnSite('https://www.backup-rescue.example/', SITE)).toBe(true);
		expect(isOwnSite('https://support.apple.com/', SITE)).toBe(false);
	});

	it('lets a point release back its major version and the other way round', () => {
		expect(versionBacks('26', '26')).toBe(true);
		expect(versionBacks('26.5', '26')).toBe(true);
		expect(versionBacks('17', '17.4')).toBe(true);
		expect(versionBacks('18', '26')).toBe(false);
		expect(versionBacks('1', '17')).toBe(false);
	});

	it('accepts Apple first, no own page, and every version backed', () => {
		expect(sourceProblems({ iosVersions: ['18', '26'], sources: [apple, press] }, SITE)).toEqual(
			[]
		);
	});

	it('names the source that points at this site', () => {
		const own = { url: `${SITE}/errors/`, iosVersions: [] };
		expect(sourceProblems({ iosVersions: ['26'], sources: [apple, own] }, SITE)).toEqual([
			expect.objectContaining({ path: ['sources', 1, 'url'] }),
		]);
	});

	it('names an Apple document listed after another publisher', () => {
		expect(sourceProblems({ iosVersions: ['18'], sources: [press, apple] }, SITE)).toEqual([
			expect.objectContaining({
				path: ['sources', 1, 'url'],
				message: expect.stringMatching(/first/),
			}),
		]);
	});

	it('names each page version no source describes', () => {
		expect(
			sourceProblems({ iosVersions: ['17', '26', '18'], sources: [apple, press] }, SITE)
		).toEqual([
			expect.objectContaining({
				path: ['iosVersions', 0],
				message: expect.stringMatching(/iOS 17/),
			}),
		]);
	});
});
