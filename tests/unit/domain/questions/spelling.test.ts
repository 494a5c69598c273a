/**
 * One house spelling in generated text, the article's typos corrected in it, quotes verbatim and marked (issue
 * 10, language): over the committed bank and every fixture deck.
 */
import { describe, expect, it } from 'vitest';
import { houseSpelling, typosIn } from '../../../../src/lib/domain/questions/spelling';
import type { Question } from '../../../../src/lib/domain/types';
import { checkedDecks } from './decks';

/** Every text a question shows besides its quotes. */
function shownTexts(q: Question): string[] {
	const answers = typeof q.answer === 'boolean' ? [] : Array.isArray(q.answer) ? q.answer : [q.answer];
	return [q.prompt, ...answers, ...(q.choices ?? []), ...(q.pairs ?? []).flat(), q.cloze ?? '', q.note ?? ''];
}

describe('house spelling', () => {
	it('puts the tone on the first vowel of a final oa, oe, uy, never after q nor before a final consonant', () => {
		expect(houseSpelling('Tỉnh uỷ viên, Uỷ viên Đảng đoàn')).toBe('Tỉnh ủy viên, Ủy viên Đảng đoàn');
		expect(houseSpelling('hoà bình, khoẻ, thuỷ')).toBe('hòa bình, khỏe, thủy');
		expect(houseSpelling('hoàn thành, quý, thuyền')).toBe('hoàn thành, quý, thuyền');
	});

	it('writes y in tỷ, ký, lý, kỹ, mỹ as whole syllables only', () => {
		expect(houseSpelling('74 tỉ đồng, đăng kí, quản lí')).toBe('74 tỷ đồng, đăng ký, quản lý');
		expect(houseSpelling('Tỉ lệ')).toBe('Tỷ lệ');
		expect(houseSpelling('tỉnh, kinh nghiệm, mì')).toBe('tỉnh, kinh nghiệm, mì');
	});

	it("regression: corrects the article's typos (cai nghiệm, triệu trị, nhiềm) keeping the first letter's case", () => {
		expect(houseSpelling('cai nghiệm ma túy; chăm sóc, triệu trị bệnh nhân HIV')).toBe(
			'cai nghiện ma túy; chăm sóc, điều trị bệnh nhân HIV'
		);
		expect(houseSpelling('có nhiềm tiềm năng')).toBe('có nhiều tiềm năng');
		expect(houseSpelling('Cai nghiệm')).toBe('Cai nghiện');
		expect(houseSpelling('kinh nghiệm')).toBe('kinh nghiệm');
		expect(typosIn('triệu trị bệnh nhân HIV); cai nghiệm ma túy')).toEqual([
			{ written: 'cai nghiệm', meant: 'cai nghiện' },
			{ written: 'triệu trị', meant: 'điều trị' }
		]);
	});

	for (const deck of checkedDecks())
		it(`${deck.name}: every shown text in the house spelling, every quote verbatim, typos listed in sic`, () => {
			for (const q of deck.bank.questions) {
				for (const t of shownTexts(q)) expect(houseSpelling(t), q.id).toBe(t);
				for (const quote of [q.source.quote, ...(q.source.quotes ?? [])])
					expect(deck.source.includes(quote), q.id).toBe(true);
				const typos = [q.source.quote, ...(q.source.quotes ?? [])].flatMap(typosIn);
				expect((q.source.sic ?? []).length > 0, q.id).toBe(typos.length > 0);
			}
		});

	it('regression: the committed bank asks "cai nghiện" and "điều trị" while its quotes keep the article\'s words', () => {
		const bank = checkedDecks()[0]!.bank;
		const drugs = bank.questions.find((q) => q.id === 'ngo-field-drugs:cloze')!;
		expect(drugs.cloze).toContain('cai nghiện ____');
		expect(drugs.cloze).toContain('điều trị');
		expect(drugs.source.quote).toContain('cai nghiệm');
		expect(drugs.source.sic).toContainEqual({ written: 'cai nghiệm', meant: 'cai nghiện' });
		// Never both "Uỷ" and "Ủy", "tỉ" and "tỷ" in one question.
		const funds = bank.questions.find((q) => q.id === 'laos-training-funds:flashcard:forward')!;
		expect(funds.answer).toBe('trên 74 tỷ đồng');
	});
});
