/** Checks on the raw input before any extraction: too long, binary bytes, empty, not Vietnamese. */

/** Longest input the extractor reads, in characters (about 250 pages of news text). */
export const MAX_INPUT_LENGTH = 500_000;

export type InputProblem =
	| { reason: 'too-long'; limit: number; length: number }
	| { reason: 'binary' }
	| { reason: 'empty' }
	| { reason: 'not-vietnamese' };

// Control characters and U+FFFD (undecodable bytes) are what this pattern counts.
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/g;
// Letters only Vietnamese writes (among Latin scripts): ă â đ ê ô ơ ư and the vowels with a tone mark.
const VIET_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
const FUNCTION_WORDS = new Set([
	'và',
	'của',
	'các',
	'có',
	'là',
	'được',
	'trong',
	'với',
	'cho',
	'đã',
	'những',
	'này',
	'tại',
	'người',
	'không',
	'một',
	'để',
	'về',
	'năm',
	'từ',
	'ông',
	'bà',
	'tỉnh'
]);

/** What is wrong with raw input, before cleaning; null when it may be read. */
export function rawProblem(raw: string, limit: number): InputProblem | null {
	if (raw.length > limit) return { reason: 'too-long', limit, length: raw.length };
	const head = raw.slice(0, 65_536);
	const odd = head.match(BINARY)?.length ?? 0;
	if (odd > Math.max(2, head.length * 0.005)) return { reason: 'binary' };
	return null;
}

/** What is wrong with cleaned text: nothing left, or not Vietnamese. Null when it is Vietnamese text. */
export function textProblem(text: string): InputProblem | null {
	if (text.trim() === '') return { reason: 'empty' };
	const words =
		text
			.slice(0, 20_000)
			.toLowerCase()
			.match(/\p{L}+/gu) ?? [];
	if (words.length === 0) return { reason: 'empty' };
	let viet = 0;
	let fn = 0;
	for (const w of words) {
		if (VIET_LETTER.test(w)) viet++;
		if (FUNCTION_WORDS.has(w)) fn++;
	}
	if (viet / words.length < 0.2 && fn / words.length < 0.05) return { reason: 'not-vietnamese' };
	return null;
}

/** A Vietnamese message for each problem, naming what is wrong (and the limit). */
export function problemMessage(p: InputProblem | { reason: 'no-facts' }): string {
	switch (p.reason) {
		case 'too-long':
			return `Bài quá dài: ${p.length.toLocaleString('vi-VN')} ký tự, tối đa ${p.limit.toLocaleString('vi-VN')} ký tự.`;
		case 'binary':
			return 'Đây không phải văn bản: tệp chứa dữ liệu nhị phân.';
		case 'empty':
			return 'Không có chữ nào để đọc.';
		case 'not-vietnamese':
			return 'Bài này không viết bằng tiếng Việt.';
		case 'no-facts':
			return 'Không tìm thấy dữ kiện nào (chức vụ, con số, ngày tháng, danh sách, tên viết tắt).';
	}
}
