/**
 * HTML to plain text without a DOM (the extractor runs in a Web Worker): tags dropped, scripts and styles
 * dropped with their content, block ends as line breaks, entities decoded. One left-to-right scan, so a
 * megabyte of angle brackets costs one pass. Figure captions are marked with CAPTION_MARK at the start of
 * their line, for the line classifier to find and remove.
 */

/** Put before a <figcaption>'s text: the classifier reads such a line as a caption and drops the mark. */
export const CAPTION_MARK = '\u0001';

const DROPPED = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'iframe',
	'object',
	'head',
	'select'
]);
const BLOCKS = new Set([
	'p',
	'div',
	'br',
	'li',
	'ul',
	'ol',
	'tr',
	'table',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'section',
	'article',
	'header',
	'footer',
	'blockquote',
	'figure',
	'figcaption',
	'aside',
	'nav',
	'pre',
	'hr',
	'dd',
	'dt',
	'dl',
	'main',
	'caption',
	'title',
	'form',
	'address'
]);

const NAMED: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	laquo: '«',
	raquo: '»',
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
	shy: '\u00ad',
	zwj: '',
	zwnj: '',
	copy: '©',
	reg: '®',
	deg: '°',
	middot: '·',
	bull: '•',
	times: '×',
	percnt: '%',
	num: '#',
	agrave: 'à',
	aacute: 'á',
	acirc: 'â',
	atilde: 'ã',
	egrave: 'è',
	eacute: 'é',
	ecirc: 'ê',
	igrave: 'ì',
	iacute: 'í',
	ograve: 'ò',
	oacute: 'ó',
	ocirc: 'ô',
	otilde: 'õ',
	ugrave: 'ù',
	uacute: 'ú',
	yacute: 'ý',
	Agrave: 'À',
	Aacute: 'Á',
	Acirc: 'Â',
	Atilde: 'Ã',
	Egrave: 'È',
	Eacute: 'É',
	Ecirc: 'Ê',
	Igrave: 'Ì',
	Iacute: 'Í',
	Ograve: 'Ò',
	Oacute: 'Ó',
	Ocirc: 'Ô',
	Otilde: 'Õ',
	Ugrave: 'Ù',
	Uacute: 'Ú',
	Yacute: 'Ý'
};

/** Decodes named and numeric character references; unknown ones stay as written. */
function decodeEntities(text: string): string {
	return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
		if (body[0] === '#') {
			const code =
				body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
				? String.fromCodePoint(code)
				: '';
		}
		return NAMED[body] ?? whole;
	});
}

/** True when the text looks like pasted HTML rather than text that mentions a "<". */
export function looksLikeHtml(text: string): boolean {
	const tags = text.match(
		/<\/?(p|div|br|span|a|b|i|em|strong|h[1-6]|li|ul|img|figure|figcaption|table|html|body|script|style)\b[^>]*>/gi
	);
	return (tags?.length ?? 0) >= 2;
}

/** The text of an HTML document or fragment. */
export function htmlToText(html: string): string {
	const lower = html.toLowerCase();
	const out: string[] = [];
	let i = 0;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt === -1) {
			out.push(html.slice(i));
			break;
		}
		out.push(html.slice(i, lt));
		if (html.startsWith('<!--', lt)) {
			const end = html.indexOf('-->', lt + 4);
			i = end === -1 ? html.length : end + 3;
			continue;
		}
		const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 40));
		if (!m) {
			// "<!DOCTYPE", "<?xml" or a bare "<" of the text.
			if (html[lt + 1] === '!' || html[lt + 1] === '?') {
				const gt = html.indexOf('>', lt);
				i = gt === -1 ? html.length : gt + 1;
			} else {
				out.push('<');
				i = lt + 1;
			}
			continue;
		}
		const gt = html.indexOf('>', lt);
		if (gt === -1) break;
		const name = m[2]!.toLowerCase();
		const closing = m[1] === '/';
		i = gt + 1;
		if (!closing && DROPPED.has(name) && html[gt - 1] !== '/') {
			const close = lower.indexOf(`</${name}`, i);
			const closeEnd = close === -1 ? -1 : html.indexOf('>', close);
			i = closeEnd === -1 ? html.length : closeEnd + 1;
			continue;
		}
		if (name === 'figcaption' && !closing) out.push(`\n${CAPTION_MARK}`);
		else if (BLOCKS.has(name)) out.push('\n');
		else if (name === 'td' || name === 'th') out.push(' ');
	}
	return decodeEntities(out.join(''));
}
