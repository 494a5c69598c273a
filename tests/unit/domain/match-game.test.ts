import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/lib/domain/random';
import type { Question } from '../../../src/lib/domain/types';
import {
	BOARD_MAX,
	BOARD_MIN,
	MatchError,
	availableKinds,
	bestKey,
	bestTime,
	buildBoard,
	checkPair,
	isBoardDone,
	isUnambiguous,
	matchKind,
	matchQuestions,
	newPlay,
	recordableAnswers,
	scoreTime,
	select,
	truthOf,
	type MatchPair
} from '../../../src/lib/domain/match-game';

function m(id: string, pairs: MatchPair[]): Question {
	return {
		id,
		type: 'match',
		prompt: 'Ghép',
		answer: '',
		pairs,
		factIds: [id],
		topic: 'people',
		source: { quote: 'q' }
	};
}

// Doanh holds two posts; both appear in different questions, so they must never meet on one board.
const people = [
	m('p1', [
		['Ngô Hoàng Ngân', 'Phó Bí thư Thường trực Tỉnh uỷ'],
		['Phạm Văn Thành', 'Phó Chủ tịch UBND tỉnh'],
		['Nguyễn Văn Doanh', 'Phó Chủ tịch VUFO'],
		['Hoàng Đức Hạnh', 'Phó Chủ tịch Liên hiệp Hữu nghị Quảng Ninh']
	]),
	m('p2', [
		['Đỗ Thị Kim Dung', 'Phó Trưởng ban Điều phối viện trợ nhân dân'],
		['Nguyễn Văn Doanh', 'Uỷ viên Đảng đoàn'],
		['Ngô Hoàng Ngân', 'Trưởng đoàn Đại biểu quốc hội tỉnh'],
		['Phạm Văn Thành', 'Tỉnh uỷ viên']
	])
];
const figures = [
	m('n1', [
		['08', 'cặp kết nghĩa'],
		['1.797', 'hội viên'],
		['06', 'hội hữu nghị'],
		['407', 'lượt lưu học sinh'],
		['15.000', 'Việt kiều']
	])
];

describe('match boards', () => {
	it('tells people from figures', () => {
		expect(matchKind(people[0] as Question)).toBe('people');
		expect(matchKind(figures[0] as Question)).toBe('figures');
		expect(availableKinds([...people, ...figures])).toEqual(['people', 'figures']);
		expect(availableKinds(people)).toEqual(['people']);
	});

	it('detects ambiguity: a person meeting two of their posts, or a repeated item', () => {
		const truth = truthOf(people);
		expect(isUnambiguous(people[0]?.pairs ?? [], truth)).toBe(true);
		expect(
			isUnambiguous(
				[
					['Nguyễn Văn Doanh', 'Phó Chủ tịch VUFO'],
					['Ngô Hoàng Ngân', 'Uỷ viên Đảng đoàn']
				],
				truth
			)
		).toBe(false);
		expect(
			isUnambiguous(
				[
					['A', 'x'],
					['A', 'y']
				],
				truth
			)
		).toBe(false);
	});

	it('builds boards of 5-6 pairs that can be matched only one way', () => {
		for (let seed = 0; seed < 40; seed++) {
			const board = buildBoard([...people, ...figures], 'people', createRng(seed));
			expect(board.pairs.length).toBeGreaterThanOrEqual(BOARD_MIN);
			expect(board.pairs.length).toBeLessThanOrEqual(BOARD_MAX);
			expect(isUnambiguous(board.pairs, truthOf(people))).toBe(true);
			expect([...board.lefts].sort()).toEqual(board.pairs.map(([l]) => l).sort());
			expect([...board.rights].sort()).toEqual(board.pairs.map(([, r]) => r).sort());
			// exactly one whole question fits (4 pairs) and is recorded; filling pairs are not
			expect(board.questionIds).toHaveLength(1);
			const whole = people.find((p) => p.id === board.questionIds[0]);
			for (const pair of whole?.pairs ?? []) expect(board.pairs).toContainEqual(pair);
		}
		const f = buildBoard(figures, 'figures', createRng(1));
		expect(f.pairs).toHaveLength(5);
		expect(f.questionIds).toEqual(['n1']);
		expect(() => buildBoard(people, 'figures', createRng(1))).toThrow(MatchError);
	});

	it('checks pairs and plays a board to the end, counting misses and first tries', () => {
		const board = buildBoard(figures, 'figures', createRng(2));
		expect(checkPair(board, '08', 'cặp kết nghĩa')).toBe(true);
		expect(checkPair(board, '08', 'hội viên')).toBe(false);
		let play = newPlay();
		play = select(board, play, 'left', '08');
		expect(play.selectedLeft).toBe('08');
		play = select(board, play, 'right', 'hội viên');
		expect(play.misses).toBe(1);
		expect(play.lastMiss).toEqual(['08', 'hội viên']);
		expect(play.selectedLeft).toBeNull();
		expect(() => select(board, play, 'left', 'nope')).toThrow(/not a left item/);
		for (const [l, r] of board.pairs) {
			play = select(board, play, 'right', r);
			play = select(board, play, 'left', l);
		}
		expect(isBoardDone(board, play)).toBe(true);
		expect(play.misses).toBe(1);
		expect(() => select(board, play, 'left', '08')).toThrow(/already matched/);
		const rec = recordableAnswers(board, play, figures);
		expect(rec).toHaveLength(1);
		// the first try for 08 was wrong and is what gets recorded; the rest were right first time
		expect(rec[0]?.given).toContainEqual(['08', 'hội viên']);
		expect(rec[0]?.given).toContainEqual(['1.797', 'hội viên']);
	});

	it('tapping a selected item again deselects it', () => {
		const board = buildBoard(figures, 'figures', createRng(3));
		const play = select(board, select(board, newPlay(), 'left', '06'), 'left', '06');
		expect(play.selectedLeft).toBeNull();
	});

	it('scores time with a penalty and keeps the best', () => {
		expect(scoreTime(12_345.4, 2)).toBe(14_345);
		expect(bestTime(undefined, 9000)).toBe(9000);
		expect(bestTime(8000, 9000)).toBe(8000);
		expect(bestTime(10_000, 9000)).toBe(9000);
		expect(bestKey('deck', 'people')).toBe('deck');
		expect(bestKey('deck', 'figures')).toBe('deck:figures');
	});
});

describe('boards from the committed bank', () => {
	const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as { questions: Question[] };

	it('offers both games and every board can be matched only one way', () => {
		const kinds = availableKinds(bank.questions);
		expect(kinds).toEqual(['people', 'figures']);
		for (const kind of kinds) {
			const truth = truthOf(matchQuestions(bank.questions, kind));
			for (let seed = 0; seed < 30; seed++) {
				const board = buildBoard(bank.questions, kind, createRng(seed));
				// The people game has only four unambiguous pairs in this bank (one person, two posts).
				expect(board.pairs.length).toBeGreaterThanOrEqual(4);
				expect(board.pairs.length).toBeLessThanOrEqual(BOARD_MAX);
				expect(isUnambiguous(board.pairs, truth)).toBe(true);
				expect(board.questionIds.length).toBeGreaterThanOrEqual(1);
			}
		}
	});
});
