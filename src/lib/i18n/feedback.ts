import { bilingual } from './index';
import { plural } from './plural';

/** What the answer feedback says beyond the verdict: which answers count, how a near miss differs. */
export const feedbackStrings = bilingual(
	{
		anyOf: 'Đáp án (chỉ cần một trong các ý sau)',
		alsoRight: 'Cũng đúng',
		/** A near miss is not counted right until the learner overrules it. */
		notCounted: (letters: number) =>
			plural('vi', letters, { other: 'Chưa tính là đúng: khác đáp án # chữ cái.' }),
		notCountedPlain: 'Chưa tính là đúng.',
		stillCounted: 'Vẫn được tính là đúng.',
		nearestLabel: 'So với đáp án',
		changed: (given: string, expected: string) => `gõ «${given}», đúng là «${expected}»`,
		missing: (expected: string) => `thiếu «${expected}»`,
		extra: (given: string) => `thừa «${given}»`,
		space: 'dấu cách',
		/** After a word the article misspells, kept as written in the quote. */
		sic: 'nguyên văn',
		/** Around the spelling meant, which the component marks as Vietnamese (lang="vi") in either UI. */
		sicMeant: ['bài viết ghi sai chính tả, đúng là «', '»'] as readonly [string, string]
	},
	{
		anyOf: 'Correct answer (any one of these)',
		alsoRight: 'Also right',
		notCounted: (letters: number) =>
			plural('en', letters, {
				one: 'Not counted as right: # letter differs.',
				other: 'Not counted as right: # letters differ.'
			}),
		notCountedPlain: 'Not counted as right.',
		stillCounted: 'Still counted as right.',
		nearestLabel: 'Against the answer',
		changed: (given: string, expected: string) => `“${given}” for “${expected}”`,
		missing: (expected: string) => `“${expected}” missing`,
		extra: (given: string) => `extra “${given}”`,
		space: 'a space',
		sic: 'sic',
		sicMeant: ['as the article spells it; correctly “', '”'] as readonly [string, string]
	}
);

export type FeedbackStrings = (typeof feedbackStrings)['vi'];
