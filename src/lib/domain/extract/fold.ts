/** Small text helpers of the extractor: folding for comparisons, slugs for ids, word tests. */
import { foldText } from '../facts/text';

/** Folded text (case, tone placement, Uỷ/Ủy, tỉ/tỷ, dashes, quotes): the comparison form. */
export function fold(text: string): string {
	return foldText(text);
}

/** True when folded `text` starts with folded `prefix` (whole words when the prefix ends in a letter). */
export function startsWithFolded(foldedText: string, prefix: string): boolean {
	const p = fold(prefix);
	if (!foldedText.startsWith(p)) return false;
	const next = foldedText[p.length];
	return next === undefined || !/[\p{L}\p{M}\p{N}]/u.test(p.at(-1) ?? '') || !/[\p{L}\p{M}\p{N}]/u.test(next);
}

/** A stable ascii slug ("Hủa Phăn" -> "hua-phan"), for fact ids. */
export function slug(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
