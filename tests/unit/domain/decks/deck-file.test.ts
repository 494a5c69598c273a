import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../../questions/generate';
import { canonicalJson, sha256Hex } from '../../../../src/lib/domain/checksum';
import {
	buildDeckFile,
	deckFileName,
	DeckFileError,
	looksLikeDeckFile,
	parseDeckFile,
	type DeckFileData,
	type DeckFileProblem
} from '../../../../src/lib/domain/decks/deck-file';
import { buildOwnDeck, proposeTitle } from '../../../../src/lib/domain/decks/own-deck';
import { extractFacts, type ExtractSuccess } from '../../../../src/lib/domain/extract';
import { handle } from '../../../../src/lib/import/handle';
import { ROOT } from '../facts/load';

const pools = readInputs(ROOT).pools;
const extracted = extractFacts(
	readFileSync(join(ROOT, 'tests/fixtures/articles/bo-van-hoa.txt'), 'utf8')
) as ExtractSuccess;
const data: DeckFileData = {
	title: 'Bộ Văn hoá – bài của tôi',
	source: 'Báo Nhân Dân',
	text: extracted.text,
	facts: extracted.facts.filter((f) => !f.doubtful)
};
const now = new Date('2026-12-03T09:00:00Z');

async function problemOf(text: string): Promise<DeckFileProblem | undefined> {
	try {
		await parseDeckFile(text);
		return undefined;
	} catch (e) {
		return e instanceof DeckFileError ? e.problem : undefined;
	}
}

/** A file whose data is changed and whose checksum is made to match again (a crafted file). */
async function recrafted(text: string, change: (f: Record<string, unknown>) => void): Promise<string> {
	const f = JSON.parse(text) as Record<string, unknown>;
	change(f);
	f.checksum = await sha256Hex(canonicalJson(f.data));
	return JSON.stringify(f);
}

describe('deck file', () => {
	it('round-trips the deck: same title, source, text and facts, no progress, and the same deck built from it', async () => {
		const text = await buildDeckFile(data, now, '1.2.3');
		const file = JSON.parse(text);
		expect(file).toMatchObject({ format: 'on-bai-deck', formatVersion: 1, appVersion: '1.2.3' });
		// What the deck is made from, and no progress (no cards, reviews, quizzes) nor questions.
		expect(Object.keys(file.data).sort()).toEqual(['facts', 'source', 'text', 'title']);
		expect(await parseDeckFile(text)).toEqual({ ...data, aliases: undefined });
		const a = buildOwnDeck({ ...data, pools });
		const b = buildOwnDeck({ ...(await parseDeckFile(text)), pools });
		expect(b.deck.id).toBe(a.deck.id);
		expect(b.bank.questions.map((q) => q.id)).toEqual(a.bank.questions.map((q) => q.id));
	});

	it('refuses a damaged, foreign or newer file, naming the problem', async () => {
		const good = await buildDeckFile(data, now, '1');
		expect(await problemOf(good.slice(0, 500))).toBe('not-json');
		expect(await problemOf('Ông Nguyễn Văn A, Chủ tịch')).toBe('not-json');
		expect(await problemOf(JSON.stringify({ format: 'on-bai-backup', formatVersion: 1 }))).toBe('foreign');
		expect(await problemOf('[1,2]')).toBe('foreign');
		expect(await problemOf(good.replace('"formatVersion":1', '"formatVersion":2'))).toBe('newer-format');
		expect(await problemOf(good.replace('"formatVersion":1', '"formatVersion":"1"'))).toBe('damaged');
		// An edit after export: the checksum no longer matches.
		expect(await problemOf(good.replace(data.title, 'Tên khác'))).toBe('checksum');
		expect(await problemOf(good.replace(/"checksum":"[0-9a-f]+"/, '"checksum":"x"'))).toBe('damaged');
		expect(await problemOf(await recrafted(good, (f) => delete (f.data as Partial<DeckFileData>).text))).toBe(
			'damaged'
		);
		expect(await problemOf('{"a":' + '1'.repeat(2_000_001) + '}')).toBe('too-large');
	});

	it('a crafted file whose fact is not stated in its text builds no deck (the worker says invalid)', async () => {
		const good = await buildDeckFile(data, now, '1');
		const crafted = await recrafted(good, (f) => {
			const d = f.data as DeckFileData;
			d.text = d.text.replace(/\d/g, '7');
		});
		const reply = await handle({ id: 1, kind: 'deck-file', text: crafted }, pools);
		expect(reply).toMatchObject({ id: 1, kind: 'failed', reason: 'invalid' });
		const ok = await handle({ id: 2, kind: 'deck-file', text: good }, pools);
		expect(ok.kind).toBe('built');
	});

	it('is told from an article by its content, and named for its title in plain letters', () => {
		expect(looksLikeDeckFile('  {"format":"on-bai-deck"}')).toBe(true);
		expect(looksLikeDeckFile(proposeTitle(extracted.text))).toBe(false);
		expect(deckFileName('Bộ Văn hoá, Thể thao và Du lịch: Đoàn công tác')).toBe(
			'bo-van-hoa-the-thao-va-du-lich-doan-cong-tac.onbai.txt'
		);
		expect(deckFileName('«»')).toBe('bo-the.onbai.txt');
	});
});
