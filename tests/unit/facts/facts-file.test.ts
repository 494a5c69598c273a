/**
 * Data tests for the reviewed fact base of the built-in article and its distractor pools. They read the JSON
 * files directly and compare with the article, independently of the generator's own validator, so a fact that
 * slips past one check is still caught by the other.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact, FactsFile, PersonPostFact } from '../../../src/lib/domain/types';

const ROOT = join(import.meta.dirname, '../../..');
const SOURCE = readFileSync(join(ROOT, 'questions/sources/vufo-quang-ninh.txt'), 'utf8');
const FILE = JSON.parse(
	readFileSync(join(ROOT, 'questions/facts/vufo-quang-ninh.json'), 'utf8')
) as FactsFile;
const FACTS = FILE.facts;
const POOL_DIR = join(ROOT, 'questions/pools');
const POOLS = Object.fromEntries(
	readdirSync(POOL_DIR)
		.filter((f) => f.endsWith('.json'))
		.map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(join(POOL_DIR, f), 'utf8'))])
) as Record<string, { description: string; kind: string; items: string[] }>;

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Folds Vietnamese for comparison: lower case, the tone mark moved to the end of its word (so old-style "Uỷ"
 * and new-style "Ủy" meet), and "tỉ" = "tỷ". Written here, not imported, so the data test stays independent.
 */
function fold(text: string): string {
	return text
		.normalize('NFD')
		.toLocaleLowerCase('vi')
		.replace(/[\p{L}\p{M}]+/gu, (word) => {
			const tones = word.match(TONES) ?? [];
			const moved = word.replace(TONES, '') + tones.join('');
			return moved === 'ti\u0309' ? 'ty\u0309' : moved;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

/** True when `needle` occurs in `haystack` as whole words, compared folded. */
function statedIn(haystack: string, needle: string): boolean {
	const h = fold(haystack);
	const n = fold(needle);
	let at = h.indexOf(n);
	while (at !== -1) {
		const before = h[at - 1];
		const after = h[at + n.length];
		const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
		if (!letter(before) && !letter(after)) return true;
		at = h.indexOf(n, at + 1);
	}
	return false;
}

/** True when a number appears exactly as printed ("08", "1.797"), never inside a longer number. */
function numberIn(text: string, written: string): boolean {
	const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\d.,])${escaped}(?![\\d])(?![.,]\\d)`).test(text);
}

/** Reads a figure the Vietnamese way: "." groups thousands, "," is the decimal mark. */
function readNumber(written: string): number {
	return Number(written.replace(/\./g, '').replace(',', '.'));
}

/** Every string anywhere inside a value. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

const byId = new Map(FACTS.map((f) => [f.id, f]));
const personPosts = FACTS.filter((f): f is PersonPostFact => f.kind === 'person-post');
const PEOPLE = ['Ngô Hoàng Ngân', 'Phạm Văn Thành', 'Nguyễn Văn Doanh', 'Đỗ Thị Kim Dung', 'Hoàng Đức Hạnh'];

describe('facts file: shape', () => {
	it('names the deck and its source article', () => {
		expect(FILE.deck).toEqual({
			id: 'vufo-quang-ninh',
			title: 'VUFO làm việc với tỉnh Quảng Ninh về công tác đối ngoại nhân dân',
			source: 'N.Nghiêm/Thời đại'
		});
		expect(FILE.sourceFile).toBe('vufo-quang-ninh.txt');
		expect(FACTS.length).toBeGreaterThanOrEqual(70);
	});

	it('stores every text of the facts file, the source and the pools in NFC', () => {
		const all = [...strings(FILE), SOURCE, ...strings(POOLS)];
		expect(all.filter((s) => s !== s.normalize('NFC'))).toEqual([]);
	});

	it('gives every fact a unique kebab-case id', () => {
		const ids = FACTS.map((f) => f.id);
		expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('gives every fact a known kind, a known topic, a subject and a quote', () => {
		const kinds = ['person-post', 'count', 'amount', 'date', 'list', 'org', 'statement'];
		const topics = [
			'session',
			'people',
			'china-twinning',
			'laos',
			'ngo-aid',
			'friendship-associations',
			'proposals',
			'vufo-message',
			'general'
		];
		const bad = FACTS.filter(
			(f) =>
				!kinds.includes(f.kind) ||
				!topics.includes(f.topic) ||
				typeof f.subject !== 'string' ||
				f.subject.trim() === '' ||
				typeof f.quote !== 'string' ||
				f.quote.trim() === ''
		).map((f) => f.id);
		expect(bad).toEqual([]);
	});

	it('covers every topic of the article', () => {
		const used = new Set(FACTS.map((f) => f.topic));
		for (const t of [
			'session',
			'people',
			'china-twinning',
			'laos',
			'ngo-aid',
			'friendship-associations',
			'proposals',
			'vufo-message'
		]) {
			expect(used, t).toContain(t);
		}
	});
});

describe('facts file: grounding in the article', () => {
	it('copies every quote verbatim from the source', () => {
		expect(FACTS.filter((f) => !SOURCE.includes(f.quote)).map((f) => f.id)).toEqual([]);
	});

	it('states every number as printed inside its quote, and reads it as the value', () => {
		const bad: string[] = [];
		for (const f of FACTS) {
			if (f.kind !== 'count' && f.kind !== 'amount') continue;
			if (!numberIn(f.quote, f.written)) bad.push(`${f.id}: ${f.written} not in quote`);
			if (readNumber(f.written) !== f.value) bad.push(`${f.id}: ${f.written} is not ${f.value}`);
			if (f.qualifier && !statedIn(f.quote, `${f.qualifier} ${f.written}`)) bad.push(`${f.id}: qualifier`);
			if (f.kind === 'amount') {
				const unit = [f.written, f.scale, f.currency].filter(Boolean).join(' ');
				if (!statedIn(f.quote, unit)) bad.push(`${f.id}: "${unit}" not in quote`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('states every name, post title, item and value inside its quote (spelling variants allowed)', () => {
		const bad: string[] = [];
		const check = (f: Fact, text: string) => {
			if (!statedIn(f.quote, text)) bad.push(`${f.id}: "${text}"`);
		};
		for (const f of FACTS) {
			if (f.damaged !== undefined) continue;
			if (f.kind === 'person-post') {
				check(f, f.person);
				check(f, f.title);
			} else if (f.kind === 'list') f.items.forEach((i) => check(f, i));
			else if (f.kind === 'org') {
				check(f, f.name);
				check(f, f.value);
			} else if (f.kind === 'statement' || f.kind === 'date') check(f, f.value);
		}
		expect(bad).toEqual([]);
	});

	it('matches spelling variants but not different words', () => {
		expect(statedIn('Ủy viên Đảng đoàn', 'Uỷ viên Đảng đoàn')).toBe(true);
		expect(statedIn('trên 35 tỷ đồng', '35 tỉ đồng')).toBe(true);
		expect(statedIn('Phó Chủ tịch VUFO', 'Chủ tịch VUFO')).toBe(true);
		expect(statedIn('Phó Chủ tịch VUFO', 'Phó Chủ tịch UBND')).toBe(false);
		expect(numberIn('08 cặp kết nghĩa', '8')).toBe(false);
		expect(numberIn('1.797 hội viên', '797')).toBe(false);
		expect(numberIn('trên 1,6 triệu USD', '1,6')).toBe(true);
	});

	it('claims a year for a date only when the quote prints it (the session has none)', () => {
		const bad: string[] = [];
		for (const f of FACTS) {
			if (f.kind !== 'date') continue;
			for (const part of [f.year, f.endYear, f.month, f.day]) {
				if (part !== undefined && !numberIn(f.quote, String(part))) bad.push(`${f.id}: ${part}`);
			}
		}
		expect(bad).toEqual([]);
		const session = byId.get('session-date');
		expect(session?.kind).toBe('date');
		expect(session && 'year' in session ? session.year : undefined).toBeUndefined();
	});
});

describe('facts file: asks and statements', () => {
	it('ends every ask with a question mark', () => {
		expect(FACTS.filter((f) => f.ask !== undefined && !f.ask.trim().endsWith('?')).map((f) => f.id)).toEqual(
			[]
		);
	});

	it('holds {value} exactly once in every statement', () => {
		const bad = FACTS.filter((f) => f.statement !== undefined && f.statement.split('{value}').length !== 2);
		expect(bad.map((f) => f.id)).toEqual([]);
	});

	it('gives every fact that can be asked a hand-written ask and statement', () => {
		const bad = FACTS.filter(
			(f) => f.damaged === undefined && (f.ask === undefined || f.statement === undefined)
		);
		expect(bad.map((f) => f.id)).toEqual([]);
	});

	it('never teaches the typos of the source in asks, statements or answers', () => {
		const typos = ['triệu trị', 'cai nghiệm', 'nhiềm'];
		const bad: string[] = [];
		for (const f of FACTS) {
			const taught = [
				f.ask,
				f.statement,
				'value' in f ? String(f.value) : '',
				...(f.kind === 'list' ? f.items : [])
			];
			for (const t of typos)
				if (taught.some((s) => s !== undefined && statedIn(s, t))) bad.push(`${f.id}: ${t}`);
		}
		expect(bad).toEqual([]);
	});

	it('gives wrong values that differ from the true value and from each other', () => {
		const bad: string[] = [];
		for (const f of FACTS) {
			if (f.kind !== 'statement' || !f.wrong) continue;
			const folded = f.wrong.map(fold);
			if (folded.includes(fold(f.value))) bad.push(`${f.id}: a wrong value equals the answer`);
			if (new Set(folded).size !== folded.length) bad.push(`${f.id}: duplicate wrong values`);
		}
		expect(bad).toEqual([]);
	});

	it('offers only the article\u2019s own people as wrong answers to "who" questions', () => {
		const who = FACTS.filter((f) => f.kind === 'statement' && PEOPLE.includes(f.value));
		expect(who.length).toBeGreaterThanOrEqual(5);
		for (const f of who) {
			if (f.kind !== 'statement') continue;
			expect(f.wrong?.length, f.id).toBeGreaterThan(0);
			for (const w of f.wrong ?? []) expect(PEOPLE, `${f.id}: ${w}`).toContain(w);
		}
	});
});

describe('facts file: people and posts', () => {
	it('gives each of the five officials at least one post and a side', () => {
		for (const person of PEOPLE) {
			const posts = personPosts.filter((f) => f.person === person);
			expect(posts.length, person).toBeGreaterThan(0);
			expect(new Set(posts.map((f) => f.side)).size, person).toBe(1);
			expect(['Quảng Ninh', 'VUFO']).toContain(posts[0]?.side);
		}
		expect(new Set(personPosts.map((f) => f.person))).toEqual(new Set(PEOPLE));
	});

	it('records every post each official holds in the article', () => {
		const postsOf = (p: string) =>
			personPosts
				.filter((f) => f.person === p)
				.map((f) => f.post)
				.sort();
		expect(postsOf('Ngô Hoàng Ngân')).toEqual([
			'Phó Bí thư Thường trực Tỉnh uỷ Quảng Ninh',
			'Trưởng đoàn Đại biểu Quốc hội tỉnh Quảng Ninh'
		]);
		expect(postsOf('Phạm Văn Thành')).toEqual([
			'Phó Chủ tịch UBND tỉnh Quảng Ninh',
			'Tỉnh uỷ viên' // the title names the province's committee: "Tỉnh uỷ viên Quảng Ninh" is not written
		]);
		expect(postsOf('Nguyễn Văn Doanh')).toEqual([
			'Phó Chủ tịch VUFO',
			'Trưởng đoàn công tác của VUFO',
			'Uỷ viên Đảng đoàn VUFO'
		]);
		expect(postsOf('Đỗ Thị Kim Dung')).toEqual(['Phó Trưởng ban Điều phối viện trợ nhân dân (PACCOM)']);
		expect(postsOf('Hoàng Đức Hạnh')).toEqual(['Phó Chủ tịch Liên hiệp Hữu nghị Quảng Ninh']);
	});

	it('names a different body for each of the three "Phó Chủ tịch", and each post is title + body', () => {
		const vice = personPosts.filter((f) => f.title === 'Phó Chủ tịch');
		expect(vice.map((f) => f.person).sort()).toEqual([
			'Hoàng Đức Hạnh',
			'Nguyễn Văn Doanh',
			'Phạm Văn Thành'
		]);
		expect(new Set(vice.map((f) => f.body)).size).toBe(3);
		for (const f of vice) expect(f.post).toBe(`${f.title} ${f.body}`);
	});

	it('puts the title inside the post of every person-post fact', () => {
		expect(personPosts.filter((f) => !statedIn(f.post, f.title)).map((f) => f.id)).toEqual([]);
	});

	it('keeps the units the officials\u2019 names are followed by out of their posts', () => {
		const units = ['Liên hiệp Hữu nghị tỉnh', 'UBMTTQ', 'Ban Thông tin Đối ngoại', 'Sở Nội vụ'];
		for (const f of personPosts)
			for (const u of units) expect(statedIn(f.post, u), `${f.id}: ${u}`).toBe(false);
	});
});

describe('facts file: the damaged statement', () => {
	it('flags the truncated year "năm 201" and gives it nothing to ask', () => {
		expect(SOURCE).toMatch(/năm 201(?!\d)/);
		const damaged = FACTS.filter((f) => f.damaged !== undefined);
		expect(damaged.map((f) => f.id)).toEqual(['laos-agreement-year']);
		const f = damaged[0]!;
		expect(f.quote).toContain('năm 201');
		expect(f.damaged?.trim()).not.toBe('');
		expect(f.ask).toBeUndefined();
		expect(f.statement).toBeUndefined();
	});

	it('quotes no truncated year in any other fact', () => {
		const bad = FACTS.filter((f) => f.damaged === undefined && /năm\s+\d{1,3}(?!\d)/u.test(f.quote));
		expect(bad.map((f) => f.id)).toEqual([]);
	});
});

describe('distractor pools', () => {
	it('have a description, a kind and distinct NFC items', () => {
		expect(Object.keys(POOLS).length).toBeGreaterThanOrEqual(7);
		for (const [name, pool] of Object.entries(POOLS)) {
			expect(pool.description.trim(), name).not.toBe('');
			expect(pool.kind.trim(), name).not.toBe('');
			expect(pool.items.length, name).toBeGreaterThanOrEqual(5);
			const folded = pool.items.map(fold);
			expect(new Set(folded).size, name).toBe(folded.length);
		}
	});

	it('exist for every pool a fact names', () => {
		const named = FACTS.flatMap((f) => ('pool' in f && f.pool !== undefined ? [`${f.id}: ${f.pool}`] : []));
		expect(named.length).toBeGreaterThan(0);
		expect(named.filter((n) => !(n.split(': ')[1]! in POOLS))).toEqual([]);
	});

	it('hold no true value of the facts that use them', () => {
		const bad: string[] = [];
		for (const f of FACTS) {
			if (!('pool' in f) || f.pool === undefined) continue;
			const truths = f.kind === 'list' ? f.items : [f.value];
			const pool = POOLS[f.pool]?.items ?? [];
			for (const p of pool) if (truths.some((t) => fold(t) === fold(p))) bad.push(`${f.id}: ${p}`);
		}
		expect(bad).toEqual([]);
	});

	it('hold no post anyone in the article holds, nor a unit or province the article names', () => {
		const posts = POOLS.posts?.items ?? [];
		const held = personPosts.flatMap((f) => [f.post, f.title]);
		expect(posts.filter((p) => held.some((h) => fold(h) === fold(p)))).toEqual([]);
		for (const name of ['bodies', 'central-bodies', 'vufo-units', 'lao-provinces', 'chinese-regions']) {
			const items = POOLS[name]?.items ?? [];
			expect(items.length, name).toBeGreaterThan(0);
			expect(
				items.filter((i) => statedIn(SOURCE, i)),
				name
			).toEqual([]);
		}
	});

	it('hold no word of the motto and no field or origin the article lists', () => {
		const list = (id: string) => {
			const f = byId.get(id);
			return f?.kind === 'list' ? f.items : [];
		};
		const motto = list('vufo-motto');
		expect(motto).toEqual(['chủ động', 'linh hoạt', 'sáng tạo', 'hiệu quả']);
		expect((POOLS['motto-words']?.items ?? []).filter((w) => motto.some((m) => statedIn(w, m)))).toEqual([]);
		const fieldsQuote = `${byId.get('ngo-fields')?.quote} ${byId.get('ngo-future-fields')?.quote} cai nghiện`;
		expect((POOLS['ngo-fields']?.items ?? []).filter((x) => statedIn(fieldsQuote, x))).toEqual([]);
		const originsQuote = byId.get('ngo-origins')?.quote ?? '';
		expect(originsQuote).not.toBe('');
		expect((POOLS['ngo-origins']?.items ?? []).filter((x) => statedIn(originsQuote, x))).toEqual([]);
	});
});
