import { summarizeBank } from '$lib/bank/summary';
import type { Bank } from '$lib/domain/types';
import bank from '../../questions/bank.json';

// Runs at prerender time only: the home screen's deck summary ships as HTML, not as the whole bank.
export function load() {
	return { summary: summarizeBank(bank as Bank) };
}
