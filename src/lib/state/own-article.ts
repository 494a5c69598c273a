/**
 * The article reader's data for an imported deck: its text and facts from IndexedDB, marked on the phone
 * with the same function the built-in article uses at build time. Loaded by the article page only when an
 * imported deck is studied.
 */
import { articleData, type ArticleData } from '$lib/domain/decks/article';
import type { StudyState } from './study.svelte';
import { recordFacts } from './study-decks';

/** The deck studied as an article, or null when its record keeps no text. */
export async function ownArticle(study: StudyState): Promise<ArticleData | null> {
	const record = await study.store?.getDeck(study.deckId);
	if (!record || typeof record.text !== 'string') return null;
	const kept = recordFacts(record);
	return articleData({
		title: record.title,
		source: record.source,
		text: record.text,
		facts: kept?.facts ?? []
	});
}
