import { describe, expect, it } from 'vitest';
import { ExportError, exportRows, toAnkiTsv, toCsv } from '../../../src/lib/domain/export';
import type { Bank, Question } from '../../../src/lib/domain/types';

const q = (over: Partial<Question> & Pick<Question, 'id' | 'type' | 'prompt' | 'answer'>): Question => ({
	factIds: ['f'],
	topic: 'laos',
	source: { quote: 'q' },
	...over
});

const bank: Bank = {
	version: 1,
	generatedBy: 'test',
	deck: { id: 'vufo-quang-ninh', title: 'VUFO làm việc với tỉnh Quảng Ninh', source: 'Thời đại' },
	questions: [
		q({
			id: 'a:flashcard',
			type: 'flashcard',
			prompt: 'Quảng Ninh có bao nhiêu cặp kết nghĩa?',
			answer: '08 cặp'
		}),
		q({
			id: 'b:choice',
			type: 'choice',
			prompt: 'Tỉnh nào, "bạn" của Quảng Ninh?',
			answer: 'Hủa Phăn',
			choices: ['Hủa Phăn', 'Viêng Chăn']
		}),
		q({
			id: 'c:multi',
			type: 'multi',
			prompt: 'Ba tỉnh Bắc Lào?',
			answer: ['Phông Sa Lỳ', 'Luông Nặm Thà', 'Hủa Phăn']
		}),
		q({ id: 'd:truefalse', type: 'truefalse', prompt: 'Có 1.797 hội viên.', answer: true }),
		q({
			id: 'e:typed',
			type: 'typed',
			prompt: 'Viện trợ\tbao nhiêu?\nGhi rõ',
			answer: 'trên 74 tỉ đồng, 1,6 triệu USD'
		}),
		q({
			id: 'f:match',
			type: 'match',
			prompt: 'Ghép',
			answer: [],
			pairs: [
				['PACCOM', 'Ban Điều phối viện trợ nhân dân'],
				['VUFO', 'Liên hiệp các tổ chức hữu nghị Việt Nam']
			]
		}),
		q({
			id: 'g:cloze',
			type: 'cloze',
			prompt: 'Điền',
			cloze: 'Quảng Ninh có ____ cặp kết nghĩa.',
			answer: '08'
		}),
		q({
			id: 'a:flashcard:dup',
			type: 'flashcard',
			prompt: 'Quảng Ninh có bao nhiêu cặp kết nghĩa?',
			answer: '08 cặp'
		}),
		q({ id: 'h:typed', type: 'typed', prompt: '#1 câu hỏi', answer: 'x', topic: 'ngo-aid' })
	]
};

/** A small RFC 4180 reader, written for the test, to read the CSV back. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

describe('exportRows', () => {
	it('gives one row per question, one per match pair, no duplicates, true/false in words', () => {
		const rows = exportRows(bank);
		expect(rows).toHaveLength(9);
		expect(rows.map((r) => r.back)).toContain('Phông Sa Lỳ; Luông Nặm Thà; Hủa Phăn');
		expect(rows.find((r) => r.front === 'Có 1.797 hội viên.')?.back).toBe('Đúng');
		expect(rows.find((r) => r.front === 'PACCOM')?.back).toBe('Ban Điều phối viện trợ nhân dân');
		expect(rows.find((r) => r.back === '08')?.front).toBe('Quảng Ninh có ____ cặp kết nghĩa.');
		expect(exportRows(bank, { types: ['truefalse'], trueWord: 'True' })).toEqual([
			{ front: 'Có 1.797 hội viên.', back: 'True', tag: 'laos' }
		]);
	});

	it('refuses something that is not a bank', () => {
		expect(() => exportRows({} as Bank)).toThrow(ExportError);
	});
});

describe('toAnkiTsv', () => {
	it('starts with the headers Anki reads, then one note per line with three tab-separated fields', () => {
		const lines = toAnkiTsv(bank).split('\n');
		expect(lines.slice(0, 5)).toEqual([
			'#separator:tab',
			'#html:false',
			'#deck:VUFO làm việc với tỉnh Quảng Ninh',
			'#notetype:Basic',
			'#tags column:3'
		]);
		expect(lines.at(-1)).toBe('');
		const notes = lines.slice(5, -1);
		expect(notes).toHaveLength(9);
		for (const note of notes) expect(note.split('\t')).toHaveLength(3);
		expect(notes).toContain('Viện trợ bao nhiêu? Ghi rõ\ttrên 74 tỉ đồng, 1,6 triệu USD\tlaos');
		// Quotes and a leading "#" are quoted so Anki reads them as text, not as syntax.
		expect(notes).toContain('"Tỉnh nào, ""bạn"" của Quảng Ninh?"\tHủa Phăn\tlaos');
		expect(notes).toContain('"#1 câu hỏi"\tx\tngo-aid');
	});
});

describe('toCsv', () => {
	it('quotes per RFC 4180 and reads back to the same rows', () => {
		const csv = toCsv(bank, { header: ['Thuật ngữ', 'Định nghĩa'] });
		expect(csv.endsWith('\r\n')).toBe(true);
		const rows = parseCsv(csv);
		expect(rows[0]).toEqual(['Thuật ngữ', 'Định nghĩa']);
		expect(rows.slice(1)).toEqual(exportRows(bank).map((r) => [r.front, r.back]));
		expect(csv).toContain('"Viện trợ\tbao nhiêu?\nGhi rõ","trên 74 tỉ đồng, 1,6 triệu USD"');
	});
});
