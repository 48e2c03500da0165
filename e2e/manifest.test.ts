import { PNG } from 'pngjs';
import { expect, test } from './fixtures';

test.describe('installable', () => {
	test('the manifest is valid, as Chromium reads it, and every icon is there at its size', async ({
		page,
		request,
	}) => {
		await page.goto('/');
		const cdp = await page.context().newCDPSession(page);
		// Chromium's own manifest parser: what it fetched and what it found wrong.
		const { url, errors, data } = await cdp.send('Page.getAppManifest', {});
		expect(url).toMatch(/\/manifest\.webmanifest$/);
		expect(errors).toEqual([]);
		// Nothing keeps Chromium from offering to install it, but that Playwright's context is
		// incognito, where nothing installs.
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors.map(({ errorId }) => errorId)).toEqual(['in-incognito']);
		const raw = JSON.parse(data ?? '{}');
		expect(raw).toMatchObject({
			name: 'Backup Rescue',
			short_name: 'Backup Rescue',
			start_url: '/',
			scope: '/',
			display: 'standalone',
		});
		expect(raw.theme_color).toMatch(/^#[0-9a-f]{6}$/);
		expect(raw.background_color).toMatch(/^#[0-9a-f]{6}$/);

		// Each PNG icon exists at the size the manifest gives it; one of them is maskable.
		const icons = raw.icons as { src: string; sizes: string; type: string; purpose?: string }[];
		expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
		expect(icons.some((icon) => icon.sizes === '512x512' && icon.purpose !== 'maskable')).toBe(
			true
		);
		for (const icon of icons) {
			const response = await request.get(icon.src);
			expect(response.ok(), icon.src).toBe(true);
			expect(response.headers()['content-type'], icon.src).toContain(icon.type);
			if (icon.type !== 'image/png') continue;
			const { width, height } = PNG.sync.read(await response.body());
			expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
		}
	});

	test('an iPhone gets its Home Screen icon and both colour schemes a theme colour', async ({
		page,
		request,
	}) => {
		await page.goto('/fixes/storage-full/');
		const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
		const response = await request.get(appleIcon ?? '');
		expect(response.ok()).toBe(true);
		const { width, height } = PNG.sync.read(await response.body());
		expect({ width, height }).toEqual({ width: 180, height: 180 });

		const themeColors = page.locator('meta[name="theme-color"]');
		await expect(themeColors).toHaveCount(2);
		expect(
			await themeColors.evaluateAll((metas) => metas.map((meta) => meta.getAttribute('media')))
		).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
	});

	test.describe('with the service worker', () => {
		test.use({ serviceWorkers: 'allow' });

		test('its scope covers the start URL, so the Home Screen app works offline too', async ({
			page,
			request,
		}) => {
			await page.goto('/');
			const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
			const manifest = await (await request.get('/manifest.webmanifest')).json();
			const startUrl = new URL(manifest.start_url, page.url()).href;
			expect(startUrl.startsWith(scope)).toBe(true);
			expect(new URL(manifest.scope, page.url()).href).toBe(scope);
		});
	});
});
