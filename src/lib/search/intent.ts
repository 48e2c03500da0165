import { normaliseMessage } from './normalise.ts';
import type { QueryPlan } from './query-plan.ts';
import {
	fieldWeight,
	isOverview,
	isTelling,
	isVague,
	rankTopics,
	stemAll,
	TITLE_WEIGHT,
	topicTerms,
	type TopicIndex,
	type TopicScore,
} from './topic-match.ts';

/**
 * A phrase of a page (title, label, reader phrasing, message) restated this fully, and clearly
 * ahead of the next page, decides the first result on its own.
 */
const RESTATED_PHRASE = 0.75;

/** How far ahead of the next page a restated phrase's page must be. */
const CLEAR_LEAD = 1.2;

/**
 * The words around a known message name another problem when they restate this much of one of
 * its phrases ("…right before I switch to my new phone": moving to a new device).
 */
const INTENT_PHRASE = 0.45;

/**
 * Beside a long message the rest is often the alert's own text ("Backups happen when this iPhone
 * is connected to power, locked and on Wi-Fi"), so it must restate a phrase more fully.
 */
const INTENT_PHRASE_BESIDE_LONG = 0.6;

/** Words beside a short message that make a query "notice + topic" rather than a sentence. */
const SHORT_REST_WORDS = 2;

/** A message of this many words or fewer is often the notice a problem ended in, not the problem. */
const SHORT_MESSAGE_WORDS = 3;

/** What decides the first result, if anything does. */
export interface Intent {
	/** The page to put first, or undefined to let the ranking decide. */
	first?: string;
	/** The known message behind `first`, shown as the message it fixes. */
	message?: string;
	/** `first` is sure enough to show before Pagefind answers. */
	instant: boolean;
	/** The query names no problem of its own ("iphone won't back up"): the start page, and the triage. */
	vague?: boolean;
}

/**
 * Read what the query asks for. A clearly matched message decides, unless the words around it
 * restate another page's problem: intent words ("new phone", "work phone", "since the update")
 * outrank the notice the problem ended in. Without a message, a query that restates one of a
 * page's phrases, well ahead of the others, decides.
 */
export function readIntent(
	plan: QueryPlan,
	topics: readonly TopicScore[],
	index: TopicIndex
): Intent {
	const error = decisiveMessage(plan, index);
	if (error) {
		const other = intentAroundMessage(plan, error, topics, index);
		if (other) return { first: other, instant: false };
		// A short message found whole ("Backup failed") with nothing else telling around it.
		return { first: error.url, message: error.message, instant: error.strong };
	}
	const stems = stemAll(plan.terms);
	if (isVague(stems, index)) return { first: index.startUrl, instant: false, vague: true };
	const [best, next] = topics;
	if (best && best.phrase >= RESTATED_PHRASE && best.score >= CLEAR_LEAD * (next?.score ?? 0)) {
		return { first: best.url, instant: true };
	}
	return { instant: false };
}

/**
 * The known message that decides the first result: one matched strongly, or one found whole inside
 * longer text that is quoted, of three words or more, or has a telling word ("Backup Not
 * Supported" inside a sentence; not "Backing Up…", whose words every page has).
 */
function decisiveMessage(plan: QueryPlan, index: TopicIndex) {
	const error = plan.error;
	if (!error || error.strong) return error;
	if (!error.whole) return undefined;
	const telling = topicTerms(error.message, index.synonyms).some((term) => isTelling(term, index));
	const long = normaliseMessage(error.message).length > SHORT_MESSAGE_WORDS - 1;
	return error.quoted || telling || long ? error : undefined;
}

/**
 * The page the query is about when it is not the message's own: the words outside the message
 * restate one of its phrases, or, beside a short message ("iPad Backup Failed wifi"), the whole
 * query's topics favour it. An overview page (the start page, the error reference) never
 * overrides a message: it names every problem.
 */
function intentAroundMessage(
	plan: QueryPlan,
	error: { message: string; url: string; quoted: boolean },
	topics: readonly TopicScore[],
	index: TopicIndex
): string | undefined {
	const other = (url: string) => url !== error.url && !isOverview(url, index);
	const inMessage = new Set(topicTerms(error.message, index.synonyms));
	const rest = stemAll(plan.terms).filter((term) => !inMessage.has(term));
	const telling = rest.filter((term) => isTelling(term, index));
	if (telling.length === 0) return undefined;
	const short = normaliseMessage(error.message).length <= SHORT_MESSAGE_WORDS;
	const [restated] = rankTopics(rest, index);
	const needed = short ? INTENT_PHRASE : INTENT_PHRASE_BESIDE_LONG;
	if (
		restated &&
		other(restated.url) &&
		restated.phrase >= needed &&
		// Two telling words restate a problem; one ("shows", "every") may be the sentence's filler.
		telling.filter((term) => fieldWeight(restated.url, term, index) > 0).length >= 2
	) {
		return restated.url;
	}
	// Only "notice + topic" ("iPad Backup Failed wifi"), never a quoted alert: in a sentence the
	// rest is mostly filler, and the topic word must be in the page's title or label.
	if (!short || error.quoted || rest.length > SHORT_REST_WORDS) return undefined;
	const messageScore = topics.find((topic) => topic.url === error.url)?.score ?? 0;
	const best = topics.find((topic) => !isOverview(topic.url, index));
	if (!best || !other(best.url) || best.score <= messageScore) return undefined;
	const named = telling.some((term) => fieldWeight(best.url, term, index) >= TITLE_WEIGHT);
	return named ? best.url : undefined;
}
