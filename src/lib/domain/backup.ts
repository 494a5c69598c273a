/**
 * The backup file format, pure: build it, check it, and plan how a backup merges into what the phone
 * already holds. The storage module does the reading and writing; everything here is testable without a
 * database. Uses only `crypto.subtle` (Node 20 and every browser) for the checksum.
 */
import type {
	AcceptedAnswer,
	CardRecord,
	DeckRecord,
	QuestionFlag,
	QuizAttempt,
	ReviewRecord
} from './records';
import { checkAcceptedAnswer, checkQuestionFlag } from './flag-rules';
import { checkSettings, SettingsError, type Settings } from './settings';
import {
	checkCardRecord,
	fail,
	isObject,
	RECORD_LIMITS,
	RecordRuleError,
	type Obj,
	type TimeWindow
} from './record-rules';
import {
	bankQuestionIds,
	checkDeckRecord,
	checkQuizAttempt,
	checkReviewRecord,
	isOverruleReview,
	normalizeAttempt,
	normalizeReview
} from './progress-rules';
import { parseJsonSafely, SafeJsonError } from './safe-json';
import { BackupError, type BackupProblem } from './backup-error';
import { canonicalJson, sha256Hex } from './checksum';

// The checksum's one home is checksum.ts (deck files use it too); still exported here for storage and repair.
export { canonicalJson, sha256Hex };

const BACKUP_FORMAT = 'on-bai-backup';
/** Bump when the data part changes shape; older apps then refuse the file instead of misreading it. */
const BACKUP_FORMAT_VERSION = 1;

/** Everything a backup carries: the learner's whole progress. */
export interface BackupData {
	cards: CardRecord[];
	reviews: ReviewRecord[];
	attempts: QuizAttempt[];
	decks: DeckRecord[];
	/** Null when the learner never changed a setting. */
	settings: Settings | null;
	/**
	 * Reported questions and remembered answers (domain/flag-rules.ts). Absent from files made before they existed,
	 * which import as having none; older apps ignore them, and merge the rest of a newer file as before.
	 */
	flags?: QuestionFlag[];
	accepted?: AcceptedAnswer[];
}

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	formatVersion: number;
	appVersion: string;
	/** ISO 8601, UTC. */
	exportedAt: string;
	/** SHA-256, hex, of canonicalJson(data). */
	checksum: string;
	data: BackupData;
}

export { BackupError, type BackupErrorCode, type BackupProblem } from './backup-error';

/** Larger than any real backup (10,000 answers take about 3 MB), small enough to read on a phone. */
const MAX_BACKUP_CHARS = 50 * 1024 * 1024;
/** The deepest a backup nests: data.decks[i].bank.questions[j].pairs[k][l] is 10 levels. */
const MAX_BACKUP_DEPTH = 16;
/** How far ahead of this phone's clock another phone's may run and its file still be taken. */
const CLOCK_SLACK_MS = 86_400_000;

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T) => byKey(a.id, b.id);
/** A report's identity, as the database keys it: one per deck and question. */
const flagKey = (f: QuestionFlag) => `${f.deckId}\u0000${f.questionId}`;
/** A remembered answer's identity: one per deck, question and text. */
const acceptedKey = (a: AcceptedAnswer) => `${a.deckId}\u0000${a.questionId}\u0000${a.answer}`;

/** The newest time any record holds (a card's due date is a plan, not a time it was written). */
function newestTime(data: BackupData): number {
	let t = -Infinity;
	for (const r of data.reviews) t = Math.max(t, r.at);
	for (const a of data.attempts) {
		t = Math.max(t, a.startedAt, a.finishedAt ?? -Infinity);
		for (const x of a.answers) if (x) t = Math.max(t, x.at);
	}
	for (const d of data.decks) t = Math.max(t, d.createdAt);
	for (const c of data.cards) t = Math.max(t, c.lastReview ?? -Infinity);
	for (const r of [...(data.flags ?? []), ...(data.accepted ?? [])]) t = Math.max(t, r.at);
	return t;
}

/**
 * Builds the backup file's JSON text. Records are sorted so two exports of the same data are identical,
 * and written as storage writes them (progress-rules' normalisation), so the app's own file always passes
 * its import. `exportedAt` is `now`, or the newest record when the clock was moved back since it was
 * written: no record of a file is ever after the file.
 */
export async function buildBackup(data: BackupData, now: Date, appVersion: string): Promise<string> {
	if (Number.isNaN(now.getTime())) throw new RangeError('buildBackup: `now` is an invalid date');
	const sorted: BackupData = {
		cards: [...data.cards].sort((a, b) =>
			a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0
		),
		reviews: data.reviews.map(normalizeReview).sort((a, b) => a.at - b.at || byId(a, b)),
		attempts: data.attempts.map(normalizeAttempt).sort(byId),
		decks: [...data.decks].sort(byId),
		settings: data.settings,
		flags: [...(data.flags ?? [])].sort((a, b) => byKey(flagKey(a), flagKey(b))),
		accepted: [...(data.accepted ?? [])].sort((a, b) => byKey(acceptedKey(a), acceptedKey(b)))
	};
	const file: BackupFile = {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		appVersion,
		exportedAt: new Date(Math.max(now.getTime(), newestTime(sorted))).toISOString(),
		checksum: await sha256Hex(canonicalJson(sorted)),
		data: sorted
	};
	return JSON.stringify(file);
}

/** What the importing phone knows, for checking a file's references. */
export interface ParseOptions {
	/** The importing phone's clock: no file may come from its future. */
	now: Date;
	/** Decks the phone holds already: a record may belong to one of them or to a deck in the file. */
	deckIds?: Iterable<string>;
	/**
	 * The questions of each deck the app knows (the built-in bank; an imported deck's own bank is read from
	 * its record). A deck missing here and without a bank is not checked question by question.
	 */
	questions?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A file's data once every record passed its rules. */
export interface CheckedBackup extends BackupData {
	flags: QuestionFlag[];
	accepted: AcceptedAnswer[];
	/**
	 * Question ids with answers or a card in the file that no known deck asks (a question dropped from the
	 * bank, or one of a bank this app has not got). Their answers are kept in the log, for the statistics
	 * and for a later bank that asks them again; they get no card.
	 */
	unknownQuestions: string[];
}

/**
 * Reads and checks a backup file's text. Throws BackupError naming the problem: too large or too deep, not
 * JSON, a forbidden key, not our format, a newer format than this app reads, a checksum that does not
 * match, or a field that breaks the rules the app writes with (its path and problem in `field`, `problem`).
 * No other error escapes: whatever the text, the caller gets a BackupError or checked data.
 */
export async function parseBackup(text: string, options: ParseOptions): Promise<CheckedBackup> {
	try {
		return await parseChecked(text, options);
	} catch (e) {
		if (e instanceof BackupError) throw e;
		throw new BackupError('damaged', `The backup could not be read (${(e as Error)?.message ?? String(e)}).`);
	}
}

function readJson(text: string): unknown {
	try {
		return parseJsonSafely(text.replace(/^\uFEFF/, ''), {
			maxChars: MAX_BACKUP_CHARS,
			maxDepth: MAX_BACKUP_DEPTH
		});
	} catch (e) {
		if (!(e instanceof SafeJsonError)) throw e;
		const code = e.problem;
		const field = e.path ? { field: e.path } : {};
		if (code === 'not-json') throw new BackupError('not-json', `The file is not valid JSON: ${e.message}.`);
		throw new BackupError(code, `The file is refused: ${e.message}${e.path ? ` at ${e.path}` : ''}.`, field);
	}
}

function invalid(field: string, problem: BackupProblem, message: string): never {
	throw new BackupError('invalid', `The backup is refused: ${field} ${message}.`, { field, problem });
}

async function parseChecked(text: string, options: ParseOptions): Promise<CheckedBackup> {
	const raw = readJson(text);
	if (!isObject(raw) || raw.format !== BACKUP_FORMAT) {
		throw new BackupError('foreign', `The file is not an Ôn bài backup (format is not "${BACKUP_FORMAT}").`);
	}
	if (
		typeof raw.formatVersion !== 'number' ||
		!Number.isInteger(raw.formatVersion) ||
		raw.formatVersion < 1
	) {
		throw new BackupError('damaged', 'The backup has no valid formatVersion.');
	}
	if (raw.formatVersion > BACKUP_FORMAT_VERSION) {
		throw new BackupError(
			'newer-format',
			`The backup uses format version ${raw.formatVersion}; this app reads up to version ${BACKUP_FORMAT_VERSION}. Update the app first.`
		);
	}
	if (typeof raw.checksum !== 'string' || !/^[0-9a-f]{64}$/.test(raw.checksum)) {
		throw new BackupError('damaged', 'The backup has no valid checksum field.');
	}
	if (!isObject(raw.data)) throw new BackupError('damaged', 'The backup has no data field.');
	// The checksum first: a file edited after export is refused as such, whatever the edit was.
	if ((await sha256Hex(canonicalJson(raw.data))) !== raw.checksum) {
		throw new BackupError(
			'checksum',
			'The backup checksum does not match its data: the file was changed or damaged after export.'
		);
	}
	const exportedAt = typeof raw.exportedAt === 'string' ? Date.parse(raw.exportedAt) : NaN;
	if (!Number.isFinite(exportedAt)) invalid('exportedAt', 'wrong-type', 'is not a date');
	if (exportedAt < RECORD_LIMITS.earliest) invalid('exportedAt', 'before-2020', 'is before 2020');
	if (exportedAt > options.now.getTime() + CLOCK_SLACK_MS) {
		invalid('exportedAt', 'in-future', `is ${raw.exportedAt}, later than this phone's clock`);
	}
	try {
		return checkData(raw.data, { earliest: RECORD_LIMITS.earliest, latest: exportedAt }, options);
	} catch (e) {
		if (e instanceof RecordRuleError)
			invalid(`data.${e.path}`, e.problem, e.message.slice(e.path.length + 2));
		throw e;
	}
}

function checkList<T>(data: Obj, key: string, check: (v: unknown, path: string) => T): T[] {
	const list = data[key];
	if (list === undefined) fail(key, 'missing', 'is missing');
	if (!Array.isArray(list)) fail(key, 'wrong-type', 'is not a list');
	return list.map((v: unknown, i) => check(v, `${key}[${i}]`));
}

/** A list that files made before it existed lack: absent reads as empty. */
function optionalList<T>(data: Obj, key: string, check: (v: unknown, path: string) => T): T[] {
	return data[key] === undefined ? [] : checkList(data, key, check);
}

function unique<T>(list: readonly T[], key: (t: T) => string, path: (i: number) => string): void {
	const seen = new Set<string>();
	list.forEach((item, i) => {
		const k = key(item);
		if (seen.has(k)) fail(path(i), 'duplicate', `repeats ${JSON.stringify(k.slice(0, 40))}`);
		seen.add(k);
	});
}

function backupSettings(v: unknown): Settings | null {
	if (v === null || v === undefined) return null;
	try {
		return checkSettings(v);
	} catch (e) {
		if (e instanceof SettingsError) {
			const where = e.field === 'shape' ? 'data.settings' : `data.settings.${e.field}`;
			invalid(where, 'setting', `is not a valid setting (${e.message})`);
		}
		throw e;
	}
}

function checkData(data: Obj, window: TimeWindow, options: ParseOptions): CheckedBackup {
	const out: BackupData = {
		cards: checkList(data, 'cards', (v, p) => checkCardRecord(v, p, window)),
		reviews: checkList(data, 'reviews', (v, p) => checkReviewRecord(v, p, window)),
		attempts: checkList(data, 'attempts', (v, p) => checkQuizAttempt(v, p, window)),
		decks: checkList(data, 'decks', (v, p) => checkDeckRecord(v, p, window)),
		settings: backupSettings(data.settings),
		flags: optionalList(data, 'flags', (v, p) => checkQuestionFlag(v, p, window)),
		accepted: optionalList(data, 'accepted', (v, p) => checkAcceptedAnswer(v, p, window))
	};
	const flags = out.flags!;
	const accepted = out.accepted!;
	unique(
		out.reviews,
		(r) => r.id,
		(i) => `reviews[${i}].id`
	);
	unique(
		out.cards,
		(c) => c.questionId,
		(i) => `cards[${i}].questionId`
	);
	unique(
		out.attempts,
		(a) => a.id,
		(i) => `attempts[${i}].id`
	);
	unique(
		out.decks,
		(d) => d.id,
		(i) => `decks[${i}].id`
	);

	unique(flags, flagKey, (i) => `flags[${i}].questionId`);
	unique(accepted, acceptedKey, (i) => `accepted[${i}].answer`);

	const decks = new Set([...(options.deckIds ?? []), ...out.decks.map((d) => d.id)]);
	const deckOf = (deckId: string, path: string) => {
		if (!decks.has(deckId))
			fail(
				path,
				'unknown-deck',
				`is ${JSON.stringify(deckId.slice(0, 40))}, a deck neither the file nor this phone has`
			);
	};
	out.cards.forEach((c, i) => deckOf(c.deckId, `cards[${i}].deckId`));
	out.reviews.forEach((r, i) => deckOf(r.deckId, `reviews[${i}].deckId`));
	out.attempts.forEach((a, i) => deckOf(a.deckId, `attempts[${i}].deckId`));
	flags.forEach((f, i) => deckOf(f.deckId, `flags[${i}].deckId`));
	accepted.forEach((a, i) => deckOf(a.deckId, `accepted[${i}].deckId`));
	checkOverrules(out);

	const asked = new Map(options.questions);
	for (const d of out.decks) {
		const ids = bankQuestionIds(d);
		if (ids) asked.set(d.id, new Set([...(asked.get(d.id) ?? []), ...ids]));
	}
	const unknown = new Set<string>();
	for (const r of [...out.reviews, ...out.cards]) {
		const ids = asked.get(r.deckId);
		if (ids && !ids.has(r.questionId)) unknown.add(r.questionId);
	}
	return { ...out, flags, accepted, unknownQuestions: [...unknown].sort() };
}

/** A correcting review of "I was right" stands only for a quiz answer marked overruled, when the file has its quiz. */
function checkOverrules(data: BackupData): void {
	const attempts = new Map(data.attempts.map((a) => [a.id, a]));
	data.reviews.forEach((r, i) => {
		const attempt = r.attemptId === undefined ? undefined : attempts.get(r.attemptId);
		if (!attempt || !isOverruleReview(r)) return;
		const index = attempt.questionIds.indexOf(r.questionId);
		if (!attempt.answers[index]?.overruled) {
			fail(
				`reviews[${i}].correct`,
				'inconsistent',
				'is true for a wrong answer its quiz does not mark overruled'
			);
		}
	});
}

/** What importing a backup did, for the settings screen. */
export interface ImportReport {
	reviewsAdded: number;
	reviewsSkipped: number;
	cardsUpdated: number;
	attemptsAdded: number;
	/** Unfinished attempts on the phone that the backup held further along. */
	attemptsUpdated: number;
	decksAdded: number;
	/** True when the phone had no settings of its own and took the backup's. */
	settingsRestored: boolean;
	/** Questions no known deck asks: their answers were kept in the log, without a card (CheckedBackup). */
	unknownQuestions: number;
	/** Reports and remembered answers the phone did not have. */
	flagsAdded?: number;
	acceptedAdded?: number;
}

/** What the phone already holds, as far as merging needs to know. */
export interface LocalState {
	reviewIds: ReadonlySet<string>;
	cardIds: ReadonlySet<string>;
	attempts: ReadonlyMap<string, QuizAttempt>;
	deckIds: ReadonlySet<string>;
	hasSettings: boolean;
	/** Reports on the phone, by deck and question: the phone's own report of a question wins. */
	flags?: readonly QuestionFlag[];
	accepted?: readonly AcceptedAnswer[];
}

export interface MergePlan {
	reviewsToAdd: ReviewRecord[];
	reviewsSkipped: number;
	attemptsToAdd: QuizAttempt[];
	/** Attempts the phone has unfinished that the backup holds further along. */
	attemptsToUpdate: QuizAttempt[];
	decksToAdd: DeckRecord[];
	/** Set only when the phone has no settings of its own: the learner's current choices win. */
	settings: Settings | null;
	/** Question ids whose card must be rebuilt from the merged review log. */
	rebuild: string[];
	/** Cards taken as they are: their question has no review anywhere and no card on the phone. */
	cardsToAdd: CardRecord[];
	/** Questions no known deck asks: answers kept, no card made or taken. */
	unknownQuestions: string[];
	/** Reports and remembered answers the phone has not got. */
	flagsToAdd: QuestionFlag[];
	acceptedToAdd: AcceptedAnswer[];
}

const answered = (a: QuizAttempt) => a.answers.filter((x) => x !== null && x !== undefined).length;

/**
 * Plans a merge by id: reviews the phone already has are skipped (so importing the same file twice adds
 * nothing), new reviews are added and their cards rebuilt from the merged log.
 */
export function planMerge(
	local: LocalState,
	incoming: BackupData & { unknownQuestions?: string[] }
): MergePlan {
	const unknown = new Set(incoming.unknownQuestions ?? []);
	const reviewsToAdd = incoming.reviews.filter((r) => !local.reviewIds.has(r.id));
	const rebuild = new Set(reviewsToAdd.map((r) => r.questionId).filter((q) => !unknown.has(q)));
	const reviewed = new Set(incoming.reviews.map((r) => r.questionId));
	const attemptsToAdd: QuizAttempt[] = [];
	const attemptsToUpdate: QuizAttempt[] = [];
	for (const a of incoming.attempts) {
		const mine = local.attempts.get(a.id);
		if (!mine) attemptsToAdd.push(a);
		else if (mine.finishedAt === undefined && (a.finishedAt !== undefined || answered(a) > answered(mine))) {
			attemptsToUpdate.push(a);
		}
	}
	for (const c of incoming.cards) {
		// A card the phone lacks, for a question the backup has answers for: rebuild it from the log.
		if (!local.cardIds.has(c.questionId) && reviewed.has(c.questionId) && !unknown.has(c.questionId))
			rebuild.add(c.questionId);
	}
	return {
		reviewsToAdd,
		reviewsSkipped: incoming.reviews.length - reviewsToAdd.length,
		attemptsToAdd,
		attemptsToUpdate,
		decksToAdd: incoming.decks.filter((d) => !local.deckIds.has(d.id)),
		settings: local.hasSettings ? null : incoming.settings,
		rebuild: [...rebuild].sort(),
		cardsToAdd: incoming.cards.filter(
			(c) => !local.cardIds.has(c.questionId) && !reviewed.has(c.questionId) && !unknown.has(c.questionId)
		),
		unknownQuestions: [...unknown],
		flagsToAdd: missing(incoming.flags, local.flags, flagKey),
		acceptedToAdd: missing(incoming.accepted, local.accepted, acceptedKey)
	};
}

/** The records of `incoming` whose key `mine` has not got. */
function missing<T>(incoming: readonly T[] = [], mine: readonly T[] = [], keyOf: (t: T) => string): T[] {
	const have = new Set(mine.map(keyOf));
	return incoming.filter((r) => !have.has(keyOf(r)));
}
