import { describe, expect, it } from 'vitest';
import {
	BackupError,
	buildBackup,
	canonicalJson,
	parseBackup,
	planMerge,
	sha256Hex,
	type BackupData,
	type BackupFile
} from '../../../src/lib/domain/backup';
import type { DeckRecord, ReviewRecord } from '../../../src/lib/domain/records';
import { DEFAULT_SETTINGS } from '../../../src/lib/domain/settings';

const T0 = Date.UTC(2026, 2, 20, 1);
const NOW = new Date(Date.UTC(2026, 2, 23, 8));
const deck: DeckRecord = { id: 'd', title: 'VUFO', source: 'Báo', kind: 'builtin', createdAt: T0 };

const review = (id: string, questionId: string, at: number): ReviewRecord => ({
	id,
	questionId,
	deckId: 'd',
	mode: 'quiz',
	given: 'Phôngsalỳ',
	grade: 'correct',
	rating: 3,
	correct: true,
	ms: 1000,
	at
});

const data = (): BackupData => ({
	cards: [],
	reviews: [review('r2', 'q1', T0 + 20), review('r1', 'q1', T0 + 10)],
	attempts: [],
	decks: [deck],
	settings: null
});

describe('canonicalJson and checksum', () => {
	it('sorts keys at every level and drops undefined', () => {
		expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined, x: 2 }], c: 'ộ' } })).toBe(
			'{"a":{"c":"ộ","d":[1,{"x":2,"z":1}]},"b":1}'
		);
	});

	it('hashes with SHA-256 (known vector)', async () => {
		expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});
});

describe('buildBackup / parseBackup', () => {
	it('round-trips the data, sorted, and is identical for the same input', async () => {
		const now = new Date('2026-03-23T08:00:00Z');
		const text = await buildBackup(data(), now, '1.2.3');
		expect(await buildBackup(data(), now, '1.2.3')).toBe(text);
		const parsed = await parseBackup(text, { now: NOW });
		expect(parsed.reviews.map((r) => r.id)).toEqual(['r1', 'r2']);
		expect(parsed.reviews[0]?.given).toBe('Phôngsalỳ');
	});

	it('accepts a file with a byte order mark and with its keys reordered', async () => {
		const text = await buildBackup(data(), NOW, 'x');
		const f = JSON.parse(text);
		const reordered = JSON.stringify(
			{
				data: f.data,
				checksum: f.checksum,
				exportedAt: f.exportedAt,
				appVersion: 'x',
				formatVersion: 1,
				format: f.format
			},
			null,
			2
		);
		expect((await parseBackup('\uFEFF' + reordered, { now: NOW })).reviews).toHaveLength(2);
	});

	const bad: [string, string | ((f: BackupFile) => unknown), string, RegExp][] = [
		['empty text', '', 'not-json', /not valid JSON/],
		['an array', '[]', 'foreign', /not an Ôn bài backup/],
		['another format', (f) => ({ ...f, format: 'anki' }), 'foreign', /not an Ôn bài backup/],
		['format version 2', (f) => ({ ...f, formatVersion: 2 }), 'newer-format', /version 2.*up to version 1/],
		['no checksum', (f) => ({ ...f, checksum: undefined }), 'damaged', /checksum/],
		[
			'reviews not a list',
			(f) => ({ ...f, data: { ...f.data, reviews: {} } }),
			'invalid',
			/data\.reviews is not a list/
		],
		[
			'a bad rating',
			(f) => ({ ...f, data: { ...f.data, reviews: [{ ...f.data.reviews[0], rating: 7 }] } }),
			'invalid',
			/data\.reviews\[0\]\.rating/
		],
		[
			'a duplicated review id',
			(f) => ({ ...f, data: { ...f.data, reviews: [f.data.reviews[0], f.data.reviews[0]] } }),
			'invalid',
			/data\.reviews\[1\]\.id repeats/
		],
		[
			'a changed value',
			(f) => ({ ...f, data: { ...f.data, reviews: [{ ...f.data.reviews[0], ms: 1 }, f.data.reviews[1]] } }),
			'checksum',
			/does not match/
		]
	];
	for (const [what, damage, code, message] of bad) {
		it(`rejects ${what} as ${code}`, async () => {
			const good = JSON.parse(await buildBackup(data(), NOW, 'x'));
			let damaged = typeof damage === 'string' ? damage : damage(good);
			// A crafted file carries a checksum of its own data: only the 'checksum' case is an edit without it.
			if (typeof damaged === 'object' && code !== 'checksum' && code !== 'damaged') {
				const f = damaged as BackupFile;
				damaged = { ...f, checksum: await sha256Hex(canonicalJson(f.data)) };
			}
			const text = typeof damaged === 'string' ? damaged : JSON.stringify(damaged);
			const error = await parseBackup(text, { now: NOW }).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(BackupError);
			expect(error).toMatchObject({ code });
			expect((error as Error).message).toMatch(message);
		});
	}
});

describe('planMerge', () => {
	it('skips reviews the phone has and rebuilds only the questions that got new ones', () => {
		const incoming: BackupData = {
			...data(),
			reviews: [review('r1', 'q1', 10), review('r3', 'q2', 30)],
			cards: [
				{
					questionId: 'q9',
					deckId: 'd',
					due: 5,
					stability: 0,
					difficulty: 0,
					elapsedDays: 0,
					scheduledDays: 0,
					learningSteps: 0,
					reps: 0,
					lapses: 0,
					state: 0
				}
			]
		};
		const plan = planMerge(
			{
				reviewIds: new Set(['r1']),
				cardIds: new Set(['q1']),
				attempts: new Map(),
				deckIds: new Set(),
				hasSettings: true
			},
			incoming
		);
		expect(plan.reviewsToAdd.map((r) => r.id)).toEqual(['r3']);
		expect(plan.reviewsSkipped).toBe(1);
		expect(plan.rebuild).toEqual(['q2']);
		expect(plan.cardsToAdd.map((c) => c.questionId)).toEqual(['q9']);
		expect(plan.settings).toBeNull();
	});
});

describe('settings in a backup go through the one settings check', () => {
	it.each([
		['a daily goal of -5', { dailyGoal: -5 }, /settings\.dailyGoal/],
		['a retention of 0.6', { desiredRetention: 0.6 }, /settings\.desiredRetention/],
		['a retention of 0.01', { desiredRetention: 0.01 }, /settings\.desiredRetention/],
		['an unknown theme', { theme: 'neon' }, /settings\.theme/]
	])('refuses %s, naming the setting', async (_, patch, message) => {
		const settings = { lang: 'vi', theme: 'system', dailyGoal: 20, desiredRetention: 0.9, ...patch };
		const text = await buildBackup({ ...data(), settings: settings as never }, NOW, 'x');
		await expect(parseBackup(text, { now: NOW })).rejects.toMatchObject({ code: 'invalid', message });
	});

	it('keeps only the known settings of a valid file', async () => {
		const settings = { lang: 'en', theme: 'dark', dailyGoal: 30, desiredRetention: 0.85, unknown: 1 };
		const text = await buildBackup({ ...data(), settings: settings as never }, NOW, 'x');
		const parsed = await parseBackup(text, { now: NOW });
		expect(parsed.settings).toEqual({
			lang: 'en',
			theme: 'dark',
			dailyGoal: 30,
			desiredRetention: 0.85,
			dayStartHour: 4,
			vibrate: true,
			celebrate: true
		});
	});

	it('checks the feedback effects switches of a backup, naming the field', async () => {
		const off = { ...DEFAULT_SETTINGS, vibrate: false, celebrate: false };
		const text = await buildBackup({ ...data(), settings: off }, NOW, 'x');
		expect((await parseBackup(text, { now: NOW })).settings).toMatchObject({
			vibrate: false,
			celebrate: false
		});
		const bad = await buildBackup({ ...data(), settings: { ...off, vibrate: 'yes' } as never }, NOW, 'x');
		await expect(parseBackup(bad, { now: NOW })).rejects.toThrow(/data\.settings\.vibrate/);
	});
});
