import { describe, expect, it } from 'vitest';
import {
	dayIso,
	dayRule,
	fixedOffset,
	StudyDayError,
	studyDay,
	studyDayBounds,
	studyDayStart,
	type OffsetAt
} from '../../../src/lib/domain/study-day';

const HOUR = 3_600_000;

/** The UTC offset of a real IANA zone at an instant, from the platform's time-zone data (full ICU in Node). */
function zone(timeZone: string): OffsetAt {
	const f = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	});
	return (t) => {
		const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
		const local = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
		return Math.round((local - Math.floor(t / 1000) * 1000) / 60_000);
	};
}

const berlin = { startHour: 4, offsetAt: zone('Europe/Berlin') };
const vietnam = fixedOffset(420, 4);

describe('studyDay', () => {
	it('counts the small hours before the start hour as the day before', () => {
		// 2:30 on 24 March in Hà Nội (19:30Z on the 23rd) still belongs to 23 March's study day.
		const late = Date.UTC(2026, 2, 23, 19, 30);
		const morning = Date.UTC(2026, 2, 23, 21, 30); // 4:30 on the 24th
		expect(dayIso(studyDay(late, vietnam))).toBe('2026-03-23');
		expect(dayIso(studyDay(morning, vietnam))).toBe('2026-03-24');
		expect(dayIso(studyDay(late, fixedOffset(420, 0)))).toBe('2026-03-24');
	});

	it('keeps days right across the spring-forward change (23-hour day)', () => {
		// Berlin moves from +1 to +2 at 01:00Z on 29 March 2026, inside the study day of the 28th.
		const [from, to] = studyDayBounds(Date.UTC(2026, 2, 28, 12), berlin);
		expect(from).toBe(Date.UTC(2026, 2, 28, 3)); // 04:00 CET
		expect(to).toBe(Date.UTC(2026, 2, 29, 2)); // 04:00 CEST
		expect(to - from).toBe(23 * HOUR);
		expect(studyDay(to - 1, berlin) + 1).toBe(studyDay(to, berlin));
	});

	it('keeps days right across the fall-back change (25-hour day)', () => {
		// Berlin moves from +2 to +1 at 01:00Z on 25 October 2026, inside the study day of the 24th.
		const [from, to] = studyDayBounds(Date.UTC(2026, 9, 24, 12), berlin);
		expect(from).toBe(Date.UTC(2026, 9, 24, 2)); // 04:00 CEST
		expect(to).toBe(Date.UTC(2026, 9, 25, 3)); // 04:00 CET
		expect(to - from).toBe(25 * HOUR);
		// 03:30 local on the 25th, after the clocks went back, still belongs to the 24th.
		expect(dayIso(studyDay(Date.UTC(2026, 9, 25, 2, 30), berlin))).toBe('2026-10-24');
	});

	it('gives every instant of a year exactly one day, and day starts that belong to their day', () => {
		let previous = studyDay(Date.UTC(2026, 0, 1), berlin);
		for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += HOUR / 2) {
			const day = studyDay(t, berlin);
			expect(day - previous === 0 || day - previous === 1).toBe(true);
			previous = day;
		}
		for (let day = previous - 365; day <= previous; day += 7) {
			const start = studyDayStart(day, berlin);
			expect(studyDay(start, berlin)).toBe(day);
			expect(studyDay(start - 1, berlin)).toBe(day - 1);
		}
	});

	it('refuses a start hour or offset that cannot be', () => {
		expect(() => studyDay(0, fixedOffset(0, 24))).toThrow(StudyDayError);
		expect(() => studyDay(0, fixedOffset(5000))).toThrow(/offset/);
		expect(() => studyDay(Number.NaN, vietnam)).toThrow(StudyDayError);
	});

	it('defaults to 4:00 in the zone of the machine', () => {
		const rule = dayRule();
		expect(rule.startHour).toBe(4);
		expect(rule.offsetAt(Date.UTC(2026, 0, 1))).toBe(
			-new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset() || 0
		);
	});
});
