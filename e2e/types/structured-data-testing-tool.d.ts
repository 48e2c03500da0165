/** The parts of structured-data-testing-tool (no types of its own) the tests use. */
declare module 'structured-data-testing-tool' {
	/** One test the tool ran, with why it failed. */
	export interface SdttTest {
		test: string;
		description?: string;
		group?: string;
		error?: { message: string };
	}
	/** A preset: a named set of tests (Google, Twitter, Facebook…). */
	export interface SdttPreset {
		name: string;
		description: string;
	}
	/** What the tool found and how its tests went. */
	export interface SdttResult {
		passed: SdttTest[];
		failed: SdttTest[];
		warnings: SdttTest[];
		schemas: string[];
		structuredData: { jsonld: Record<string, Record<string, unknown>[]> };
	}
	/** Tests HTML; rejects with `{ type: 'VALIDATION_FAILED', res }` when a test fails. */
	export function structuredDataTest(
		html: string,
		options?: { presets?: SdttPreset[]; schemas?: string[] }
	): Promise<SdttResult>;
}

declare module 'structured-data-testing-tool/presets.js' {
	import type { SdttPreset } from 'structured-data-testing-tool';
	const presets: Record<'Google' | 'Twitter' | 'Facebook' | 'SocialMedia', SdttPreset>;
	export default presets;
}

declare module 'structured-data-testing-tool/lib/schemas.js' {
	/** Every schema.org type the tool knows, by name. */
	export const schemas: Record<string, unknown>;
}
