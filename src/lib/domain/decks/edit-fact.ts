/**
 * Editing a proposed fact on the review screen: a name, a post, a figure, a statement's value. Every answer
 * the app teaches must be stated in its article, so an edit is kept only when the fact's sentence still
 * states it (the validator's own rule, `statedProblems`); otherwise it is refused and the fact stays as it
 * was. The fact keeps its id: an edit is a correction, and its questions keep their progress. Pure.
 */
import { statedProblems } from '../facts/validate';
import { containsFolded, parseWrittenNumber } from '../facts/text';
import type { Fact } from '../types';

/** The fields of a fact the review screen lets the learner edit, with their current text. */
export type EditableField = 'person' | 'post' | 'written' | 'name' | 'value';

export type FactEditProblem = 'empty' | 'not-in-quote' | 'not-a-number';

export class FactEditError extends Error {
	override name = 'FactEditError';
	constructor(
		readonly problem: FactEditProblem,
		readonly field: EditableField,
		message: string
	) {
		super(message);
	}
}

/**
 * What can be edited of a fact. Dates, lists and amounts are not: their value has parts (day and year, items,
 * scale and currency) an edit of one text cannot keep in step; the learner unticks such a fact instead.
 */
export function editableFields(fact: Fact): { field: EditableField; value: string }[] {
	switch (fact.kind) {
		case 'person-post':
			return [
				{ field: 'person', value: fact.person },
				{ field: 'post', value: fact.post }
			];
		case 'count':
			return [{ field: 'written', value: fact.written }];
		case 'statement':
			return [{ field: 'value', value: fact.value }];
		case 'org':
			return [
				{ field: 'name', value: fact.name },
				{ field: 'value', value: fact.value }
			];
		default:
			return [];
	}
}

function apply(fact: Fact, field: EditableField, value: string): Fact {
	switch (fact.kind) {
		case 'person-post':
			if (field === 'person') return { ...fact, person: value };
			// A post that no longer holds its title is its own title (and must then be stated whole).
			if (field === 'post') {
				if (containsFolded(value, fact.title)) return { ...fact, post: value };
				const { body: _body, ...rest } = fact;
				return { ...rest, post: value, title: value };
			}
			break;
		case 'count':
			if (field === 'written') {
				const n = parseWrittenNumber(value);
				if (n === null) throw new FactEditError('not-a-number', field, `"${value}" is not a number`);
				return { ...fact, written: value, value: n };
			}
			break;
		case 'statement':
			if (field === 'value') return { ...fact, value };
			break;
		case 'org':
			if (field === 'name') return { ...fact, name: value };
			if (field === 'value') return { ...fact, value };
			break;
	}
	throw new RangeError(`The field ${field} of a ${fact.kind} fact cannot be edited`);
}

/**
 * The fact with `field` set to `value` (NFC, spaces folded). Throws FactEditError when the value is empty,
 * not a number where one is needed, or not stated in the fact's sentence.
 *
 * @example editFact(fact, 'person', 'Nguyễn Văn B') // throws 'not-in-quote' unless the quote names him
 */
export function editFact(fact: Fact, field: EditableField, value: string): Fact {
	const text = value.normalize('NFC').replace(/\s+/g, ' ').trim();
	if (!text) throw new FactEditError('empty', field, `The ${field} is empty`);
	const edited = apply(fact, field, text);
	const problems = statedProblems(edited, edited.quote);
	if (problems.length > 0) throw new FactEditError('not-in-quote', field, problems.join('; '));
	return edited;
}
