/**
 * The shared vocabulary of Ôn bài: facts drawn from an article, and the questions generated from them.
 * Types and their closed lists only: the build-time generator and the app both import these.
 */

/**
 * Topics group facts for quizzes and statistics. Imported articles use 'general' and 'people'. One list at
 * run time (facts validation, backup import) with the type derived from it.
 */
export const TOPICS = [
	'session',
	'people',
	'china-twinning',
	'laos',
	'ngo-aid',
	'friendship-associations',
	'proposals',
	'vufo-message',
	'general'
] as const;
export type Topic = (typeof TOPICS)[number];

export type FactKind = 'person-post' | 'count' | 'amount' | 'date' | 'list' | 'org' | 'statement';

/** Fields every fact has. */
interface FactBase {
	/** Stable, kebab-case, unique within a deck. Question ids derive from it: never rename a shipped id. */
	id: string;
	kind: FactKind;
	topic: Topic;
	/** What the fact is about, as a short Vietnamese noun phrase ("cặp kết nghĩa hai bên biên giới"). */
	subject: string;
	/** Verbatim span of the source text (NFC) that states the fact: the proof shown to the learner. */
	quote: string;
	/**
	 * Set when the source statement is damaged (e.g. the truncated year "năm 201"): the fact is kept
	 * for the record, validation reports it, and no question is ever generated from it.
	 */
	damaged?: string;
	/**
	 * Set by the extractor when it is unsure (a name it could not confirm, a value whose unit it guessed):
	 * the review screen shows why and leaves the fact unticked. A deck is built only from facts the learner
	 * accepted, so a doubtful fact is never asked unless a person checked it.
	 */
	doubtful?: string;
	/** Where `quote` sits in the cleaned text the facts were extracted from (extracted facts only). */
	span?: { start: number; end: number };
	/**
	 * Hand-written Vietnamese question for this fact, ending in "?". When absent the generator phrases one
	 * from the kind and subject (imported articles).
	 */
	ask?: string;
	/**
	 * A declarative Vietnamese sentence stating the fact, with `{value}` where the answer goes
	 * (used for true/false and cloze). Example: "Quảng Ninh duy trì {value} cặp kết nghĩa với Quảng Tây."
	 */
	statement?: string;
}

/** One person holding one post. A person with three posts is three facts sharing `person`. */
export interface PersonPostFact extends FactBase {
	kind: 'person-post';
	/** Full name as the article writes it ("Ngô Hoàng Ngân"). */
	person: string;
	/** The post with its body, as a learner would name it ("Phó Chủ tịch UBND tỉnh Quảng Ninh"). */
	post: string;
	/** The bare title without the body ("Phó Chủ tịch"): used to detect posts that need their body named. */
	title: string;
	/** The body the post belongs to ("UBND tỉnh Quảng Ninh"), when there is one. */
	body?: string;
	/** Which delegation the person sat with, when the article says. */
	side?: string;
}

/** A counted quantity: 08 twinning pairs, 1.797 members. */
export interface CountFact extends FactBase {
	kind: 'count';
	value: number;
	/** Vietnamese unit noun as used in the text ("cặp", "hội viên", "tổ chức"). */
	unit: string;
	/** The number exactly as printed in the article ("08", "1.797"), for display and quotes. */
	written: string;
	/** Qualifier from the text such as "trên" or "hơn" (more than). */
	qualifier?: Qualifier;
	/** The id of the count this one is a part of: 07 "cặp Bản - Bản" of the 08 pairs in all. */
	partOf?: string;
}

/**
 * A figure's qualifier as the text gives it. "trên", "hơn", "ít nhất" make it a floor, "dưới" a ceiling,
 * "khoảng", "gần" an approximation: none of them may be asked as an exact value.
 */
export type Qualifier = 'trên' | 'hơn' | 'ít nhất' | 'dưới' | 'khoảng' | 'gần';
/** Every qualifier a figure may carry ("ít nhất" first: the longest reads first). */
export const QUALIFIERS: readonly Qualifier[] = ['ít nhất', 'trên', 'hơn', 'dưới', 'khoảng', 'gần'];

/** Money, with its scale and currency: "trên 74 tỉ đồng", "1,6 triệu USD". */
export interface AmountFact extends FactBase {
	kind: 'amount';
	/** Value in units of `scale` (74 for "74 tỉ đồng", 1.6 for "1,6 triệu USD"). */
	value: number;
	scale: 'nghìn' | 'triệu' | 'tỉ' | 'tỷ' | '';
	currency: 'đồng' | 'USD';
	written: string;
	qualifier?: Qualifier;
	/** The id of the amount this one is a part of. */
	partOf?: string;
}

/** A date or a period: "sáng 23/3", "tháng 6/2020", "giai đoạn 2011 - 2020", "năm 2019". */
export interface DateFact extends FactBase {
	kind: 'date';
	/** The date as the article writes it (the answer shown). */
	value: string;
	/** Machine-readable parts, where known. Absent parts are not stated by the article. */
	year?: number;
	month?: number;
	day?: number;
	/** For a period: its last year. */
	endYear?: number;
}

/** Membership of a closed list: the three northern Lao provinces, the four words of the motto. */
export interface ListFact extends FactBase {
	kind: 'list';
	items: string[];
	/** True when the article's order matters (the five proposals, "thứ nhất" .. "thứ năm"). */
	ordered?: boolean;
	/** Which distractor pool gives wrong options of the same kind (file name in questions/pools, no extension). */
	pool?: string;
}

/** An organisation, abbreviation or unit: PACCOM = Ban Điều phối viện trợ nhân dân. */
export interface OrgFact extends FactBase {
	kind: 'org';
	/** The short form or the role ("PACCOM"). */
	name: string;
	/** What it stands for or what it is. */
	value: string;
	pool?: string;
}

/** Any other true statement with one key value that can be asked: "{value}" is the key. */
export interface StatementFact extends FactBase {
	kind: 'statement';
	value: string;
	/** Wrong values of the same kind, written for this fact (must not be true per the article). */
	wrong?: string[];
	pool?: string;
}

export type Fact = PersonPostFact | CountFact | AmountFact | DateFact | ListFact | OrgFact | StatementFact;

/** A facts file, as stored in questions/facts/*.json and as an imported article becomes. */
export interface FactsFile {
	deck: DeckInfo;
	/** File name of the article under questions/sources (built-in decks). */
	sourceFile?: string;
	facts: Fact[];
	/**
	 * Names the article uses for the same thing, each group one thing: ["Liên hiệp Hữu nghị Quảng Ninh",
	 * "Liên hiệp Quảng Ninh", "Liên hiệp Hữu nghị tỉnh"], ["PACCOM", "Ban Điều phối viện trợ nhân dân"].
	 * Typed answers accept any name of the group, and no two names of one group are offered as different options.
	 */
	aliases?: string[][];
}

export interface DeckInfo {
	id: string;
	title: string;
	/** Where the article comes from: publication and author line, or "Bài dán vào" for imports. */
	source: string;
}

/** Every question type, in the order the bank lists them (also the order of the type filters). */
export const QUESTION_TYPES = [
	'flashcard',
	'choice',
	'multi',
	'truefalse',
	'cloze',
	'typed',
	'numeric',
	'match'
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

/** For numeric answers: what the checker needs to grade a typed number. */
export interface NumericSpec {
	/** The value in base units (1.6 triệu USD = 1 600 000). */
	value: number;
	/** Unit shown beside the input ("cặp", "tỉ đồng", "triệu USD"). */
	unit: string;
	/** Value in the unit shown (1.6 for "triệu USD"). */
	inUnit: number;
}

/** One question of the bank. The fields up to `source` are the contract in shared/design.md. */
export interface Question {
	/** Stable: `${factId}:${type}` or `${factId}:${type}:${direction/variant}`. */
	id: string;
	type: QuestionType;
	/** Full Vietnamese question text. For flashcards, the front. */
	prompt: string;
	/** Correct answer(s). Flashcards: the back. Truefalse: a boolean. Multi: all correct options. */
	answer: string | string[] | boolean;
	/** choice and multi: options in display order; the correct text(s) appear verbatim. */
	choices?: string[];
	/** match: left-right pairs, all correct. */
	pairs?: [string, string][];
	factIds: string[];
	topic: Topic;
	/**
	 * `quote`: a verbatim span of the article that states the answer (the bank contract). `quotes`, for match
	 * rounds: one verbatim quote per pair, aligned with `pairs`, so each pair can show its own proof (a round's
	 * pairs may be stated far apart; then `quote` states as many of them as one short clean span can); for a
	 * question that connects facts (`connects`), the quotes of the facts it joins.
	 */
	source: {
		quote: string;
		quotes?: string[];
		/**
		 * Typos of the article the quote keeps verbatim ("cai nghiệm" for "cai nghiện") while the question's own
		 * text is corrected: the screen can mark the quote "nguyên văn". Absent when the quote has none.
		 */
		sic?: { written: string; meant: string }[];
	};
	/** typed/cloze: other accepted spellings of the answer (e.g. "Hủa Phăn" for a province). */
	accept?: string[];
	numeric?: NumericSpec;
	/** cloze: the sentence with "____" where the answer goes. */
	cloze?: string;
	/** flashcard: which way it asks ("forward" asks for the value, "reverse" gives it). */
	direction?: 'forward' | 'reverse';
	/**
	 * A Vietnamese remark shown with the feedback (and on a flashcard's back), when the answer needs one: "Bài
	 * viết chỉ nêu mức tối thiểu (“trên 74 tỉ đồng”), không nêu con số chính xác." Optional.
	 */
	note?: string;
	/**
	 * Ids of the other questions whose answer this one's shown text states (its prompt, its correct answer once
	 * graded, its cloze sentence, a flashcard's back, a match round's pairs): the period question that says
	 * "trên 74 tỉ đồng" reveals the funding question. Sessions keep such pairs apart (a quiz, a learn round, a
	 * flashcard day). Questions of the same facts (siblings) are not listed. Optional: absent when none, and
	 * absent from banks made before it existed, which then simply have no such pairs kept apart.
	 */
	reveals?: string[];
	/**
	 * Set on a question that connects facts rather than recalls one: which side an official sat on ('sides'),
	 * which names are one body ('aliases'), which items of a series name a body ('addressees'), what is not one
	 * of a closed series ('not-in-series'), how a figure is made up ('composition'), two figures read in turn
	 * ('in-turn'), a series in its order ('order'). Optional: absent on single-fact questions.
	 */
	connects?: ConnectionKind;
}

/** The kinds of question that connect facts (see Question.connects). */
type ConnectionKind =
	'sides' | 'aliases' | 'addressees' | 'not-in-series' | 'composition' | 'in-turn' | 'order';

export interface Bank {
	version: 1;
	deck: DeckInfo;
	/** Generated; never edit by hand. */
	generatedBy: string;
	questions: Question[];
}
