/**
 * The bank report (`npm run questions -- --report`): its figures on the committed bank, on a bank without
 * stored `reveals` (computed instead), and the command line that prints it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, parseArgs, readInputs } from '../../../../questions/generate';
import { bankReport, formatReport } from '../../../../src/lib/domain/questions/report';
import { QUESTION_TYPES, type Bank } from '../../../../src/lib/domain/types';
import { ROOT } from '../facts/load';

const committed = JSON.parse(readFileSync(join(ROOT, 'questions/bank.json'), 'utf8')) as Bank;
const facts = readInputs(ROOT).decks[0]!.facts.facts;

describe('the bank report', () => {
	const report = bankReport(committed, facts, { sessions: 50 });

	it('counts per type and topic, and the true/false share', () => {
		expect(report.questions).toBe(committed.questions.length);
		expect(Object.values(report.byType).reduce((a, b) => a + b, 0)).toBe(committed.questions.length);
		const perTopic = Object.values(report.byTopic).flatMap((row) => Object.values(row));
		expect(perTopic.reduce((a, b) => a + b, 0)).toBe(committed.questions.length);
		expect(report.trueFalse.count).toBe(report.byType.truefalse);
		expect(report.trueFalse.share).toBeLessThanOrEqual(0.2);
	});

	it('shows what the issue asks to be done: no leak, no part over its whole, nothing over five words to type', () => {
		expect(report.reveals.stored).toBe(true);
		expect(report.reveals.pairs).toBeGreaterThan(0);
		expect(report.reveals.sessionsWithLeak).toBe(0);
		expect(report.reveals.sessionsWithPromptLeak).toBe(0);
		expect(report.partsOverWhole).toBe(0);
		expect(report.typedOverLimit).toBe(0);
		expect(Object.keys(report.clozesByWords).every((k) => Number(k) <= 5)).toBe(true);
		expect(report.numberRanks.every((n) => n > 0)).toBe(true);
	});

	it('computes the pairs of a bank that has none stored, and draws its sessions blind to them', () => {
		const old: Bank = {
			...committed,
			questions: committed.questions.map(({ reveals: _reveals, ...q }) => q)
		};
		const r = bankReport(old, facts, { sessions: 50 });
		expect(r.reveals.stored).toBe(false);
		expect(r.reveals.pairs).toBeGreaterThan(0);
		expect(r.reveals.sessionsWithLeak).toBeGreaterThan(0);
	});

	it('prints one line per figure, the topic table with its true/false column', () => {
		const lines = formatReport(report, QUESTION_TYPES);
		expect(lines[0]).toBe(`questions: ${committed.questions.length}`);
		expect(lines[1]).toMatch(/^topic\s+flashcard\s+choice/u);
		expect(lines.some((l) => /^laos\s/u.test(l))).toBe(true);
		for (const label of [
			'true/false:',
			'reveals (stored)',
			'quiz sessions of 20',
			'clozes by words',
			'number choices by rank',
			'questions per fact'
		])
			expect(
				lines.some((l) => l.startsWith(label)),
				label
			).toBe(true);
	});
});

describe('npm run questions -- --report', () => {
	it('parses the flags apart from the root', () => {
		expect(parseArgs(['--report'])).toEqual({ root: undefined, options: { report: true } });
		expect(parseArgs(['/tmp/x', '--report=old.json'])).toEqual({
			root: '/tmp/x',
			options: { reportFile: 'old.json' }
		});
	});

	it('--report=FILE reports on a bank file and writes nothing', () => {
		const lines: string[] = [];
		const code = main(
			ROOT,
			(l) => lines.push(l),
			(l) => lines.push(l),
			{ reportFile: 'questions/bank.json' }
		);
		expect(code).toBe(0);
		expect(lines[0]).toBe('questions/bank.json: report');
		expect(lines).toContain(`questions: ${committed.questions.length}`);
		expect(readFileSync(join(ROOT, 'questions/bank.json'), 'utf8')).toBe(
			JSON.stringify(committed, null, '\t') + '\n'
		);
	});
});
