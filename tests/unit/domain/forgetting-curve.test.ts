import { default_w, forgetting_curve, FSRS6_DEFAULT_DECAY } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECAY, retrievability } from '../../../src/lib/domain/forgetting-curve';
import { isMastered, MASTERY_MIN_RETRIEVABILITY } from '../../../src/lib/domain/stats-summary';
import { masteryByTopic } from '../../../src/lib/domain/stats';
import type { CardRecord } from '../../../src/lib/domain/records';

// The home screen computes mastery without loading ts-fsrs; these tests hold the copy to the library.
describe('retrievability', () => {
	it("uses ts-fsrs's default decay", () => {
		expect(DEFAULT_DECAY).toBe(FSRS6_DEFAULT_DECAY);
		expect(DEFAULT_DECAY).toBe(default_w[20]);
	});

	it("gives exactly ts-fsrs's forgetting_curve(default_w, t, s) over a grid of ages and stabilities", () => {
		const elapsed = [0, 0.01, 0.5, 1, 2.5, 7, 13.3, 21, 30, 45.75, 90, 180, 365, 1000, 36500];
		const stability = [0.1, 0.5, 1, 3.2, 10, 21, 22.5, 40, 100, 365, 36500];
		let compared = 0;
		for (const t of elapsed) {
			for (const s of stability) {
				expect(retrievability(t, s), `t=${t} s=${s}`).toBe(forgetting_curve(default_w, t, s));
				compared++;
			}
		}
		expect(compared).toBe(elapsed.length * stability.length);
	});

	it('is 90 % when the elapsed time equals the stability, and falls with time', () => {
		expect(retrievability(30, 30)).toBeCloseTo(0.9, 6);
		expect(retrievability(0, 30)).toBe(1);
		expect(retrievability(60, 30)).toBeLessThan(retrievability(31, 30));
	});
});

describe('mastery after the split', () => {
	const DAY = 86_400_000;
	const NOW = new Date('2026-11-27T10:00:00+07:00');
	function card(stability: number, daysSinceReview: number): CardRecord {
		const lastReview = NOW.getTime() - daysSinceReview * DAY;
		return {
			questionId: `q-${stability}-${daysSinceReview}`,
			deckId: 'deck',
			due: lastReview + Math.round(stability) * DAY,
			stability,
			difficulty: 5,
			elapsedDays: 0,
			scheduledDays: Math.round(stability),
			learningSteps: 0,
			reps: 5,
			lapses: 0,
			state: 2,
			lastReview
		};
	}

	it('the mastery rule (one home, stats-summary.ts) decides at the ts-fsrs threshold', () => {
		// Find the age at which ts-fsrs drops a 40-day card below the threshold, and check both sides of it.
		let days = 0;
		while (forgetting_curve(default_w, days + 1, 40) >= MASTERY_MIN_RETRIEVABILITY) days++;
		expect(days).toBeGreaterThan(40);
		expect(isMastered(card(40, days), NOW)).toBe(true);
		expect(isMastered(card(40, days + 1), NOW)).toBe(false);
		const q = (id: string) => ({ id, type: 'flashcard', topic: 'people' }) as never;
		const kept = card(40, days);
		const lost = card(40, days + 1);
		const m = masteryByTopic([kept, lost], [q(kept.questionId), q(lost.questionId)], NOW);
		expect([m.mastered, m.learning, m.new]).toEqual([1, 1, 0]);
	});
});
