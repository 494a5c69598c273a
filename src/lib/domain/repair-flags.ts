/**
 * "Check and repair" for the learner's own verdicts on questions: reports ("Báo câu hỏi sai") and answers
 * remembered as right ("Tính là đúng"). Neither can be rebuilt from the review log, so the rule is gentler
 * than for derived data: a record is kept, brought within the rules, whenever what it says is still clear
 * (a time off the clock is set to now, an unknown reason becomes "other", a comment over its length is cut);
 * it is removed when it names no deck, a question its deck does not ask (an orphan), or nothing usable.
 */
import { canonicalJson } from './backup';
import { checkAcceptedAnswer, checkQuestionFlag, FLAG_REASONS } from './flag-rules';
import { isObject, RECORD_LIMITS, type TimeWindow } from './record-rules';
import type { AcceptedAnswer, QuestionFlag } from './records';

/** A store's key as the record's key fields make it (flags: deck, question; accepted: deck, question, answer). */
export type StoredKey = unknown[];

export interface FlagsRepair {
	putFlags: QuestionFlag[];
	/** Keys of reports to delete, as stored (a fixed report whose key changed deletes its old one too). */
	deleteFlags: StoredKey[];
	putAccepted: AcceptedAnswer[];
	deleteAccepted: StoredKey[];
	flagsFixed: number;
	flagsRemoved: number;
	acceptedFixed: number;
	acceptedRemoved: number;
}

export interface FlagsRepairInput {
	flags: readonly unknown[];
	accepted: readonly unknown[];
	decks: ReadonlySet<string>;
	/** Questions each deck asks; a deck missing here is taken to ask everything (its bank is not known). */
	questions?: ReadonlyMap<string, ReadonlySet<string>>;
	now: Date;
	window: TimeWindow;
}

const field = (v: unknown, k: string): unknown => (isObject(v) ? v[k] : undefined);
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const sameKey = (a: StoredKey, b: StoredKey) => a.length === b.length && a.every((v, i) => v === b[i]);

function tryCheck<T>(check: () => T): T | null {
	try {
		return check();
	} catch {
		return null;
	}
}

/** What a damaged record still clearly says, in the form the rules accept; the checks decide if it is enough. */
function mended(raw: unknown, now: Date, window: TimeWindow): Record<string, unknown> | null {
	if (!isObject(raw)) return null;
	const out: Record<string, unknown> = { ...raw };
	const at = raw.at;
	if (typeof at !== 'number' || !Number.isFinite(at) || at < window.earliest || at > window.latest)
		out.at = now.getTime();
	if ('reason' in raw && !FLAG_REASONS.includes(raw.reason as never)) out.reason = 'other';
	if (typeof raw.comment === 'string') {
		const c = raw.comment.normalize('NFC').trim().slice(0, RECORD_LIMITS.flagComment).trim();
		if (c) out.comment = c;
		else delete out.comment;
	} else delete out.comment;
	return out;
}

/**
 * Plans the repair of both stores. Pure; storage runs it in the repair's one transaction.
 *
 * @example planFlagsRepair({ flags: [{ ...flag, deckId: 'gone' }], accepted: [], decks: new Set(['d']), now, window }).flagsRemoved // 1
 */
export function planFlagsRepair(input: FlagsRepairInput): FlagsRepair {
	const out: FlagsRepair = {
		putFlags: [],
		deleteFlags: [],
		putAccepted: [],
		deleteAccepted: [],
		flagsFixed: 0,
		flagsRemoved: 0,
		acceptedFixed: 0,
		acceptedRemoved: 0
	};
	const asked = (deckId: string, questionId: string) =>
		input.decks.has(deckId) && (input.questions?.get(deckId)?.has(questionId) ?? true);
	const { now, window } = input;

	for (const raw of input.flags) {
		const key = [field(raw, 'deckId'), field(raw, 'questionId')];
		const clean =
			tryCheck(() => checkQuestionFlag(raw, 'flag', window)) ??
			tryCheck(() => checkQuestionFlag(mended(raw, now, window), 'flag', window));
		if (!clean || !asked(clean.deckId, clean.questionId)) {
			out.deleteFlags.push(key);
			out.flagsRemoved++;
		} else if (!same(clean, raw)) {
			if (!sameKey(key, [clean.deckId, clean.questionId])) out.deleteFlags.push(key);
			out.putFlags.push(clean);
			out.flagsFixed++;
		}
	}

	// One remembered answer per deck, question and text: two records that clean to the same text are one, and
	// the one stored right is the one kept (healthy records first, whatever their order in the store).
	const checked = input.accepted.map((raw) => {
		const clean =
			tryCheck(() => checkAcceptedAnswer(raw, 'accepted', window)) ??
			tryCheck(() => checkAcceptedAnswer(mended(raw, now, window), 'accepted', window));
		return { raw, clean, healthy: clean !== null && same(clean, raw) };
	});
	checked.sort((a, b) => Number(b.healthy) - Number(a.healthy));
	const kept = new Set<string>();
	for (const { raw, clean, healthy } of checked) {
		const key = [field(raw, 'deckId'), field(raw, 'questionId'), field(raw, 'answer')];
		const cleanKey = clean ? [clean.deckId, clean.questionId, clean.answer] : [];
		const dedupe = JSON.stringify(cleanKey);
		if (!clean || !asked(clean.deckId, clean.questionId) || kept.has(dedupe)) {
			out.deleteAccepted.push(key);
			out.acceptedRemoved++;
			continue;
		}
		kept.add(dedupe);
		if (!healthy) {
			if (!sameKey(key, cleanKey)) out.deleteAccepted.push(key);
			out.putAccepted.push(clean);
			out.acceptedFixed++;
		}
	}
	return out;
}
