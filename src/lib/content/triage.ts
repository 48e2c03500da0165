import type { ErrorIndexItem, ErrorFix } from './error-index.ts';

/** One message of a triage choice, and whether its wording is exact (quoted) or a paraphrase. */
export interface TriageMessage {
	text: string;
	exact: boolean;
}

/** One triage choice on the start page: the messages a fix is the first answer to. */
export interface TriageChoice {
	fix: ErrorFix;
	messages: TriageMessage[];
}

/**
 * Group the error reference by primary fix, so the start page can ask "what does the message
 * say?" and send each answer to one article. Choices keep the fixes' reading order.
 */
export function buildTriage(
	items: readonly ErrorIndexItem[],
	fixOrder: readonly string[]
): TriageChoice[] {
	const byFix = new Map<string, TriageChoice>();
	for (const item of items) {
		const choice = byFix.get(item.primary.id) ?? { fix: item.primary, messages: [] };
		choice.messages.push({ text: item.message, exact: item.exact });
		byFix.set(item.primary.id, choice);
	}
	const rank = (id: string) => {
		const index = fixOrder.indexOf(id);
		return index === -1 ? Number.MAX_SAFE_INTEGER : index;
	};
	return [...byFix.values()].sort((a, b) => rank(a.fix.id) - rank(b.fix.id));
}
