/**
 * Lists: places or bodies named in a row ("các tỉnh Hủa Phăn, Luông Pha Băng; Xay Nhạ By Ly", "đại diện Ban A;
 * Ban B và Tạp chí C"), quoted mottos ("phương châm ... là \"chủ động, linh hoạt, sáng tạo, hiệu quả\""), and
 * numbered points ("Thứ nhất, ... Thứ hai, ..."). An item is a capitalised phrase; "và" splits two items only
 * when a body head follows it, so "Sở Kế hoạch và Đầu tư" stays one.
 */
import { BODY_HEADS } from './data/posts';
import { buildTrie, isWord, longestMatch, type Token } from './tokens';

export interface ListFound {
	kind: 'list' | 'statement';
	subject: string;
	items: string[];
	value?: string;
	ordered?: boolean;
	doubtful?: string;
	start: number;
	end: number;
}

const BODIES = buildTrie(BODY_HEADS);
const CATEGORIES = buildTrie([
	'tỉnh',
	'nước',
	'huyện',
	'xã',
	'thành phố',
	'địa phương',
	'quốc gia',
	'đơn vị',
	'cơ quan',
	'sở',
	'ban',
	'ngành',
	'tổ chức',
	'đối tác',
	'trường',
	'doanh nghiệp',
	'hội',
	'tỉnh bạn',
	'nước bạn',
	'bộ'
]);
const MOTTO =
	/(phương châm|khẩu hiệu|chủ đề|thông điệp|tinh thần|mục tiêu)((?:\s+[\p{L}\p{M}]+){0,6}?)\s+(?:là\s*)?:?\s*["“]([^"”\n]{3,160})(["”]?)/giu;
const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

function isCap(t: Token | undefined): boolean {
	return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/** Capitalised items from token i on, separated by ",", ";" or "và": [start, end) token ranges. */
function itemsFrom(tokens: readonly Token[], i: number): [number, number][] {
	const items: [number, number][] = [];
	let k = i;
	while (k < tokens.length && isCap(tokens[k])) {
		const s = k;
		k++;
		while (k < tokens.length && tokens[k]!.kind === 'word') {
			const t = tokens[k]!;
			if (isWord(t, 'và') && (bodyStart(tokens, k + 1) || !isCap(tokens[k + 1]))) break;
			if (!isCap(t) && !isWord(t, 'và') && !(bodyStart(tokens, s) && k - s < 8)) break;
			k++;
		}
		items.push([s, k]);
		const sep = tokens[k];
		if (!sep) break;
		if (sep.text === ',' || sep.text === ';' || isWord(sep, 'và')) k++;
		else break;
	}
	return items;
}

function bodyStart(tokens: readonly Token[], i: number): boolean {
	return isCap(tokens[i]) && longestMatch(BODIES, tokens, i) > 0;
}

function slice(text: string, tokens: readonly Token[], [s, e]: [number, number]): string {
	return text.slice(tokens[s]!.start, tokens[e - 1]!.end);
}

/** Lists and mottos of one sentence. */
export function findLists(text: string, tokens: readonly Token[], side?: string): ListFound[] {
	const out: ListFound[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		// "các tỉnh A, B; C": a category, then capitalised items.
		if (isWord(t, 'các', 'những')) {
			const c = longestMatch(CATEGORIES, tokens, i + 1);
			if (c > 0 && isCap(tokens[i + 1 + c])) {
				const items = itemsFrom(tokens, i + 1 + c);
				if (items.length >= 2) {
					const last = items.at(-1)!;
					const before = tokens.slice(Math.max(0, i - 8), i).filter((x) => x.kind === 'word');
					const lead = before.length ? text.slice(before[0]!.start, before.at(-1)!.end) : '';
					const category = text.slice(tokens[i]!.start, tokens[i + c]!.end);
					out.push({
						kind: 'list',
						subject: lead ? `${category.toLowerCase()} được nêu sau “${lead}”` : category.toLowerCase(),
						items: items.map((r) => slice(text, tokens, r)),
						start: tokens[i]!.start,
						end: tokens[last[1] - 1]!.end
					});
					i = last[1] - 1;
					continue;
				}
			}
		}
		// "đại diện A; B; C và D": bodies that sent someone.
		if (isWord(t, 'đại') && isWord(tokens[i + 1], 'diện') && bodyStart(tokens, i + 2)) {
			const items = itemsFrom(tokens, i + 2);
			if (items.length >= 3) {
				const last = items.at(-1)!;
				out.push({
					kind: 'list',
					subject: side ? `các đơn vị phía ${side} có đại diện tham dự` : 'các đơn vị có đại diện tham dự',
					items: items.map((r) => slice(text, tokens, r)),
					start: t.start,
					end: tokens[last[1] - 1]!.end
				});
				i = last[1] - 1;
				continue;
			}
		}
	}
	for (const m of text.slice(tokens[0]?.start ?? 0, tokens.at(-1)?.end ?? 0).matchAll(MOTTO)) {
		const base = tokens[0]!.start;
		const start = base + m.index!;
		const quoted = m[3]!.trim().replace(/[.,;]+$/, '');
		const noun = `${m[1]!.toLowerCase()}${m[2] ?? ''}`.trim();
		const unclosed = m[4] === '' ? 'Ngoặc kép chưa đóng: câu có thể bị cắt.' : undefined;
		const parts = quoted.split(/\s*,\s*/);
		const end = start + m[0].length;
		if (parts.length >= 2 && parts.every((p) => p.split(' ').length <= 4 && p !== '')) {
			out.push({
				kind: 'list',
				subject: `các từ của ${noun}`,
				items: parts,
				ordered: true,
				start,
				end,
				...(unclosed ? { doubtful: unclosed } : {})
			});
		} else {
			out.push({
				kind: 'statement',
				subject: noun,
				items: [],
				value: quoted,
				start,
				end,
				...(unclosed ? { doubtful: unclosed } : {})
			});
		}
	}
	return out;
}

/**
 * Numbered points across a paragraph's sentences: "Thứ nhất, X. Thứ hai, Y." Each item is the point's first
 * clause. `announced` is the count a nearby figure gave ("05 đề xuất"): fewer points than that is a list cut off.
 */
export function findPoints(
	text: string,
	sentences: readonly { start: number; end: number }[],
	announced?: { value: number; noun: string }
): ListFound | null {
	const points: { start: number; itemStart: number; itemEnd: number }[] = [];
	for (const s of sentences) {
		const m = /^Thứ\s+([\p{L}]+)\s*[,:]\s*/u.exec(text.slice(s.start, s.end));
		if (!m) continue;
		const ordinal = ORDINALS.indexOf(m[1]!.toLowerCase());
		if (ordinal !== points.length) {
			if (points.length >= 2) break;
			points.length = 0;
			if (ordinal !== 0) continue;
		}
		const itemStart = s.start + m[0].length;
		const body = text.slice(itemStart, s.end);
		const cut = body.search(/;|\.$/);
		const itemEnd = itemStart + (cut === -1 ? body.length : cut);
		points.push({ start: s.start, itemStart, itemEnd });
	}
	if (points.length < 2) return null;
	const items = points.map((p) =>
		text
			.slice(p.itemStart, p.itemEnd)
			.trim()
			.replace(/[.…]+$/, '')
	);
	const short = announced && announced.value > points.length;
	return {
		kind: 'list',
		subject: announced ? `các ${announced.noun}` : 'các ý được nêu theo thứ tự',
		items,
		ordered: true,
		start: points[0]!.start,
		end: points.at(-1)!.itemEnd,
		...(short
			? { doubtful: `Bài nói ${announced!.value} ${announced!.noun} nhưng chỉ tìm thấy ${points.length}.` }
			: {})
	};
}
