/**
 * The extractor: the facts of a Vietnamese news article (officials and posts, figures, dates, lists,
 * abbreviations), each with a verbatim quote of the cleaned text and its offsets. Pure, synchronous, linear in
 * the text's length: it runs the same in Node (the CLI, the tests) and in a Web Worker (the import screen).
 * Bad input is a typed result, never a throw.
 */
import type { DeckInfo, Fact, FactsFile } from '../types';
import { cleanText, type CleanText } from './clean';
import { articleContext, type ArticleContext } from './context';
import { findDates } from './dates';
import { findFigures, type FigureFound } from './figures';
import { fold } from './fold';
import { buildFacts, idFor, type Found } from './build';
import { MAX_INPUT_LENGTH, problemMessage, rawProblem, textProblem } from './input';
import { findLists, findPoints } from './lists';
import { findOrgs } from './orgs';
import { findPosts } from './people';
import { splitSentences, type Sentence } from './sentences';
import { tokenize } from './tokens';

export interface ExtractOptions {
	/** Longest input accepted, in characters (default MAX_INPUT_LENGTH). */
	maxLength?: number;
	/** The deck id to give the facts file (default "bai-dan-vao"). */
	deckId?: string;
}

export type ExtractFailure = 'empty' | 'too-long' | 'binary' | 'not-vietnamese' | 'no-facts';

export interface ExtractSuccess {
	ok: true;
	/** The cleaned text every quote and span refers to. */
	text: string;
	facts: Fact[];
	/** Names of one thing: an abbreviation and its long form. */
	aliases: string[][];
	context: ArticleContext;
	deck: DeckInfo;
	/** How much was read: lines and sentences (also a measure of work for the linearity test). */
	stats: { lines: number; sentences: number; tokens: number };
}

interface ExtractError {
	ok: false;
	reason: ExtractFailure;
	/** A Vietnamese message naming what is wrong. */
	message: string;
	/** too-long: the limit and the length, in characters. */
	limit?: number;
	length?: number;
	/** no-facts: the cleaned text, for the screen to show. */
	text?: string;
}

export type ExtractResult = ExtractSuccess | ExtractError;

const ANNOUNCED =
	/^(đề xuất|kiến nghị|giải pháp|nhiệm vụ|nội dung|ý kiến|điểm|nhóm giải pháp|đề nghị|mục tiêu)/u;

function topicOf(kind: Fact['kind']): Fact['topic'] {
	return kind === 'person-post' ? 'people' : 'general';
}

/**
 * Extracts the facts of a text (plain or HTML). Never throws on any string: a failure says why.
 * @example extractFacts('Ông Phạm Văn Thành, Phó Chủ tịch UBND tỉnh Quảng Ninh cho biết ...').ok === true
 */
export function extractFacts(input: string, options: ExtractOptions = {}): ExtractResult {
	const limit = options.maxLength ?? MAX_INPUT_LENGTH;
	if (typeof input !== 'string') return fail({ reason: 'binary' });
	const raw = rawProblem(input, limit);
	if (raw) return fail(raw);
	const clean = cleanText(input);
	const problem = textProblem(clean.text);
	if (problem) return fail(problem);
	const context = articleContext(clean);
	const { found, sentences, tokens } = findAll(clean, context);
	const { facts, aliases: bodyAliases } = buildFacts(clean.text, found);
	if (facts.length === 0)
		return {
			ok: false,
			reason: 'no-facts',
			message: problemMessage({ reason: 'no-facts' }),
			text: clean.text
		};
	const aliases = [...facts.flatMap((f) => (f.kind === 'org' ? [[f.name, f.value]] : [])), ...bodyAliases];
	return {
		ok: true,
		text: clean.text,
		facts,
		aliases,
		context,
		deck: deckOf(clean, context, options.deckId),
		stats: { lines: clean.lines.length, sentences, tokens }
	};
}

function fail(p: Parameters<typeof problemMessage>[0]): ExtractError {
	const out: ExtractError = { ok: false, reason: p.reason, message: problemMessage(p) };
	if (p.reason === 'too-long') {
		out.limit = p.limit;
		out.length = p.length;
	}
	return out;
}

function deckOf(clean: CleanText, ctx: ArticleContext, id = 'bai-dan-vao'): DeckInfo {
	const first = clean.lines.find((l) => l.role === 'heading' || l.role === 'body');
	const title = first
		? clean.text.slice(first.start, first.end).split(/\s+/).slice(0, 16).join(' ')
		: 'Bài dán vào';
	return { id, title, source: ctx.byline ?? 'Bài dán vào' };
}

/** A sentence looks cut off when its line ends without a closing mark. */
function cutOff(text: string, s: Sentence, lineEnd: number): boolean {
	return s.end === lineEnd && !/[.!?…"”)»:]$/u.test(text.slice(s.start, s.end)) && s.end - s.start > 80;
}

function findAll(
	clean: CleanText,
	ctx: ArticleContext
): { found: Found[]; sentences: number; tokens: number } {
	const { text } = clean;
	const found: Found[] = [];
	let sentenceCount = 0;
	let tokenCount = 0;
	for (const line of clean.lines) {
		if (line.role !== 'body' && line.role !== 'caption' && line.role !== 'heading') continue;
		const caption = line.role !== 'body';
		const captionLine = line.role === 'caption';
		const sentences = splitSentences(text, line.start, line.end);
		sentenceCount += sentences.length;
		let announced: { value: number; noun: string } | undefined;
		let side: string | undefined;
		for (const s of sentences) {
			const tokens = tokenize(text, s.start, s.end);
			tokenCount += tokens.length;
			const doubt =
				!captionLine && cutOff(text, s, line.end) ? 'Câu có vẻ bị cắt (không có dấu kết thúc).' : undefined;
			const add = (f: Found) => {
				if (doubt && f.fact.doubtful === undefined && f.fact.damaged === undefined) f.fact.doubtful = doubt;
				found.push(f);
			};
			const posts = findPosts(text, tokens, ctx);
			side = posts.find((p) => p.side)?.side ?? side;
			for (const p of posts) {
				add({
					fact: {
						kind: 'person-post',
						topic: 'people',
						subject: `chức vụ của ${p.honorific ? `${p.honorific} ` : ''}${p.person}`,
						person: p.person,
						post: p.post,
						title: p.title,
						...(p.body !== undefined ? { body: p.body } : {}),
						...(p.side !== undefined ? { side: p.side } : {}),
						...(p.doubtful !== undefined ? { doubtful: p.doubtful } : {})
					},
					start: p.start,
					end: p.end,
					key: idFor([p.person, p.title, p.body ?? '']),
					caption,
					dedupe: `pp|${fold(p.person)}|${fold(p.post)}`
				});
			}
			const figures = findFigures(text, tokens);
			const keys = figures.map((f) => figureKey(f));
			figures.forEach((f, k) => {
				const partOf = f.partOf !== undefined ? keys[f.partOf] : undefined;
				const common = {
					topic: topicOf(f.kind),
					subject: f.subject,
					written: f.written,
					...(f.qualifier ? { qualifier: f.qualifier } : {}),
					...(partOf ? { partOf } : {})
				};
				add({
					fact:
						f.kind === 'amount'
							? {
									kind: 'amount',
									...common,
									value: f.value,
									scale: f.scale as 'triệu',
									currency: f.currency!
								}
							: { kind: 'count', ...common, value: f.value, unit: f.unit },
					start: f.start,
					end: f.end,
					key: keys[k]!,
					caption,
					dedupe: `fig|${keys[k]}`
				});
				const noun = ANNOUNCED.exec(f.unit)?.[1];
				if (noun) announced = { value: f.value, noun };
			});
			for (const d of findDates(text, s.start, s.end)) {
				const subjectText = dateSubject(text, tokens, d.start, d.end);
				add({
					fact: {
						kind: 'date',
						topic: 'general',
						subject: `${d.period ? 'giai đoạn' : 'thời điểm'} ${subjectText}`.trim(),
						value: d.value,
						...(d.year !== undefined ? { year: d.year } : {}),
						...(d.month !== undefined ? { month: d.month } : {}),
						...(d.day !== undefined ? { day: d.day } : {}),
						...(d.endYear !== undefined ? { endYear: d.endYear } : {}),
						...(d.damaged !== undefined ? { damaged: d.damaged } : {})
					},
					start: d.damaged ? Math.max(s.start, d.start - 40) : d.start - dateLead(text, s.start, d.start),
					end: d.end,
					key: idFor(['date', d.value]),
					caption,
					dedupe: `date|${fold(d.value)}`
				});
			}
			for (const o of findOrgs(text, tokens)) {
				add({
					fact: {
						kind: 'org',
						topic: 'general',
						subject: `tên đầy đủ của ${o.name}`,
						name: o.name,
						value: o.value
					},
					start: o.start,
					end: o.end,
					key: idFor(['org', o.name]),
					caption,
					dedupe: `org|${fold(o.name)}`
				});
			}
			for (const l of findLists(text, tokens, side)) {
				add({
					fact:
						l.kind === 'list'
							? {
									kind: 'list',
									topic: 'general',
									subject: l.subject,
									items: l.items,
									...(l.ordered ? { ordered: true } : {}),
									...(l.doubtful ? { doubtful: l.doubtful } : {})
								}
							: {
									kind: 'statement',
									topic: 'general',
									subject: l.subject,
									value: l.value!,
									...(l.doubtful ? { doubtful: l.doubtful } : {})
								},
					start: l.start,
					end: l.end,
					key: idFor([l.kind, l.subject]),
					caption,
					dedupe: `${l.kind}|${fold(l.items.join('|') || (l.value ?? ''))}`
				});
			}
		}
		const points = findPoints(text, sentences, announced);
		if (points) {
			found.push({
				fact: {
					kind: 'list',
					topic: 'general',
					subject: points.subject,
					items: points.items,
					ordered: true,
					...(points.doubtful ? { doubtful: points.doubtful } : {})
				},
				start: points.start,
				end: points.end,
				key: idFor(['list', points.subject]),
				caption,
				dedupe: `points|${fold(points.items.join('|'))}`
			});
		}
	}
	return { found, sentences: sentenceCount, tokens: tokenCount };
}

function figureKey(f: FigureFound): string {
	return f.kind === 'amount' ? idFor([f.written, f.scale, f.currency ?? '']) : idFor([f.written, f.unit]);
}

/** "Trong bối cảnh ..., tháng 6/2020, Quảng Ninh đã ...": how far back the quote of a date starts (its clause). */
function dateLead(text: string, sentenceStart: number, at: number): number {
	const before = text.slice(sentenceStart, at);
	const comma = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
	const lead = before.length - (comma + 1);
	return lead > 120 ? 0 : lead;
}

/** What a date is the time of: the clause after it when it opens the sentence, else the words before it. */
function dateSubject(text: string, tokens: ReturnType<typeof tokenize>, start: number, end: number): string {
	const words = (from: number, to: number) =>
		tokens.filter((t) => t.start >= from && t.end <= to && t.kind !== 'punct').slice(0, 40);
	const before = words(tokens[0]?.start ?? start, start);
	const lastComma = [...tokens].reverse().find((t) => t.end <= start && (t.text === ',' || t.text === ';'));
	const clauseBefore = before.filter((t) => !lastComma || t.start > lastComma.start);
	const pick =
		clauseBefore.length >= 3
			? clauseBefore.slice(-14)
			: (() => {
					let after = tokens.filter((t) => t.start >= end);
					// "Sáng 20/11, tại TP. Lào Cai, Liên hiệp ... tổ chức ...": the place is not what happened.
					const lead = after.find((t) => t.kind === 'word');
					if (lead && /^tại$/iu.test(lead.text)) {
						const next = after.findIndex((t) => t.text === ',' && t.start > lead.start);
						if (next !== -1) after = after.slice(next + 1);
					}
					const firstStop = after.findIndex(
						(t, i) => i > 0 && (t.text === ',' || t.text === ';' || t.text === '.')
					);
					return (firstStop === -1 ? after : after.slice(0, firstStop))
						.filter((t) => t.kind !== 'punct')
						.slice(0, 12);
				})();
	if (pick.length === 0) return '';
	return text
		.slice(pick[0]!.start, pick.at(-1)!.end)
		.replace(/["“”]/g, '')
		.replace(/^[,;\s]+/, '');
}

/** The result as a facts file (the shape of questions/facts/*.json), for the CLI and the review screen. */
export function toFactsFile(result: ExtractSuccess): FactsFile {
	const file: FactsFile = { deck: result.deck, facts: result.facts };
	if (result.aliases.length > 0) file.aliases = result.aliases;
	return file;
}
