import { describe, expect, it } from 'vitest';
import {
	buildCardDeck,
	cardListText,
	looksLikeCardList,
	parseCardList
} from '../../../../src/lib/domain/decks/card-list';
import { containsFolded, sameFolded } from '../../../../src/lib/domain/facts/text';
import { checkBank } from '../../../../src/lib/domain/questions/generate';
import { judge } from '../../../../src/lib/domain/verdict';

const quizlet = [
	'VUFO\tLiên hiệp các tổ chức hữu nghị Việt Nam',
	'PACCOM\tBan Điều phối viện trợ nhân dân',
	'Hủa Phăn\tTỉnh Bắc Lào giáp Thanh Hoá',
	'Quảng Ninh\tTỉnh có cửa khẩu Móng Cái',
	'Luang Prabang\tCố đô của Lào'
].join('\n');

const anki = `#separator:tab\n#html:false\n${quizlet.replace(/\n/g, '\r\n')}\r\n`;

describe('card lists', () => {
	it('reads Quizlet/Anki tab lines and CSV with a header, quotes and both separators', () => {
		const tsv = parseCardList(quizlet);
		expect(tsv.ok && tsv.cards.map((c) => [c.term, c.definition])[0]).toEqual([
			'VUFO',
			'Liên hiệp các tổ chức hữu nghị Việt Nam'
		]);
		expect(parseCardList(anki)).toEqual(tsv);
		const csv = parseCardList('Term;Definition\n"A; B";"nói ""có"""\nC;D\n;thiếu mặt trước');
		expect(csv).toEqual({
			ok: true,
			cards: [
				{ id: 'card-a-b', term: 'A; B', definition: 'nói "có"' },
				{ id: 'card-c', term: 'C', definition: 'D' }
			],
			skipped: [4]
		});
		const comma = parseCardList('Thuật ngữ,Định nghĩa\nHà Nội,Thủ đô\nHuế,Cố đô');
		expect(comma.ok && comma.cards.map((c) => c.term)).toEqual(['Hà Nội', 'Huế']);
	});

	it('tells a list from an article, and names what is wrong with a bad list', () => {
		expect(looksLikeCardList(quizlet)).toBe(true);
		expect(looksLikeCardList('Front,Back\na,b')).toBe(true);
		expect(looksLikeCardList('Sáng 12/3, ông Nguyễn Văn A, Chủ tịch, tiếp đoàn.\nHai bên trao đổi.')).toBe(
			false
		);
		expect(parseCardList('   \n')).toEqual({ ok: false, reason: 'empty' });
		expect(parseCardList('term;definition\na;\n;b')).toMatchObject({ ok: false, reason: 'no-cards' });
		const many = Array.from({ length: 2001 }, (_, i) => `t${i}\td${i}`).join('\n');
		expect(parseCardList(many)).toEqual({ ok: false, reason: 'too-many', limit: 2000 });
	});

	it('keeps a term met twice once, and ids stable from the terms', () => {
		const r = parseCardList('Huế\tCố đô\nhuế\tThành phố\nHue\tKhác');
		// "Hue" is another word (its marks differ): a card of its own, under an id of its own.
		expect(r.ok && r.cards).toEqual([
			{ id: 'card-hue', term: 'Huế', definition: 'Cố đô' },
			{ id: 'card-hue-2', term: 'Hue', definition: 'Khác' }
		]);
		const a = buildCardDeck({ text: quizlet, title: 'Từ viết tắt', source: '' });
		const b = buildCardDeck({ text: quizlet + '\nMới\tThẻ mới thêm', title: 'Khác', source: '' });
		const local = (ids: string[]) => ids.map((id) => id.slice(id.indexOf('/') + 1));
		expect(local(b.bank.questions.map((q) => q.id))).toEqual(
			expect.arrayContaining(local(a.bank.questions.map((q) => q.id)).filter((id) => !id.endsWith(':choice')))
		);
	});

	it('becomes flashcards, choice and typed questions whose answers are stated in their line', () => {
		const own = buildCardDeck({ text: anki, title: 'Từ viết tắt', source: '' });
		expect(own.text).toBe(quizlet);
		expect(own.facts.facts).toEqual([]);
		const qs = own.bank.questions;
		expect(checkBank(own.bank)).toEqual([]);
		const types = (t: string) => qs.filter((q) => q.type === t);
		expect(types('flashcard')).toHaveLength(5);
		expect(types('choice')).toHaveLength(5);
		expect(types('typed')).toHaveLength(5);
		for (const q of qs) {
			expect(q.id.startsWith(`${own.deck.id}/card-`)).toBe(true);
			expect(own.text.split('\n')).toContain(q.source.quote);
			expect(containsFolded(q.source.quote, String(q.answer))).toBe(true);
			expect(judge(q, q.type === 'flashcard' ? true : q.answer).correct).toBe(true);
		}
		for (const q of types('choice')) {
			// Wrong options are the other cards' definitions, none the same as the answer.
			expect(q.choices).toHaveLength(4);
			const wrong = q.choices!.filter((c) => c !== q.answer);
			expect(wrong).toHaveLength(3);
			for (const w of wrong) {
				expect(sameFolded(w, String(q.answer))).toBe(false);
				expect(own.text).toContain(`\t${w}`);
			}
		}
		// The right option is not always in the same place.
		expect(new Set(types('choice').map((q) => q.choices!.indexOf(String(q.answer)))).size).toBeGreaterThan(1);
	});

	it('asks no typed question where two cards share a definition, or a term too long to type', () => {
		const own = buildCardDeck({
			text: cardListText([
				{ term: 'A', definition: 'Giống nhau' },
				{ term: 'B', definition: 'giống nhau' },
				{ term: 'một hai ba bốn năm sáu bảy', definition: 'Dài' }
			]),
			title: 'T',
			source: ''
		});
		expect(own.bank.questions.filter((q) => q.type === 'typed')).toEqual([]);
		const choiceOfA = own.bank.questions.find((q) => q.id.endsWith('card-a:choice'))!;
		expect(choiceOfA.choices).toEqual(expect.not.arrayContaining(['giống nhau']));
		expect(() => buildCardDeck({ text: 'x', title: 'T', source: '' })).toThrow(/No card/);
		expect(() => buildCardDeck({ text: quizlet, title: ' ', source: '' })).toThrow(/title/);
	});
});
