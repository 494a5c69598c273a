/**
 * Bench section: the answer checker and the scheduler. Times 10,000 answer checks drawn from a realistic
 * mix (typed names and places right, without diacritics, with a slip and wrong; numbers in every
 * notation; choice and multi), and the FSRS work done per flashcard (four interval previews and a review).
 * Median of several timed runs after a warm-up, measured with performance.now(). The checker keeps
 * folded expected answers and words in bounded caches; after the warm-up they are warm, as in a
 * study session over one deck.
 */
import { gradeAnswer } from '../src/lib/domain/answers/grade';
import { createRng } from '../src/lib/domain/random';
import { newCard, previewIntervals, review } from '../src/lib/domain/scheduling';
import type { Question } from '../src/lib/domain/types';
import type { CardRecord } from '../src/lib/domain/records';

const CHECKS = 10_000;
const RUNS = 15;
const NOW = new Date('2026-03-23T08:00:00+07:00');

function q(
	id: string,
	type: Question['type'],
	answer: Question['answer'],
	extra: Partial<Question> = {}
): Question {
	return {
		id,
		type,
		prompt: `${id}?`,
		answer,
		factIds: [id],
		topic: 'general',
		source: { quote: '' },
		...extra
	};
}

const person = q('doanh', 'typed', 'Nguyễn Văn Doanh');
const post = q('doanh-post', 'typed', 'Uỷ viên Đảng đoàn');
const province = q('hua-phan', 'typed', 'Hủa Phăn', { accept: ['Houaphanh'] });
const luang = q('luong-pha-bang', 'cloze', 'Luông Pha Băng', { accept: ['Luang Prabang'] });
const xay = q('xay-nha-by-ly', 'typed', 'Xay Nhạ By Ly', { accept: ['Sayabouly', 'Xayaburi'] });
const motto = q('motto', 'typed', 'chủ động, linh hoạt, sáng tạo, hiệu quả');
const pairs = q('pairs', 'numeric', '08', { numeric: { value: 8, unit: 'cặp', inUnit: 8 } });
const members = q('members', 'numeric', '1.797', {
	numeric: { value: 1797, unit: 'hội viên', inUnit: 1797 }
});
const usd = q('usd', 'numeric', '1,6 triệu USD', {
	numeric: { value: 1.6e6, unit: 'triệu USD', inUnit: 1.6 }
});
const dong = q('dong', 'numeric', '74 tỉ đồng', { numeric: { value: 74e9, unit: 'tỉ đồng', inUnit: 74 } });
const choice = q('choice', 'choice', 'Phó Chủ tịch UBND tỉnh', {
	choices: ['Phó Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh', 'Phó Bí thư Tỉnh uỷ', 'Giám đốc Sở Ngoại vụ']
});
const multi = q('multi', 'multi', ['Hủa Phăn', 'Luông Pha Băng', 'Xay Nhạ By Ly'], {
	choices: ['Hủa Phăn', 'Luông Pha Băng', 'Xay Nhạ By Ly', 'Viêng Chăn', 'Chăm Pa Xắc']
});

/** Roughly the share of each kind of answer in a training quiz: typed text dominates the cost. */
const MIX: [Question, unknown][] = [
	[person, 'Nguyễn Văn Doanh'],
	[person, 'ong nguyen van doanh'],
	[person, 'Nguyễn Văn Doan'],
	[person, 'Phạm Văn Thành'],
	[post, 'Ủy viên Đảng đoàn'],
	[post, 'uy vien dang doan'],
	[province, 'Hua Phan'],
	[province, 'Húa Phăn'],
	[luang, 'Luông Pha Bămg'],
	[luang, 'luang prabang'],
	[xay, 'Xay Nha By Ly'],
	[xay, 'Viêng Chăn'],
	[motto, 'chủ động, linh hoạt, sáng tạo, hiệu quả'],
	[motto, 'chu dong linh hoat sang tao hieu qua'],
	[pairs, '08'],
	[pairs, 'tám cặp'],
	[pairs, '9'],
	[members, '1.797'],
	[members, '1797 hội viên'],
	[members, '1.798'],
	[usd, '1,6 triệu USD'],
	[usd, '1.6'],
	[dong, 'trên 74 tỷ đồng'],
	[dong, '47'],
	[choice, 'Phó Chủ tịch UBND tỉnh'],
	[choice, 'Chủ tịch UBND tỉnh'],
	[multi, ['Hủa Phăn', 'Luông Pha Băng', 'Xay Nhạ By Ly']],
	[multi, ['Hủa Phăn', 'Viêng Chăn']]
];

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Timing {
	/** Median wall-clock time of one run, ms (performance.now()). */
	wall: number;
	/** Median CPU time of one run, ms: the same work, less disturbed by other processes on the machine. */
	cpu: number;
}

/** Runs `fn` once to warm up, then RUNS times, and returns the median durations in ms. */
function time(fn: () => number): Timing {
	let sink = fn();
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		sink += fn();
		wall.push(performance.now() - t0);
		const c = process.cpuUsage(c0);
		cpu.push((c.user + c.system) / 1000);
	}
	// Keeps the work observable so no engine can drop it as dead code.
	if (sink === -1) console.log(sink);
	return { wall: median(wall), cpu: median(cpu) };
}

/**
 * The 10,000 answers, made before timing: the mix above, with typed text varied the way learners vary
 * it (one letter dropped or doubled, a word capitalised), so the checker's caches see new text as
 * they would in use rather than the same 28 strings over and over.
 */
function answers(): [Question, unknown][] {
	const rng = createRng('bench-check');
	const out: [Question, unknown][] = [];
	for (let i = 0; i < CHECKS; i++) {
		const [question, given] = MIX[i % MIX.length]!;
		if (typeof given !== 'string' || question.type === 'choice' || rng.next() < 0.5) {
			out.push([question, given]);
			continue;
		}
		const chars = [...given];
		const at = rng.int(chars.length);
		const kind = rng.int(3);
		if (kind === 0) chars.splice(at, 1);
		else if (kind === 1) chars.splice(at, 0, chars[at]!);
		else chars[at] = chars[at]!.toUpperCase();
		out.push([question, chars.join('')]);
	}
	return out;
}

const ANSWERS = answers();

function checkAll(): number {
	let right = 0;
	for (const [question, given] of ANSWERS) if (gradeAnswer(question, given).grade !== 'wrong') right++;
	return right;
}

const CARDS = 1_000;

function scheduleAll(): number {
	let due = 0;
	let card: CardRecord = newCard('bench', 'bench', NOW);
	for (let i = 0; i < CARDS; i++) {
		const now = new Date(NOW.getTime() + i * 86_400_000);
		const p = previewIntervals(card, now, { desiredRetention: 0.9, fuzz: true });
		card = review(card, i % 7 === 0 ? 1 : 3, now, { desiredRetention: 0.9, fuzz: true });
		due += p[3];
	}
	return due;
}

export async function run(): Promise<{ name: string; value: number; unit: string; target?: string }[]> {
	const checks = time(checkAll);
	const schedule = time(scheduleAll);
	return [
		{
			name: `${CHECKS.toLocaleString('en-GB')} answer checks (mixed types), median of ${RUNS}`,
			value: checks.wall,
			unit: 'ms',
			target: '< 100 ms'
		},
		{
			name: `${CHECKS.toLocaleString('en-GB')} answer checks, CPU time (steadier on a busy machine)`,
			value: checks.cpu,
			unit: 'ms',
			target: '< 100 ms'
		},
		{
			name: 'one answer check, mean of the mix',
			value: (checks.wall * 1000) / CHECKS,
			unit: 'µs',
			target: '< 10 µs'
		},
		{
			name: 'one flashcard: 4 interval previews + the review',
			value: (schedule.wall * 1000) / CARDS,
			unit: 'µs',
			target: '< 500 µs'
		}
	];
}
