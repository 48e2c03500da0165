/**
 * Turns each server-rendered [data-device-switch] into tabs (WAI-ARIA tabs pattern, automatic
 * activation). The chosen variant is stored per sync key and applied to every switch with that key,
 * in this tab and, through the storage event, in other tabs.
 */
export function setUpDeviceSwitches(): void {
	const switches = [...document.querySelectorAll<HTMLElement>('[data-device-switch]')];
	for (const container of switches) enhance(container);
	addEventListener('storage', (event) => {
		if (!event.key?.startsWith(STORAGE_PREFIX) || !event.newValue) return;
		selectEverywhere(event.key.slice(STORAGE_PREFIX.length), event.newValue, false);
	});
}

const STORAGE_PREFIX = 'device-switch:';

function enhance(container: HTMLElement): void {
	if (container.querySelector('[role="tablist"]')) return;
	const key = container.dataset.deviceSwitch ?? 'device';
	const variants = [...container.querySelectorAll<HTMLElement>(':scope > [data-variant]')];
	if (variants.length < 2) return;

	const tablist = document.createElement('div');
	tablist.setAttribute('role', 'tablist');
	tablist.setAttribute('aria-label', container.dataset.switchLabel ?? 'Your device');
	const uid = `${key}-${Math.random().toString(36).slice(2, 8)}`;
	for (const variant of variants) {
		const tab = document.createElement('button');
		tab.type = 'button';
		tab.setAttribute('role', 'tab');
		tab.id = `${uid}-tab-${variant.dataset.variant}`;
		tab.dataset.tabFor = variant.dataset.variant;
		tab.textContent = variant.dataset.variantLabel ?? variant.dataset.variant ?? '';
		variant.id ||= `${uid}-panel-${variant.dataset.variant}`;
		variant.setAttribute('role', 'tabpanel');
		variant.setAttribute('aria-labelledby', tab.id);
		tab.setAttribute('aria-controls', variant.id);
		tab.addEventListener('click', () => selectEverywhere(key, variant.dataset.variant ?? '', true));
		tablist.append(tab);
	}
	tablist.addEventListener('keydown', (event) => moveFocus(event, tablist, key));
	container.prepend(tablist);
	container.dataset.enhanced = '';
	select(container, readChoice(key) ?? variants[0]?.dataset.variant ?? '');
}

function moveFocus(event: KeyboardEvent, tablist: HTMLElement, key: string): void {
	const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
	const index = tabs.findIndex((tab) => tab === document.activeElement);
	const next =
		event.key === 'ArrowRight'
			? tabs[(index + 1) % tabs.length]
			: event.key === 'ArrowLeft'
				? tabs[(index - 1 + tabs.length) % tabs.length]
				: event.key === 'Home'
					? tabs[0]
					: event.key === 'End'
						? tabs.at(-1)
						: undefined;
	if (!next) return;
	event.preventDefault();
	next.focus();
	selectEverywhere(key, next.dataset.tabFor ?? '', true);
}

function selectEverywhere(key: string, variantId: string, remember: boolean): void {
	for (const container of document.querySelectorAll<HTMLElement>(
		`[data-device-switch="${CSS.escape(key)}"]`
	)) {
		select(container, variantId);
	}
	if (remember) {
		try {
			localStorage.setItem(STORAGE_PREFIX + key, variantId);
		} catch {
			// Without storage the choice lasts for this page only.
		}
	}
}

function select(container: HTMLElement, variantId: string): void {
	const variants = [...container.querySelectorAll<HTMLElement>(':scope > [data-variant]')];
	// A switch without this variant (e.g. an iPhone-only page) keeps what it shows.
	if (!variants.some((variant) => variant.dataset.variant === variantId)) return;
	for (const variant of variants) variant.hidden = variant.dataset.variant !== variantId;
	// Only this switch's own tabs: a switch nested in a variant has its own.
	for (const tab of container.querySelectorAll<HTMLButtonElement>(
		':scope > [role="tablist"] > [role="tab"]'
	)) {
		const selected = tab.dataset.tabFor === variantId;
		tab.setAttribute('aria-selected', String(selected));
		tab.tabIndex = selected ? 0 : -1;
	}
}

function readChoice(key: string): string | null {
	try {
		return localStorage.getItem(STORAGE_PREFIX + key);
	} catch {
		return null;
	}
}
