/**
 * Dates and periods: "sáng 23/3", "20/11/2019", "ngày 30-6", "tháng 6/2020", "ngày 5 tháng 7 năm 2021",
 * "năm 2019", "giai đoạn 2011 - 2020", "từ 2011 đến nay". A "year" of one to three digits ("năm 201") is a cut
 * statement: found, and marked damaged.
 */
export interface DateFound {
	value: string;
	year?: number;
	month?: number;
	day?: number;
	endYear?: number;
	period: boolean;
	damaged?: string;
	start: number;
	end: number;
}

const TIME = '(?:(?:sáng|chiều|tối|trưa|đêm|rạng sáng|ngày)\\s+(?:ngày\\s+)?)';
const PATTERNS: {
	re: RegExp;
	read: (m: RegExpExecArray) => Omit<DateFound, 'start' | 'end' | 'value'> | null;
}[] = [
	{
		re: /(?:giai đoạn|nhiệm kỳ|thời kỳ|niên khóa|niên khoá)\s+((19|20)\d\d)\s*[-–]\s*((19|20)\d\d)(?!\d)/giu,
		read: (m) => ({ year: +m[1]!, endYear: +m[3]!, period: true })
	},
	{
		re: /từ\s+(?:năm\s+)?((19|20)\d\d)\s+(?:đến|tới)\s+(?:nay|năm\s+((19|20)\d\d)|((19|20)\d\d))(?!\d)/giu,
		read: (m) => {
			const end = m[3] ?? m[5];
			return end ? { year: +m[1]!, endYear: +end, period: true } : { year: +m[1]!, period: true };
		}
	},
	{
		re: new RegExp(
			`${TIME}?(?<![\\d/.,])(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+((?:19|20)\\d\\d))?(?!\\d)`,
			'giu'
		),
		read: (m) => day(+m[1]!, +m[2]!, m[3])
	},
	{
		re: new RegExp(`${TIME}?(?<![\\d/.,-])(\\d{1,2})\\/(\\d{1,2})(?:\\/((?:19|20)\\d\\d))?(?![\\d/])`, 'giu'),
		read: (m) => day(+m[1]!, +m[2]!, m[3])
	},
	{
		re: new RegExp(`${TIME}(\\d{1,2})-(\\d{1,2})(?:-((?:19|20)\\d\\d))?(?![\\d-])`, 'giu'),
		read: (m) => day(+m[1]!, +m[2]!, m[3])
	},
	{
		re: /tháng\s+(\d{1,2})(?:\/|\s+năm\s+)((?:19|20)\d\d)(?!\d)/giu,
		read: (m) => (+m[1]! >= 1 && +m[1]! <= 12 ? { month: +m[1]!, year: +m[2]!, period: false } : null)
	},
	{
		re: /(?<![\d/])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)/gu,
		read: (m) => (+m[2]! > +m[1]! ? { year: +m[1]!, endYear: +m[2]!, period: true } : null)
	},
	{ re: /năm\s+((?:19|20)\d\d)(?!\d|[.,]\d)/giu, read: (m) => ({ year: +m[1]!, period: false }) },
	{
		re: /năm\s+(\d{1,3})(?![\d.,]\d|\d|\s*(?:tháng|ngày|qua|nay|tới|trước|sau|liền|liên tiếp))/giu,
		read: (m) => ({
			period: false,
			damaged: `Năm bị cắt cụt trong bài ("năm ${m[1]}"): không rõ năm nào, nên không được hỏi.`
		})
	}
];

function day(
	d: number,
	mo: number,
	y: string | undefined
): Omit<DateFound, 'start' | 'end' | 'value'> | null {
	if (d < 1 || d > 31 || mo < 1 || mo > 12) return null;
	return y ? { day: d, month: mo, year: +y, period: false } : { day: d, month: mo, period: false };
}

/** Every date of text[from, to), no two overlapping (the first pattern to claim a span keeps it). */
export function findDates(text: string, from: number, to: number): DateFound[] {
	const slice = text.slice(from, to);
	const taken: [number, number][] = [];
	const out: DateFound[] = [];
	for (const { re, read } of PATTERNS) {
		re.lastIndex = 0;
		for (let m = re.exec(slice); m; m = re.exec(slice)) {
			const s = m.index;
			const e = s + m[0].length;
			if (taken.some(([a, b]) => s < b && e > a)) continue;
			// "năm" must start a word: not the "năm" of "Thứ năm" before a number of something else.
			if (s > 0 && /[\p{L}\d]/u.test(slice[s - 1]!)) continue;
			const r = read(m);
			if (!r) continue;
			taken.push([s, e]);
			let value = m[0];
			// A period's answer is its years ("2011 - 2020"); the frame word stays in the quote.
			const frame = /^(giai đoạn|nhiệm kỳ|thời kỳ|niên khóa|niên khoá)\s+/iu.exec(value);
			if (frame) value = value.slice(frame[0].length);
			else if (/^từ\s/iu.test(value)) value = value[0]!.toLowerCase() + value.slice(1);
			out.push({ ...r, value, start: from + s, end: from + e });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}
