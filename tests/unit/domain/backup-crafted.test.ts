import { describe, expect, it } from 'vitest';
import { BackupError, parseBackup, type BackupFile } from '../../../src/lib/domain/backup';
import { describeStorageError } from '../../../src/lib/i18n/storage';
import { CRAFTED, isRefused, KNOWN, NOW, realBackup } from './backup-crafted-cases';

const options = { now: NOW, questions: KNOWN };

async function outcome(craft: (f: BackupFile) => Promise<string>) {
	const text = await craft(JSON.parse(await realBackup()) as BackupFile);
	return parseBackup(text, options).then(
		(parsed) => ({ parsed, error: null }),
		(error: unknown) => ({ parsed: null, error })
	);
}

describe('crafted backup files (issue 9)', () => {
	it('covers every example of the issue and more', () => {
		expect(CRAFTED.filter((c) => isRefused(c.expect)).length).toBeGreaterThanOrEqual(40);
		expect(CRAFTED.filter((c) => !isRefused(c.expect)).length).toBeGreaterThanOrEqual(5);
	});

	for (const c of CRAFTED) {
		const e = c.expect;
		if (isRefused(e)) {
			it(`refuses ${c.name} (${e.code}${e.field ? ` at ${e.field}` : ''})`, async () => {
				const { error } = await outcome(c.craft);
				expect(error).toBeInstanceOf(BackupError);
				const err = error as BackupError;
				expect({ code: err.code, field: err.field, problem: err.problem }).toEqual({
					code: e.code,
					field: e.field,
					problem: e.problem
				});
				const vi = describeStorageError('vi', err);
				const en = describeStorageError('en', err);
				if (e.vi) expect(vi).toBe(e.vi);
				// Always the learner's language, always "nothing changed", never a raw error.
				expect(vi).toMatch(/Dữ liệu trên máy không thay đổi\.$/);
				expect(en).toMatch(/Nothing on this device was changed\.$/);
				for (const text of [vi, en]) {
					expect(text).not.toMatch(/Maximum call stack|valid Date|undefined|\[object/);
					expect(text).not.toContain(err.message);
				}
			});
		} else {
			it(`accepts ${c.name}`, async () => {
				const { parsed, error } = await outcome(c.craft);
				expect(error).toBeNull();
				expect(() => e.check(parsed!)).not.toThrow();
			});
		}
	}
});

describe('messages name the record, the field and the problem in both languages', () => {
	it('English names the same field', async () => {
		const c = CRAFTED.find((x) => x.name === 'a card with stability -5')!;
		const { error } = await outcome(c.craft);
		expect(describeStorageError('en', error)).toBe(
			'The backup was refused: card 1, field “stability” (memory stability) is outside the allowed range. Nothing on this device was changed.'
		);
	});

	it('an error that is not a backup refusal is not dressed as one', () => {
		expect(describeStorageError('vi', new BackupError('failed', 'x'))).toBe(
			'Không gộp được tệp sao lưu này vào dữ liệu trên máy. Dữ liệu trên máy không thay đổi.'
		);
	});
});

describe('what the parser refuses whatever the file', () => {
	it('never lets an error other than BackupError out, even for a data part with getters', async () => {
		// A parse result cannot hold getters, but a caller may pass any text: the guard is the outer catch.
		const texts = ['', 'null', '1', '"x"', '{}', '[', '{"format":"on-bai-backup"}', '\uFEFF{}'];
		for (const t of texts) {
			const e = await parseBackup(t, options).catch((x: unknown) => x);
			expect(e).toBeInstanceOf(BackupError);
		}
	});
});
