/**
 * Every bank the generator's rules are checked over: the committed bank, and the deck generated from each of
 * the importer's fixture articles (tests/fixtures/articles), from the facts a reviewer would accept (not
 * doubtful), as the import screen builds it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../../../questions/generate';
import { extractFacts, toFactsFile } from '../../../../src/lib/domain/extract';
import { generateBank } from '../../../../src/lib/domain/questions/generate';
import type { Bank, FactsFile } from '../../../../src/lib/domain/types';
import { ROOT } from '../facts/load';

export interface CheckedDeck {
	name: string;
	bank: Bank;
	facts: FactsFile;
	source: string;
}

let cached: CheckedDeck[] | undefined;

/** The committed bank first, then one deck per fixture article (generated once per test file). */
export function checkedDecks(): CheckedDeck[] {
	if (cached) return cached;
	const inputs = readInputs(ROOT);
	const deck = inputs.decks[0]!;
	const committed = JSON.parse(readFileSync(join(ROOT, 'questions/bank.json'), 'utf8')) as Bank;
	const out: CheckedDeck[] = [{ name: 'committed', bank: committed, facts: deck.facts, source: deck.source }];
	const dir = join(ROOT, 'tests/fixtures/articles');
	for (const file of readdirSync(dir).sort()) {
		if (!/\.(txt|html)$/.test(file) || file.endsWith('.sentences.txt')) continue;
		const result = extractFacts(readFileSync(join(dir, file), 'utf8'), {
			deckId: file.replace(/\.\w+$/, '')
		});
		if (!result.ok) continue;
		const facts = toFactsFile(result);
		facts.facts = facts.facts.filter((f) => f.doubtful === undefined);
		const bank = generateBank({ facts, source: result.text, pools: inputs.pools, generatedBy: 'test' });
		out.push({ name: file, bank, facts, source: result.text });
	}
	return (cached = out);
}
