/**
 * Copies the text of a read-only field: through the Clipboard API where the browser allows it,
 * else by selecting the field and the older copy command, else by leaving it selected for the
 * reader to copy. Returns how it went, for the message to show.
 */
export async function copyFieldText(
	field: HTMLTextAreaElement | HTMLInputElement
): Promise<'copied' | 'selected'> {
	try {
		await navigator.clipboard.writeText(field.value);
		return 'copied';
	} catch {
		field.focus();
		field.select();
		try {
			// Deprecated, but the only copy some browsers allow without the Clipboard API.
			return document.execCommand('copy') ? 'copied' : 'selected';
		} catch {
			return 'selected';
		}
	}
}
