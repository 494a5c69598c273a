/**
 * The backup file format, pure: build it, check it, and plan how a backup merges into what the phone
 * already holds. The storage module does the reading and writing; everything here is testable without a
 * database. Uses only `crypto.subtle` (Node 20 and every browser) for the checksum.
 */
import type { CardRecord, DeckRecord, QuizAttempt, ReviewRecord } from './records';
import { checkSettings, SettingsError, type Settings } from './settings';
import { isCardRecord, isNum, isObject, isStr, optionalNum, type Obj } from './card-record';

// Moved to card-record.ts so storage can check cards without loading the backup format; still exported here.
export { isCardRecord };

export const BACKUP_FORMAT = 'on-bai-backup';
/** Bump when the data part changes shape; older apps then refuse the file instead of misreading it. */
export const BACKUP_FORMAT_VERSION = 1;

/** Everything a backup carries: the learner's whole progress. */
export interface BackupData {
	cards: CardRecord[];
	reviews: ReviewRecord[];
	attempts: QuizAttempt[];
	decks: DeckRecord[];
	/** Null when the learner never changed a setting. */
	settings: Settings | null;
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

/**
 * What went wrong with a backup file. The UI turns the code into a Vietnamese or English sentence;
 * `message` (English) names the exact problem for logs and tests.
 */
export type BackupErrorCode = 'not-json' | 'foreign' | 'newer-format' | 'damaged' | 'checksum';

export class BackupError extends Error {
	readonly code: BackupErrorCode;
	constructor(code: BackupErrorCode, message: string) {
		super(message);
		this.name = 'BackupError';
		this.code = code;
	}
}

/**
 * JSON with object keys sorted at every level and no whitespace, so the same data always gives the same
 * text (and the same checksum) whatever order the records' fields were written in. `undefined` fields are
 * dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
	if (value !== null && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) {
			const v = (value as Record<string, unknown>)[key];
			if (v !== undefined) out[key] = sortKeys(v);
		}
		return out;
	}
	return value;
}

/** SHA-256 of the UTF-8 text, as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Builds the backup file's JSON text. Records are sorted so two exports of the same data are identical. */
export async function buildBackup(data: BackupData, now: Date, appVersion: string): Promise<string> {
	if (Number.isNaN(now.getTime())) throw new RangeError('buildBackup: `now` is an invalid date');
	const sorted: BackupData = {
		cards: [...data.cards].sort((a, b) =>
			a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0
		),
		reviews: [...data.reviews].sort((a, b) => a.at - b.at || byId(a, b)),
		attempts: [...data.attempts].sort(byId),
		decks: [...data.decks].sort(byId),
		settings: data.settings
	};
	const file: BackupFile = {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		appVersion,
		exportedAt: now.toISOString(),
		checksum: await sha256Hex(canonicalJson(sorted)),
		data: sorted
	};
	return JSON.stringify(file);
}

/**
 * Reads and checks a backup file's text. Throws BackupError naming the problem: not JSON, not our format,
 * a newer format than this app reads, a missing or malformed field, or a checksum that does not match.
 */
export async function parseBackup(text: string): Promise<BackupData> {
	let raw: unknown;
	try {
		raw = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		throw new BackupError('not-json', `The file is not valid JSON (${(e as Error).message}).`);
	}
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
	const data = checkData(raw.data);
	const actual = await sha256Hex(canonicalJson(raw.data));
	if (actual !== raw.checksum) {
		throw new BackupError(
			'checksum',
			'The backup checksum does not match its data: the file was changed or damaged after export.'
		);
	}
	return data;
}

function fail(where: string, what: string): never {
	throw new BackupError('damaged', `The backup is damaged: ${where} ${what}.`);
}

function checkList<T>(data: Obj, key: string, check: (v: unknown, where: string) => T): T[] {
	const list = data[key];
	if (!Array.isArray(list)) fail(`data.${key}`, 'is missing or not a list');
	return list.map((v, i) => check(v, `data.${key}[${i}]`));
}

function need(o: Obj, where: string, fields: Record<string, (v: unknown) => boolean>): void {
	for (const [field, ok] of Object.entries(fields)) {
		if (!ok(o[field])) fail(`${where}.${field}`, 'is missing or has the wrong type');
	}
}

const oneOf =
	(...values: unknown[]) =>
	(v: unknown) =>
		values.includes(v);

function checkCard(v: unknown, where: string): CardRecord {
	if (!isCardRecord(v)) fail(where, 'is not a valid card record');
	return v;
}

function checkReview(v: unknown, where: string): ReviewRecord {
	if (!isObject(v)) fail(where, 'is not an object');
	need(v, where, {
		id: isStr,
		questionId: isStr,
		deckId: isStr,
		mode: oneOf('flashcards', 'quiz', 'learn', 'match'),
		rating: oneOf(1, 2, 3, 4),
		correct: (x) => typeof x === 'boolean',
		ms: isNum,
		at: isNum,
		grade: oneOf(undefined, 'correct', 'correct-no-diacritics', 'near-miss', 'wrong'),
		attemptId: (x) => x === undefined || isStr(x)
	});
	return v as unknown as ReviewRecord;
}

function checkAttempt(v: unknown, where: string): QuizAttempt {
	if (!isObject(v)) fail(where, 'is not an object');
	need(v, where, {
		id: isStr,
		deckId: isStr,
		settings: isObject,
		questionIds: (x) => Array.isArray(x) && x.every(isStr),
		answers: Array.isArray,
		startedAt: isNum,
		finishedAt: optionalNum,
		score: optionalNum
	});
	const answers = v.answers as unknown[];
	if (answers.length > (v.questionIds as string[]).length)
		fail(`${where}.answers`, 'is longer than its questions');
	answers.forEach((a, i) => {
		if (a === null) return;
		if (!isObject(a)) fail(`${where}.answers[${i}]`, 'is not an object');
		need(a, `${where}.answers[${i}]`, {
			questionId: isStr,
			correct: (x) => typeof x === 'boolean',
			ms: isNum,
			at: isNum
		});
	});
	return v as unknown as QuizAttempt;
}

function checkDeck(v: unknown, where: string): DeckRecord {
	if (!isObject(v)) fail(where, 'is not an object');
	need(v, where, {
		id: isStr,
		title: (x) => typeof x === 'string',
		source: (x) => typeof x === 'string',
		kind: oneOf('builtin', 'imported'),
		createdAt: isNum
	});
	return v as unknown as DeckRecord;
}

function backupSettings(v: unknown): Settings | null {
	if (v === null || v === undefined) return null;
	try {
		return checkSettings(v);
	} catch (e) {
		if (e instanceof SettingsError) fail(`data.settings.${e.field}`, `is not a valid setting (${e.message})`);
		throw e;
	}
}

function checkData(data: Obj): BackupData {
	const out: BackupData = {
		cards: checkList(data, 'cards', checkCard),
		reviews: checkList(data, 'reviews', checkReview),
		attempts: checkList(data, 'attempts', checkAttempt),
		decks: checkList(data, 'decks', checkDeck),
		settings: backupSettings(data.settings)
	};
	const seen = new Set<string>();
	for (const r of out.reviews) {
		if (seen.has(r.id)) fail('data.reviews', `holds the review id "${r.id}" twice`);
		seen.add(r.id);
	}
	return out;
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
}

/** What the phone already holds, as far as merging needs to know. */
export interface LocalState {
	reviewIds: ReadonlySet<string>;
	cardIds: ReadonlySet<string>;
	attempts: ReadonlyMap<string, QuizAttempt>;
	deckIds: ReadonlySet<string>;
	hasSettings: boolean;
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
}

const answered = (a: QuizAttempt) => a.answers.filter((x) => x !== null && x !== undefined).length;

/**
 * Plans a merge by id: reviews the phone already has are skipped (so importing the same file twice adds
 * nothing), new reviews are added and their cards rebuilt from the merged log.
 */
export function planMerge(local: LocalState, incoming: BackupData): MergePlan {
	const reviewsToAdd = incoming.reviews.filter((r) => !local.reviewIds.has(r.id));
	const rebuild = new Set(reviewsToAdd.map((r) => r.questionId));
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
		if (!local.cardIds.has(c.questionId) && reviewed.has(c.questionId)) rebuild.add(c.questionId);
	}
	return {
		reviewsToAdd,
		reviewsSkipped: incoming.reviews.length - reviewsToAdd.length,
		attemptsToAdd,
		attemptsToUpdate,
		decksToAdd: incoming.decks.filter((d) => !local.deckIds.has(d.id)),
		settings: local.hasSettings ? null : incoming.settings,
		rebuild: [...rebuild].sort(),
		cardsToAdd: incoming.cards.filter((c) => !local.cardIds.has(c.questionId) && !reviewed.has(c.questionId))
	};
}
