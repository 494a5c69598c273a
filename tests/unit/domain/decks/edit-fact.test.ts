import { describe, expect, it } from 'vitest';
import { editableFields, editFact, FactEditError } from '../../../../src/lib/domain/decks/edit-fact';
import type { CountFact, DateFact, PersonPostFact } from '../../../../src/lib/domain/types';

const person: PersonPostFact = {
	id: 'ngo-hoang-ngan',
	kind: 'person-post',
	topic: 'people',
	subject: 'Ngô Hoàng Ngân',
	quote: 'ông Ngô Hoàng Ngân, Phó Chủ tịch UBND tỉnh Quảng Ninh, Trưởng đoàn',
	person: 'Ngô Hoàng Ngân',
	post: 'Phó Chủ tịch UBND tỉnh Quảng Ninh',
	title: 'Phó Chủ tịch',
	body: 'UBND tỉnh Quảng Ninh'
};
const count: CountFact = {
	id: 'cap-ket-nghia',
	kind: 'count',
	topic: 'general',
	subject: 'cặp kết nghĩa',
	quote: 'duy trì 08 cặp kết nghĩa, trong đó 07 cặp thôn – bản',
	value: 7,
	unit: 'cặp',
	written: '07'
};

function problem(f: () => unknown): string | undefined {
	try {
		f();
	} catch (e) {
		if (e instanceof FactEditError) return e.problem;
		throw e;
	}
	return undefined;
}

describe('editing a proposed fact', () => {
	it('keeps an edit its sentence states, with the figure read as the article writes it', () => {
		expect(editFact(count, 'written', ' 08 ')).toEqual({ ...count, written: '08', value: 8 });
		expect(editFact(person, 'post', 'Trưởng đoàn')).toEqual({
			...person,
			post: 'Trưởng đoàn',
			title: 'Trưởng đoàn',
			body: undefined
		});
		expect(editFact(person, 'person', 'Ngô  Hoàng Ngân'.normalize('NFD'))).toMatchObject({
			person: 'Ngô Hoàng Ngân'
		});
	});

	it('refuses what the sentence does not state, an empty value and a figure that is not one', () => {
		expect(problem(() => editFact(person, 'person', 'Nguyễn Văn B'))).toBe('not-in-quote');
		expect(problem(() => editFact(count, 'written', '09'))).toBe('not-in-quote');
		expect(problem(() => editFact(count, 'written', 'tám'))).toBe('not-a-number');
		expect(problem(() => editFact(person, 'post', '   '))).toBe('empty');
	});

	it('offers the fields a single text can change, none for a date', () => {
		expect(editableFields(person).map((f) => f.field)).toEqual(['person', 'post']);
		expect(editableFields(count)).toEqual([{ field: 'written', value: '07' }]);
		const date = {
			id: 'd',
			kind: 'date',
			topic: 'general',
			subject: 's',
			quote: 'năm 2022',
			value: 'năm 2022'
		};
		expect(editableFields(date as DateFact)).toEqual([]);
	});
});
