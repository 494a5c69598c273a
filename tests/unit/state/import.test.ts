import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { readInputs } from '../../../questions/generate';
import type { DeckRecord } from '../../../src/lib/domain/records';
import { handle } from '../../../src/lib/import/handle';
import { ImportRun, type WorkerPort } from '../../../src/lib/state/import.svelte';
import { deckFile, deleteDeck, renameDeck } from '../../../src/lib/state/study-decks';
import { docx } from '../../fixtures/docx';
import { ROOT } from '../domain/facts/load';
import { bank, readyState } from './fixtures';

const pools = readInputs(ROOT).pools;
const article = readFileSync(join(ROOT, 'tests/fixtures/articles/bo-van-hoa.txt'), 'utf8');

/** A worker port that runs the worker's handler in Node. */
function nodeWorker(): WorkerPort {
	const port: WorkerPort = {
		onmessage: null,
		onerror: null,
		terminate() {},
		postMessage(req) {
			void Promise.resolve(handle(req, pools)).then((data) => port.onmessage?.({ data } as MessageEvent));
		}
	};
	return port;
}

/** Imports the fixture article (every proposed fact kept but the first) on a ready state; returns its id. */
async function importArticle(run: ImportRun): Promise<string> {
	run.text = article;
	await run.extract();
	expect(run.phase).toBe('review');
	run.toggle(run.extraction!.facts[0]!.id, false);
	const id = await run.create();
	expect(id).not.toBeNull();
	return id!;
}

describe('import flow', () => {
	it('keeps the kept facts with the deck, and sends it as a deck file another phone opens as the same deck', async () => {
		const a = await readyState(new IDBFactory());
		const id = await importArticle(new ImportRun(a.state, nodeWorker));
		const stored = (await a.store.getDeck(id))!;
		const kept = (stored.facts as { facts: { id: string }[] }).facts.map((f) => f.id);
		expect(kept.length).toBeGreaterThan(3);
		await renameDeck(a.state, id, 'Bài gửi bạn');
		const file = await deckFile(a.state, id);
		expect(file.name).toBe('bai-gui-ban.onbai.txt');
		expect(file.text).not.toContain('"reviews"');

		const b = await readyState(new IDBFactory());
		const run = new ImportRun(b.state, nodeWorker);
		expect(await run.openText(file.text)).toEqual({ id, added: true });
		const got = (await b.store.getDeck(id))!;
		expect(got.title).toBe('Bài gửi bạn');
		expect((got.bank as typeof bank).questions.map((q) => q.id)).toEqual(
			(stored.bank as typeof bank).questions.map((q) => q.id)
		);
		expect(b.state.deckId).toBe(id);
		// Opening it again adds nothing and leaves the deck as it is (a rename since is kept).
		await renameDeck(b.state, id, 'Tên của tôi');
		expect(await run.openText(file.text)).toEqual({ id, added: false });
		expect((await b.store.listDecks()).filter((d) => d.kind === 'imported').map((d) => d.title)).toEqual([
			'Tên của tôi'
		]);
	});

	it('a damaged deck file is refused with its problem and changes nothing', async () => {
		const a = await readyState(new IDBFactory());
		const id = await importArticle(new ImportRun(a.state, nodeWorker));
		const { text } = await deckFile(a.state, id);
		await deleteDeck(a.state, id);
		const before = await a.store.listDecks();
		const run = new ImportRun(a.state, nodeWorker);
		expect(await run.openText(text.replace('"source":"', '"source":"x'))).toBeNull();
		expect(run.problem).toEqual({ reason: 'deck-file', problem: 'checksum' });
		expect(run.phase).toBe('input');
		expect(await run.openText('{"format":"other"}')).toBeNull();
		expect(run.problem).toEqual({ reason: 'deck-file', problem: 'foreign' });
		expect(await a.store.listDecks()).toEqual(before);
	});

	it('a backup holds imported decks with their facts, and restoring it on another phone brings them back', async () => {
		const a = await readyState(new IDBFactory());
		const id = await importArticle(new ImportRun(a.state, nodeWorker));
		const backup = await a.store.exportBackup(new Date(), '1');
		const b = await readyState(new IDBFactory());
		const report = await b.store.importBackup(backup);
		expect(report.decksAdded).toBe(1);
		const restored = (await b.store.getDeck(id)) as DeckRecord;
		const original = (await a.store.getDeck(id)) as DeckRecord;
		expect(restored).toEqual(original);
		// The restored deck can be sent again: its facts came with it.
		await b.state.refreshDecks();
		expect((await deckFile(b.state, id)).text).toContain(original.title);
	});

	it('a card list opened as a file becomes a deck of its kept cards, named for the file, and travels as a deck file', async () => {
		const a = await readyState(new IDBFactory());
		const run = new ImportRun(a.state, nodeWorker);
		const list =
			'Front;Back\nVUFO;Liên hiệp các tổ chức hữu nghị\nPACCOM;Ban Điều phối viện trợ nhân dân\nUBND;Uỷ ban nhân dân';
		expect(await run.openText(list, 'tu-viet-tat.csv')).toBeNull();
		expect(run.phase).toBe('review');
		expect(run.cards?.map((c) => c.term)).toEqual(['VUFO', 'PACCOM', 'UBND']);
		expect(run.title).toBe('tu viet tat');
		run.toggle(run.cards![2]!.id, false);
		const id = (await run.create())!;
		const deck = (await a.store.getDeck(id))!;
		expect(deck.text).toBe('VUFO\tLiên hiệp các tổ chức hữu nghị\nPACCOM\tBan Điều phối viện trợ nhân dân');
		const bankOf = (d: DeckRecord) => (d.bank as typeof bank).questions.map((q) => q.id);
		expect(bankOf(deck).some((q) => q.includes('ubnd'))).toBe(false);

		const b = await readyState(new IDBFactory());
		expect(await new ImportRun(b.state, nodeWorker).openText((await deckFile(a.state, id)).text)).toEqual({
			id,
			added: true
		});
		expect(bankOf((await b.store.getDeck(id))!)).toEqual(bankOf(deck));
	});

	it('re-reviews a saved deck: kept questions keep their progress, dropped ones lose their cards, an edit is checked', async () => {
		const { state, store } = await readyState(new IDBFactory());
		const run = new ImportRun(state, nodeWorker);
		const id = await importArticle(run);
		await state.whenReady();
		const flash = state.bank!.questions.filter((q) => q.type === 'flashcard');
		const [keep, drop] = [flash[0]!, flash.find((q) => q.factIds[0] !== flash[0]!.factIds[0])!];
		for (const question of [keep, drop])
			await state.answer({ question, mode: 'flashcards', given: null, correct: true, rating: 3, ms: 5 });

		const again = new ImportRun(state, nodeWorker);
		expect(await again.reopen(id)).toBe(true);
		expect(again.reviewing).toEqual({ id });
		expect(again.title).toBe(run.title);
		// What was kept is ticked again; the fact dropped at import is offered, unticked.
		const firstFact = run.extraction!.facts[0]!.id;
		expect(again.kept.has(firstFact)).toBe(false);
		expect(again.kept.has(keep.factIds[0]!)).toBe(true);
		again.toggle(drop.factIds[0]!, false);
		const person = again.extraction!.facts.find((f) => f.kind === 'person-post' && again.kept.has(f.id))!;
		expect(again.edit(person.id, 'person', 'Người Không Có Trong Bài')).toBe('not-in-quote');
		expect(again.extraction!.facts.find((f) => f.id === person.id)).toEqual(person);
		expect(await again.create()).toBe(id);
		expect(again.removedCards).toBeGreaterThan(0);

		const cards = (await store.getCards(id)).map((c) => c.questionId);
		expect(cards).toContain(keep.id);
		expect(cards.some((q) => q.startsWith(`${id}/${drop.factIds[0]}:`))).toBe(false);
		expect(state.bank!.questions.some((q) => q.factIds.includes(drop.factIds[0]!))).toBe(false);
		expect(state.cards.has(keep.id)).toBe(true);
		expect((await store.listDecks()).filter((d) => d.kind === 'imported')).toHaveLength(1);
	});

	it('a .docx opened as a file reads as its article; a damaged one names the problem and changes nothing', async () => {
		const { state, store } = await readyState(new IDBFactory());
		const run = new ImportRun(state, nodeWorker);
		const paragraphs = article.split('\n').filter((l) => l.trim() !== '');
		const type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
		const bytes = docx(paragraphs);
		await run.openFile(new File([bytes.slice(0, 200)], 'hong.docx', { type }));
		expect(run.problem).toEqual({ reason: 'docx', problem: 'damaged' });
		expect(run.phase).toBe('input');
		expect(run.text).toBe('');
		expect((await store.listDecks()).map((d) => d.kind)).toEqual(['builtin']);

		expect(await run.openFile(new File([bytes], 'bai-bao.docx', { type }))).toBeNull();
		expect(run.problem).toBeNull();
		expect(run.phase).toBe('review');
		expect(run.text).toBe(paragraphs.join('\n'));
		expect(run.extraction!.facts.length).toBeGreaterThan(3);
		expect(run.title).toBe(paragraphs[0]);
	});
});
