/**
 * The one definition of "today" for a learner: a study day is a local calendar day that starts at the
 * learner's start hour (4:00 by default, as Anki's "next day starts at"), so answers given at 1:00 after a
 * late evening count for the evening's day. The flashcard allowance, home, stats, the streak and the
 * forecast all count days with these functions.
 *
 * Pure: the learner's time zone comes in as a function giving its UTC offset at any instant (`offsetAt`),
 * so days stay right across a daylight-saving change and tests run in any zone they like.
 */
import { DEFAULT_SETTINGS } from './settings';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY_MS = 24 * HOUR;

/** Offset of local time from UTC, in minutes east (Vietnam: +420), at the instant `t` (epoch ms). */
export type OffsetAt = (t: number) => number;

export interface DayRule {
	/** Local hour (0-23) at which a study day begins. */
	startHour: number;
	offsetAt: OffsetAt;
}

export class StudyDayError extends Error {
	override name = 'StudyDayError';
}

/** The offset of the zone this code runs in (the phone's), read from the platform's time-zone data. */
const systemOffsetAt: OffsetAt = (t) => -new Date(t).getTimezoneOffset() || 0;

/**
 * A zone without daylight saving, e.g. Vietnam (+420): for tests and fixed-zone figures.
 * @internal the app uses the phone's zone (dayRule); tests pin one.
 */
export function fixedOffset(minutes: number, startHour = 0): DayRule {
	return { startHour, offsetAt: () => minutes };
}

/** The rule for a learner's settings in the phone's own zone. */
export function dayRule(
	startHour: number = DEFAULT_SETTINGS.dayStartHour,
	offsetAt = systemOffsetAt
): DayRule {
	return { startHour, offsetAt };
}

function check(rule: DayRule): void {
	if (!Number.isInteger(rule.startHour) || rule.startHour < 0 || rule.startHour > 23) {
		throw new StudyDayError(`startHour must be a whole hour from 0 to 23, got ${rule.startHour}`);
	}
}

function offsetMs(rule: DayRule, t: number): number {
	const minutes = rule.offsetAt(t);
	if (!Number.isFinite(minutes) || Math.abs(minutes) > 14 * 60) {
		throw new StudyDayError(`a UTC offset must be between -840 and 840 minutes, got ${minutes}`);
	}
	return minutes * MINUTE;
}

/**
 * The study day of the instant `t`, as a day number (0 = 1970-01-01). Consecutive study days have
 * consecutive numbers, whatever the clock changes between them.
 *
 * @example studyDay(Date.UTC(2026, 2, 23, 19, 30), fixedOffset(420, 4)) // 2:30 on 24 March in Vietnam: still 23 March's day
 */
export function studyDay(t: number, rule: DayRule): number {
	check(rule);
	if (!Number.isFinite(t)) throw new StudyDayError(`not a time: ${t}`);
	return Math.floor((t + offsetMs(rule, t) - rule.startHour * HOUR) / DAY_MS);
}

/** The instant (epoch ms) at which study day `day` starts: its local date at the start hour. */
export function studyDayStart(day: number, rule: DayRule): number {
	check(rule);
	const local = day * DAY_MS + rule.startHour * HOUR;
	// Local time = t + offset(t): two refinements find t across any one offset change.
	let t = local - offsetMs(rule, local);
	t = local - offsetMs(rule, t);
	// In a skipped hour (spring forward) the day starts at the first instant that belongs to it.
	return studyDay(t, rule) === day ? t : t + HOUR;
}

/** [start, end) of the study day holding `now`. A day is 23 or 25 hours long across a clock change. */
export function studyDayBounds(now: Date | number, rule: DayRule): [number, number] {
	const t = typeof now === 'number' ? now : now.getTime();
	const day = studyDay(t, rule);
	return [studyDayStart(day, rule), studyDayStart(day + 1, rule)];
}

/** ISO date (YYYY-MM-DD) of a day number, for tables and data attributes. */
export function dayIso(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
