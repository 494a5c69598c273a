/**
 * Bench section: the statistics screen. Times `computeStats` over 10,000 synthetic reviews spread over 120
 * days (seeded, so every run measures the same log) and the built-in bank's questions.
 */
import { readFile } from 'node:fs/promises';
import { createRng } from '../src/lib/domain/random';
import { computeStats } from '../src/lib/domain/stats';
import type { Bank, Question, Topic } from '../src/lib/domain/types';
import type { CardPhase, CardRecord, Rating, ReviewRecord } from '../src/lib/domain/records';

const DAY = 86_400_000;
const REVIEWS = 10_000;
const SPAN_DAYS = 120;
const RUNS = 30;
const NOW = new Date('2026-11-27T10:00:00+07:00');

async function bankQuestions(): Promise<{ questions: Question[]; synthetic: boolean }> {
	const bank = JSON.parse(await readFile(new URL('../questions/bank.json', import.meta.url), 'utf8')) as Bank;
	if (bank.questions.length > 0) return { questions: bank.questions, synthetic: false };
	// An empty placeholder bank would make the bench meaningless: stand in with a bank of a realistic size.
	const topics: Topic[] = ['session', 'people', 'china-twinning', 'laos', 'ngo-aid', 'proposals'];
	const questions = Array.from({ length: 300 }, (_, i) => ({
		id: `fact-${i}:flashcard`,
		type: 'flashcard' as const,
		prompt: `Câu ${i}?`,
		answer: String(i),
		factIds: [`fact-${i}`],
		topic: topics[i % topics.length] as Topic,
		source: { quote: String(i) }
	}));
	return { questions, synthetic: true };
}

function syntheticHistory(questions: Question[]): {
	reviews: ReviewRecord[];
	cards: Map<string, CardRecord>;
} {
	const rng = createRng('bench-stats');
	const start = NOW.getTime() - SPAN_DAYS * DAY;
	const reviews: ReviewRecord[] = [];
	for (let i = 0; i < REVIEWS; i++) {
		const q = rng.pick(questions);
		const at = start + Math.floor(rng.next() * SPAN_DAYS * DAY);
		const correct = rng.next() < 0.8;
		reviews.push({
			id: `${at}-${q.id}-${i}`,
			questionId: q.id,
			deckId: 'vufo-quang-ninh',
			mode: 'flashcards',
			given: null,
			rating: (correct ? 3 : 1) as Rating,
			correct,
			ms: 2000 + rng.int(8000),
			at,
			topic: q.topic,
			type: q.type
		});
	}
	reviews.sort((a, b) => a.at - b.at);
	const cards = new Map<string, CardRecord>();
	for (const q of questions) {
		if (rng.next() < 0.15) continue; // some never studied
		const stability = rng.next() * 60;
		cards.set(q.id, {
			questionId: q.id,
			deckId: 'vufo-quang-ninh',
			due: NOW.getTime() + Math.floor((rng.next() * 20 - 3) * DAY),
			stability,
			difficulty: 1 + rng.next() * 9,
			elapsedDays: rng.int(30),
			scheduledDays: rng.int(30),
			learningSteps: 0,
			reps: 1 + rng.int(20),
			lapses: rng.int(3),
			state: (1 + rng.int(3)) as CardPhase,
			lastReview: NOW.getTime() - rng.int(30) * DAY
		});
	}
	return { reviews, cards };
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median wall time of computeStats over the synthetic log (after a warm-up). */
export async function run(): Promise<{ name: string; value: number; unit: string; target?: string }[]> {
	const { questions, synthetic } = await bankQuestions();
	const { reviews, cards } = syntheticHistory(questions);
	const input = { reviews, cards, questions, dailyGoal: 20, tzOffsetMinutes: 420 };
	for (let i = 0; i < 5; i++) computeStats(input, NOW);
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t0 = performance.now();
		computeStats(input, NOW);
		times.push(performance.now() - t0);
	}
	const bankNote = synthetic ? '300 synthetic questions (bank empty)' : `${questions.length} bank questions`;
	return [
		{
			name: `stats: computeStats, 10,000 reviews over 120 days, ${bankNote} (median of ${RUNS})`,
			value: Number(median(times).toFixed(2)),
			unit: 'ms',
			target: '< 50 ms'
		}
	];
}

// Run alone with `npx tsx bench/stats.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
	run().then((rows) => console.table(rows));
}
