/**
 * The import screen's flow: a text in, its facts proposed, the learner keeps or drops each, a deck out.
 * Extraction and generation run in a Web Worker (`spawn`), so the page never freezes and "Huỷ" can stop them;
 * the route renders the phases and forwards taps.
 */
import { FACT_GROUPS, groupOf, proposeTitle, type FactGroup, type OwnDeck } from '$lib/domain/decks/own-deck';
import { looksLikeDeckFile, type DeckFileProblem } from '$lib/domain/decks/deck-file';
import { cardListText, type Card, type CardListFailure } from '$lib/domain/decks/card-list';
import {
	editFact,
	FactEditError,
	type EditableField,
	type FactEditProblem
} from '$lib/domain/decks/edit-fact';
import type { DocxProblem } from '$lib/domain/decks/docx';
import type { ExtractFailure, ExtractSuccess } from '$lib/domain/extract';
import type { Fact } from '$lib/domain/types';
import type { WorkerReply, WorkerRequest } from '$lib/import/protocol';
import type { StudyState } from './study.svelte';
import { addDeck, recordFacts, replaceDeck } from './study-decks';

/** The part of a Worker this flow uses; tests pass one that runs the same handler in Node. */
export interface WorkerPort {
	postMessage(message: WorkerRequest): void;
	onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	terminate(): void;
}

export type ImportPhase = 'input' | 'working' | 'review' | 'saving';

/** What went wrong, for the screen to say in the learner's language. */
export type ImportProblem =
	| { reason: ExtractFailure | CardListFailure; limit?: number; length?: number }
	| { reason: 'only-link'; url: string }
	| { reason: 'deck-file'; problem: DeckFileProblem | 'invalid' }
	| { reason: 'docx'; problem: DocxProblem }
	| { reason: 'no-review' }
	| {
			reason: 'no-title' | 'no-kept' | 'no-questions' | 'invalid' | 'worker' | 'save-failed';
			detail?: string;
	  };

/** What opening a deck file did: filed a new deck, or found it already on this phone (nothing changed). */
export type DeckFileOutcome = { id: string; added: boolean };

const DOCX_PROBLEMS: readonly string[] = [
	'not-docx',
	'damaged',
	'locked',
	'too-large'
] satisfies DocxProblem[];

const DECK_FILE_PROBLEMS: readonly string[] = [
	'not-json',
	'too-large',
	'foreign',
	'newer-format',
	'damaged',
	'checksum'
] satisfies DeckFileProblem[];

const spawnWorker = (): WorkerPort =>
	new Worker(new URL('../import/extract.worker.ts', import.meta.url), { type: 'module' }) as WorkerPort;

export class ImportRun {
	phase = $state<ImportPhase>('input');
	text = $state('');
	problem = $state.raw<ImportProblem | null>(null);
	extraction = $state.raw<ExtractSuccess | null>(null);
	/** The cards of a card list, when the text was one (then `extraction` is null). */
	cards = $state.raw<Card[] | null>(null);
	/** Ids of the facts (or cards) the learner keeps. */
	kept = $state.raw<ReadonlySet<string>>(new Set());
	title = $state('');
	source = $state('');
	/** The saved deck being re-reviewed (its facts reopened), or null for a new text. */
	reviewing = $state.raw<{ id: string } | null>(null);
	/** After a re-review: how many cards of dropped questions were deleted. */
	removedCards = $state(0);

	#worker: WorkerPort | null = null;
	#seq = 0;
	#pending: { id: number; resolve: (reply: WorkerReply | null) => void } | null = null;

	constructor(
		private readonly study: StudyState,
		private readonly spawn: () => WorkerPort = spawnWorker
	) {}

	/**
	 * The proposed facts by review group, in the order a reader checks them; empty groups left out. Derived,
	 * not a getter: the review reads it on every batch of rows it draws, and hundreds of facts are regrouped
	 * only when they change.
	 */
	readonly groups = $derived.by((): { group: FactGroup; facts: Fact[] }[] => {
		const facts = this.extraction?.facts ?? [];
		return FACT_GROUPS.map((group) => ({ group, facts: facts.filter((f) => groupOf(f) === group) })).filter(
			(g) => g.facts.length > 0
		);
	});

	/**
	 * What a share brought (Android's share sheet opens /import?title=&text=&url=): its text, or, when only a
	 * link came, a problem saying the app cannot fetch pages and asking for the text.
	 */
	receiveShare(params: { title?: string | null; text?: string | null; url?: string | null }): void {
		const text = [params.title, params.text].filter((s): s is string => !!s?.trim()).join('\n\n');
		if (text.trim() && !/^\s*https?:\/\/\S+\s*$/.test(text)) {
			this.text = text;
			return;
		}
		const url = params.url || text.trim();
		if (url) this.problem = { reason: 'only-link', url };
	}

	/**
	 * A file opened on the screen (or with the app): a .docx (or any zip) is read in the worker (unzipped, its
	 * paragraphs taken), any other file is read as text (openText). A file that cannot be read changes nothing:
	 * the problem names what is wrong with it.
	 */
	async openFile(file: File): Promise<DeckFileOutcome | null> {
		if (this.phase === 'working') return null;
		this.problem = null;
		const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
		// "PK\3\4" starts every zip: a .docx renamed, or an .xlsx the reader will name as not a Word file.
		const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
		if (!zip && !/\.docx$/i.test(file.name)) return this.openText(await file.text(), file.name);
		this.phase = 'working';
		const reply = await this.#ask({ id: 0, kind: 'docx', bytes: new Uint8Array(await file.arrayBuffer()) });
		if (!reply) return null;
		if (reply.kind === 'failed') {
			const problem = DOCX_PROBLEMS.includes(reply.reason) ? (reply.reason as DocxProblem) : 'damaged';
			return this.#fail({ reason: 'docx', problem }, 'input');
		}
		if (reply.kind !== 'docx-text') return this.#fail({ reason: 'worker' }, 'input');
		// Still 'working': the text box stays hidden, so a long text is not laid out on its way to the worker.
		this.#take(reply.text, file.name);
		await this.#extract();
		return null;
	}

	/**
	 * A file opened on the screen (or with the app, `file_handlers`): a deck file when it reads as JSON, else
	 * an article whose facts are looked for.
	 */
	async openText(text: string, fileName?: string): Promise<DeckFileOutcome | null> {
		if (looksLikeDeckFile(text)) return this.openDeckFile(text);
		this.#take(text, fileName);
		await this.extract();
		return null;
	}

	/** A file's text into the box; a card list has no first line to name it: its file's name does. */
	#take(text: string, fileName?: string): void {
		this.text = text;
		this.#listName =
			fileName
				?.replace(/(\.[a-z]+)+$/i, '')
				.replace(/[-_]+/g, ' ')
				.trim() ?? '';
	}

	#listName = '';

	/**
	 * Reopens the review screen on a saved deck: the facts its text gives, those it keeps ticked (with their
	 * edits), its title and source. Creating it again keeps the progress of the questions whose ids did not
	 * change. A deck filed before decks kept their facts cannot be reopened (problem 'no-review').
	 */
	async reopen(id: string): Promise<boolean> {
		await this.study.init();
		const record = await this.study.store?.getDeck(id);
		const stored = recordFacts(record);
		if (!record || record.kind !== 'imported' || typeof record.text !== 'string' || !stored) {
			this.#fail({ reason: 'no-review' }, 'input');
			return false;
		}
		this.text = record.text;
		await this.extract();
		const ex = this.extraction;
		if (this.phase !== 'review') return false;
		if (ex) {
			// The deck's own facts (edited ones too) stand in for what the text gives under the same id.
			const own = new Map(stored.facts.map((f) => [f.id, f]));
			const found = new Set(ex.facts.map((f) => f.id));
			const facts = [
				...ex.facts.map((f) => own.get(f.id) ?? f),
				...stored.facts.filter((f) => !found.has(f.id))
			];
			this.extraction = { ...ex, facts, aliases: stored.aliases ?? ex.aliases };
			this.kept = new Set(own.keys());
		}
		this.title = record.title;
		this.source = record.source;
		this.reviewing = { id };
		return true;
	}

	/** Edits a fact's value; refused (the problem returned, the fact unchanged) unless its sentence states it. */
	edit(id: string, field: EditableField, value: string): FactEditProblem | null {
		const ex = this.extraction;
		const fact = ex?.facts.find((f) => f.id === id);
		if (!ex || !fact) return null;
		try {
			const edited = editFact(fact, field, value);
			this.extraction = { ...ex, facts: ex.facts.map((f) => (f.id === id ? edited : f)) };
			return null;
		} catch (e) {
			if (e instanceof FactEditError) return e.problem;
			throw e;
		}
	}

	/** Sends the text to the worker; shows the facts to review, or names what is wrong with the text. */
	async extract(): Promise<void> {
		if (this.phase === 'working') return;
		this.problem = null;
		this.phase = 'working';
		await this.#extract();
	}

	async #extract(): Promise<void> {
		const reply = await this.#ask({ id: 0, kind: 'extract', text: this.text });
		if (!reply) return;
		if (reply.kind === 'cards') {
			const list = reply.result;
			if (!list.ok) {
				this.#fail({ reason: list.reason, limit: list.limit }, 'input');
				return;
			}
			this.extraction = null;
			this.cards = list.cards;
			this.kept = new Set(list.cards.map((c) => c.id));
			this.title = this.#listName;
			this.#listName = '';
			this.phase = 'review';
			return;
		}
		if (reply.kind !== 'extracted') {
			this.#fail({ reason: 'worker' }, 'input');
			return;
		}
		const result = reply.result;
		if (!result.ok) {
			this.#fail({ reason: result.reason, limit: result.limit, length: result.length }, 'input');
			return;
		}
		this.extraction = result;
		this.cards = null;
		// A doubtful fact waits for the learner's tick; every other one is kept unless they drop it.
		this.kept = new Set(result.facts.filter((f) => !f.doubtful).map((f) => f.id));
		this.title = proposeTitle(result.text);
		this.phase = 'review';
	}

	/** Back to an empty screen after a re-review was saved. */
	reset(): void {
		this.text = '';
		this.extraction = null;
		this.cards = null;
		this.kept = new Set();
		this.title = '';
		this.source = '';
		this.reviewing = null;
		this.phase = 'input';
	}

	/** Stops the work in progress; the text stays as it was. */
	cancel(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#settle(null);
		if (this.phase === 'working') this.phase = 'input';
		if (this.phase === 'saving') this.phase = 'review';
	}

	toggle(id: string, keep: boolean): void {
		const next = new Set(this.kept);
		if (keep) next.add(id);
		else next.delete(id);
		this.kept = next;
	}

	/** Keeps or drops every fact of a group. */
	setGroup(group: FactGroup, keep: boolean): void {
		const next = new Set(this.kept);
		for (const f of this.groups.find((g) => g.group === group)?.facts ?? []) {
			if (keep) next.add(f.id);
			else next.delete(f.id);
		}
		this.kept = next;
	}

	/** Builds the deck from the kept facts in the worker, files it and studies it. Returns its id, or null. */
	async create(now = Date.now()): Promise<string | null> {
		const ex = this.extraction;
		if (this.phase !== 'review') return null;
		if (!this.title.trim()) return this.#fail({ reason: 'no-title' }, 'review');
		if (this.cards) return this.#createCards(now);
		if (!ex) return null;
		const facts = ex.facts.filter((f) => this.kept.has(f.id));
		if (facts.length === 0) return this.#fail({ reason: 'no-kept' }, 'review');
		this.problem = null;
		this.phase = 'saving';
		const input = { text: ex.text, facts, aliases: ex.aliases, title: this.title, source: this.source };
		const reply = await this.#ask({ id: 0, kind: 'build', input });
		if (!reply) return null;
		if (reply.kind === 'failed') {
			const reason = reply.reason === 'no-questions' ? 'no-questions' : 'invalid';
			return this.#fail({ reason, detail: reply.message }, 'review');
		}
		if (reply.kind !== 'built') return this.#fail({ reason: 'worker' }, 'review');
		return this.#file(reply.deck, now);
	}

	/** The card list's deck, from the kept cards only (its text is those cards, one a line). */
	async #createCards(now: number): Promise<string | null> {
		const kept = (this.cards ?? []).filter((c) => this.kept.has(c.id));
		if (kept.length === 0) return this.#fail({ reason: 'no-kept' }, 'review');
		this.problem = null;
		this.phase = 'saving';
		const input = {
			text: cardListText(kept),
			title: this.title,
			source: this.source,
			id: this.reviewing?.id
		};
		const reply = await this.#ask({ id: 0, kind: 'build-cards', input });
		if (!reply) return null;
		if (reply.kind !== 'built') return this.#fail({ reason: 'worker' }, 'review');
		return this.#file(reply.deck, now);
	}

	/**
	 * Opens a deck file (checked and built again in the worker). A deck already on this phone is not touched
	 * (its title, progress and all): it is only chosen for study. A refused file changes nothing.
	 */
	async openDeckFile(text: string, now = Date.now()): Promise<DeckFileOutcome | null> {
		if (this.phase === 'working') return null;
		this.problem = null;
		this.phase = 'working';
		const reply = await this.#ask({ id: 0, kind: 'deck-file', text });
		if (!reply) return null;
		if (reply.kind === 'failed') {
			const problem = DECK_FILE_PROBLEMS.includes(reply.reason)
				? (reply.reason as DeckFileProblem)
				: 'invalid';
			return this.#fail({ reason: 'deck-file', problem }, 'input');
		}
		if (reply.kind !== 'built') return this.#fail({ reason: 'worker' }, 'input');
		await this.study.init();
		const id = reply.deck.deck.id;
		if (await this.study.store?.getDeck(id)) {
			await this.study.selectDeck(id);
			this.phase = 'input';
			return { id, added: false };
		}
		const filed = await this.#file(reply.deck, now, 'input');
		this.phase = 'input';
		return filed ? { id, added: true } : null;
	}

	async #file(own: OwnDeck, now: number, back: ImportPhase = 'review'): Promise<string | null> {
		const record = {
			...own.deck,
			kind: 'imported' as const,
			createdAt: now,
			bank: own.bank,
			text: own.text,
			facts: own.facts
		};
		try {
			if (this.reviewing?.id === own.deck.id) this.removedCards = await replaceDeck(this.study, record);
			else await addDeck(this.study, record);
		} catch (e) {
			return this.#fail({ reason: 'save-failed', detail: e instanceof Error ? e.message : String(e) }, back);
		}
		this.#worker?.terminate();
		this.#worker = null;
		return own.deck.id;
	}

	#fail(problem: ImportProblem, phase: ImportPhase): null {
		this.problem = problem;
		this.phase = phase;
		return null;
	}

	/** One request to the worker; resolves null when cancelled meanwhile. */
	#ask(req: WorkerRequest): Promise<WorkerReply | null> {
		const id = ++this.#seq;
		return new Promise((resolve) => {
			this.#pending = { id, resolve };
			let worker: WorkerPort;
			try {
				worker = this.#worker ??= this.spawn();
			} catch (e) {
				this.#settle({ id, kind: 'failed', reason: 'worker', message: String(e) });
				return;
			}
			worker.onmessage = (e) => this.#settle(e.data);
			worker.onerror = (e) => {
				e.preventDefault();
				this.#worker?.terminate();
				this.#worker = null;
				this.#settle({ id, kind: 'failed', reason: 'worker', message: e.message });
			};
			worker.postMessage({ ...req, id });
		});
	}

	/** Hands a reply to the request waiting for it (a late reply to a cancelled one is dropped). */
	#settle(reply: WorkerReply | null): void {
		const pending = this.#pending;
		if (!pending || (reply && reply.id !== pending.id)) return;
		this.#pending = null;
		pending.resolve(reply);
	}
}
