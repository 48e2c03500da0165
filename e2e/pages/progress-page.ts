import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { decodeQr } from '../qr';

/** /progress/: the list of checklists in progress, export, import and "Continue on another device". */
export class ProgressPage {
	static readonly PATH = '/progress/';
	readonly main: Locator;
	/** What the page says after an import, a copy or a refused link. */
	readonly status: Locator;
	/** The "Continue on another device" panel, once opened. */
	readonly continuePanel: Locator;
	/** The link the panel offers. */
	readonly continueLink: Locator;
	/** The QR code of that link. */
	readonly continueQr: Locator;
	/** The plain-text summary the page copies for Apple Support. */
	readonly summary: Locator;

	/** The page it reads and drives. */
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
		this.main = page.getByRole('main');
		this.status = this.main.getByRole('status');
		this.continuePanel = page.getByRole('region', { name: 'Continue on another device' });
		this.continueLink = this.continuePanel.getByLabel('Link to your progress', { exact: true });
		this.continueQr = this.continuePanel.getByRole('img', {
			name: 'QR code of the link to your progress',
		});
		this.summary = page.getByLabel('Summary for Apple Support');
	}

	async open(): Promise<void> {
		await this.page.goto(ProgressPage.PATH);
	}

	/** A button of the page, by its accessible name. */
	button(name: string): Locator {
		return this.page.getByRole('button', { name });
	}

	/** Export progress with the page's button; returns the saved file's path. */
	async exportFile(): Promise<string> {
		const download = this.page.waitForEvent('download');
		await this.button('Export progress to a file').click();
		const file = join(await mkdtemp(join(tmpdir(), 'progress-export-')), 'progress.json');
		await (await download).saveAs(file);
		return file;
	}

	/** Choose a file in the dialog the "Import" button opens. */
	async importFile(path: string): Promise<void> {
		const chooser = this.page.waitForEvent('filechooser');
		await this.button('Import progress from a file').click();
		await (
			await chooser
		).setFiles({
			name: 'progress.json',
			mimeType: 'application/json',
			buffer: readFileSync(path),
		});
	}

	/** Open the page, then the "Continue on another device" panel: its link and the QR's text. */
	async linkToAll(): Promise<{ link: string; decoded: string | undefined }> {
		await this.open();
		await this.button('Continue on another device').click();
		const link = await this.continueLink.inputValue();
		return { link, decoded: decodeQr(await this.continueQr.screenshot()) };
	}
}
