// The data that crosses stages. Stages depend on these types, never on each other's internals.

export type Verdict = "supported" | "conflicting" | "unsourced";
export const VERDICTS: readonly Verdict[] = ["supported", "conflicting", "unsourced"];

/** How one passage bears on a claim. */
export type Stance = "supports" | "contradicts" | "superseded";

/** A 1-based line and column; columns count UTF-16 code units, as SARIF does by default. */
export interface Position {
  line: number;
  column: number;
}

export interface Span extends Position {
  endLine: number;
  endColumn: number;
}

export interface SourceMeta {
  /** YYYY-MM-DD, when the source states it. */
  date?: string;
  title?: string;
  url?: string;
  publisher?: string;
}

/** One source article, split into passages that keep their positions. */
export interface Source extends SourceMeta {
  /** Its path in its sources folder without the extension, forward slashes: "2025-03/index". */
  id: string;
  /** The path shown to users (relative to the working folder, forward slashes). */
  file: string;
  passages: Passage[];
}

export interface Passage extends Span {
  sourceId: string;
  /** Index of this passage within its source. */
  index: number;
  text: string;
  /** A heading line (no closing punctuation, standing alone) rather than a body sentence. */
  heading: boolean;
}

export interface Claim {
  id: string;
  text: string;
  /** Ids of the sources the claim cites; when present, only those sources are consulted. */
  cites?: string[];
  note?: string;
  /** Where the claim stands in its claims file (the span of its text). */
  location: Span & { file: string };
}

export type FactKind =
  | "age"
  | "count"
  | "date"
  | "money"
  | "name"
  | "number"
  | "ordinal"
  | "percent"
  | "polarity"
  | "rank"
  | "score"
  | "term"
  | "year";

// ---- language ---------------------------------------------------------------------------

/** Universal Dependencies parts of speech, as the language layer tags them. */
export type PartOfSpeech =
  | "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART" | "PRON"
  | "PROPN" | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X";

export type TokenKind = "word" | "number" | "symbol";

/** One token of an analysed sentence, with its place in the text it came from. */
export interface Token {
  /** As written. */
  readonly raw: string;
  /** Folded: NFKC digits, lower case, accents and curly quotes gone. */
  readonly norm: string;
  /** The dictionary form, folded ("fell" → "fall", "children" → "child"). */
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  readonly kind: TokenKind;
  /** UTF-16 offsets into the analysed text. */
  readonly start: number;
  readonly end: number;
  /** Written with a capital letter (a name, or a sentence's first word). */
  readonly capitalized: boolean;
  /** A content word: not a function word, negation cue or symbol. */
  readonly content: boolean;
  /** Joined to the previous token by a hyphen ("ten-episode"). */
  readonly hyphenated: boolean;
  /** Separated from the previous token by whitespace. */
  readonly spaced: boolean;
  /** Inside the scope of a negation ("was not looking": looking). */
  readonly negated: boolean;
}

/** How an evidence word stands to a claim word. */
export type LexicalRelation =
  /** The same lemma. */
  | "same"
  /** Words for the same thing: a shared sense, or a paraphrase the lexicon lists. */
  | "synonym"
  /** The evidence word is more specific and so states the claim's ("sedan" states "car"). */
  | "specific"
  /** One derived from the other ("announcement", "announce"). */
  | "derived"
  /** Opposites ("rose", "fell"; "signed", "vetoed"): the evidence rules the claim's word out. */
  | "opposite"
  /** The evidence word is more general: it does not state the claim's ("car" for "sedan"). */
  | "broader"
  /** Related in meaning but not the same thing. */
  | "related"
  | "none";

/** A checkable value found in a claim or passage, with where it was written. */
export interface Fact {
  kind: FactKind;
  /** What is counted or numbered ("episod" for "10 episodes", "season" for "Season 2", "$"). */
  unit: string;
  /** The interval of values the words allow: hedges widen it ("nearly $15 million"). */
  low: number;
  high: number;
  /** For dates: the parts the text states (a year read from the source's date is marked). */
  date?: { year?: number; month?: number; day?: number; inferredYear?: boolean };
  /** The canonical form, as reports print it; parsing it back yields the same fact. */
  display: string;
  /** Offsets of the fact in the text it came from. */
  start: number;
  end: number;
  /** Index of the fact's first and last token. */
  firstToken: number;
  lastToken: number;
}

export interface Evidence {
  sourceId: string;
  file: string;
  line: number;
  column: number;
  quote: string;
  date?: string;
  stance: Stance;
  /** How much of the claim the passage covers, 0..1. */
  score: number;
}

export interface Conflict {
  kind: FactKind;
  claimValue: string;
  sourceValue: string;
  /** Index into the claim result's `evidence`. */
  evidence: number;
}

export interface ClaimResult {
  id: string;
  text: string;
  verdict: Verdict;
  /** One line saying why. */
  reason: string;
  /** True when this claim makes the run fail (decided once, from `failOn` and the limits). */
  failing: boolean;
  location: Span & { file: string };
  evidence: Evidence[];
  conflicts: Conflict[];
}

export interface Summary {
  total: number;
  supported: number;
  conflicting: number;
  unsourced: number;
  failing: number;
}

/** Something in the input the run went on without: a source that could not be read or parsed. */
export interface Problem {
  kind: "skipped-source";
  file: string;
  line?: number;
  column?: number;
  /** What was expected there, as in an InputError ("expected a date as YYYY-MM-DD, …"). */
  message: string;
}

/** A source left out of a run, with why. */
export interface SkippedSource {
  id: string;
  file: string;
  error: InputError;
}

export const REPORT_VERSION = "1.1";

export interface Report {
  reportVersion: typeof REPORT_VERSION;
  tool: { name: string; version: string };
  summary: Summary;
  claims: ClaimResult[];
  /** Sources the run went on without, in the order they were read. */
  problems: Problem[];
}

export interface CheckOptions {
  /** Verdicts that make a claim fail. Default: conflicting and unsourced. */
  failOn?: readonly Verdict[];
  /** Unsourced claims fail only when there are more than this many. Default: 0. */
  maxUnsourced?: number;
  /** Conflicting claims fail only when there are more than this many. Default: 0. */
  maxConflicting?: number;
}

/** A problem with what the user gave us: reported with its place, never as a stack trace. */
export class InputError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly expected: string;

  constructor(where: { file?: string; line?: number; column?: number }, expected: string) {
    super(`${formatPlace(where)}expected ${expected}`);
    this.name = "InputError";
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.expected = expected;
  }
}

/** Several input problems found in one pass, so the user can fix them all at once. */
export class InputErrors extends Error {
  readonly errors: readonly InputError[];

  constructor(errors: readonly InputError[]) {
    super(errors.map((e) => e.message).join("\n"));
    this.name = "InputErrors";
    this.errors = errors;
  }
}

function formatPlace(where: { file?: string; line?: number; column?: number }): string {
  if (where.file === undefined) return "";
  if (where.line === undefined) return `${where.file}: `;
  return `${where.file}:${where.line}:${where.column ?? 1}: `;
}
