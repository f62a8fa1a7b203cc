// The data that crosses stages. Stages depend on these types, never on each other's internals.

export type Verdict = "supported" | "conflicting" | "unsourced";
export const VERDICTS: readonly Verdict[] = ["supported", "conflicting", "unsourced"];

/**
 * How one passage bears on a claim: it states it, contradicts it, was overruled by a newer
 * source, or (for an unsourced claim) comes closest to stating it without doing so.
 */
export type Stance = "supports" | "contradicts" | "superseded" | "related";

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
  | "duration"
  | "money"
  | "name"
  | "number"
  | "ordinal"
  | "percent"
  | "polarity"
  | "rank"
  | "result"
  | "role"
  | "score"
  | "temperature"
  | "term"
  | "time"
  | "year"
  | "years";

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
  /** A verb's particle ("back" of "headed back"), folded; where WordNet knows the pair, the lemma is the pair's ("turn_down"). */
  readonly particle?: string;
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
  /** Two of one kind ("amber", "red"; "cat", "dog"): the evidence names another one, not the claim's. */
  | "sibling"
  /** Related in meaning but not the same thing. */
  | "related"
  | "none";

/** A name in a sentence: a run of proper nouns ("Renée Ballard", "Amazon MGM Studios"). */
export interface Mention {
  /** Indices of its first and last token. */
  first: number;
  last: number;
  /** The folded words of the name, small joining words ("of", "&") left out. */
  words: readonly string[];
}

/** A sentence as the judge reads it: tokens, facts and names, each with its place. */
export interface Analysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly facts: readonly Fact[];
  /** For each token, the index of the fact it belongs to or describes ("ranked No. 4"), or -1. */
  readonly factOf: Int32Array;
  readonly names: readonly Mention[];
  /** For each token, the index of the name it belongs to, or -1. */
  readonly nameOf: Int32Array;
  /** The word tokens outside facts by lemma and part of speech ("play\u0000VERB"): each word is compared once, however often it recurs. */
  readonly words: ReadonlyMap<string, readonly number[]>;
  /** For each token, the number of the clause it stands in (clauses end at , ; : brackets and dashes). */
  readonly clauseOf: Int32Array;
}

// ---- atoms ----------------------------------------------------------------------------------

/** What a part of an atom does in it. */
export type PartRole = "subject" | "relation" | "argument";

/** One thing an atom says that evidence must say too: a name, a fact or a content word. */
export interface AtomPart {
  kind: "name" | "fact" | "word";
  role: PartRole;
  /** Claim token indices. */
  tokens: readonly number[];
  /** As written in the claim. */
  text: string;
  /** The preposition that links an argument to the word before it ("spinoff of Bosch": "of"). */
  link?: string;
  /** For a fact part, the fact. */
  fact?: Fact;
  /** How much this part says about which thing is meant (its rarity in the sources). */
  weight: number;
}

/**
 * One atomic statement of a claim: who or what, the relation, and its values. "The mayor and
 * the treasurer signed the budget" holds two.
 */
export interface Atom {
  index: number;
  /** The atom as a short readable line: its parts in claim order. */
  text: string;
  parts: readonly AtomPart[];
  /** The relation is negated in the claim ("was not renewed"). */
  negated: boolean;
  /** The claim states the relation in the passive voice (its subject is what is acted on). */
  passive: boolean;
  /** The relation is a light verb ("has", "is", "holds"): its arguments carry the meaning. */
  light: boolean;
  /** The relation reports what someone said or found ("the study found", "she said"). */
  reporting?: boolean;
  /**
   * Claim tokens of whose the subject is, said apart from it ("the hospital whose chief
   * executive is …"): not a part to state, but a passage that names another's must name it.
   */
  owner?: readonly number[];
}

// ---- traces ---------------------------------------------------------------------------------

/** How one part of an atom was found in the evidence. */
export interface PartTrace {
  part: string;
  role: PartRole;
  /** What was found: the evidence's word and how it stands to the claim's, or why not. */
  found: "here" | "nearby" | "missing" | "other" | "opposite";
  /** The evidence text that aligned, or that stands in the part's place. */
  evidence?: string;
  relation?: LexicalRelation;
}

export type AtomOutcome = "stated" | "contradicted" | "not-stated";

/** How one atom was decided: the passage it aligned to, its parts, and the detector that settled it. */
export interface AtomTrace {
  atom: string;
  outcome: AtomOutcome;
  /** The passage the atom aligned to best, when any did. */
  passage?: { sourceId: string; line: number; column: number };
  parts: PartTrace[];
  /** The detector whose finding settled the outcome, and what it found. */
  decidedBy: string;
  why: string;
}

/** Per claim: its atoms, how each was decided, and how the verdict followed. */
export interface ClaimTrace {
  atoms: AtomTrace[];
  decision: string;
}

/** How an amount's words bound it: "more than 40" is above 40, "nearly 40" a little below. */
export type Hedge = "about" | "nearly" | "more" | "atLeast" | "less" | "atMost";

/** An amount as written: "more than 2.5 billion minutes", "10-12 people", "Season 2". */
export interface StatedAmount {
  /** In the fact's unit (seconds for durations); for a range, its low end. */
  value: number;
  /** The high end of a range ("10-12", "in his thirties"). */
  through?: number;
  /** The range is written as two numbers ("aged 60 to 85"): it states both ends. */
  between?: true;
  /** Half the step of the last digit written ("2.5 billion": 0.05 billion); 0 for an exact value. */
  precision: number;
  hedge?: Hedge;
  /** The counted or measuring noun as written ("episodes", "hours", "season"). */
  noun?: string;
}

/** A checkable value found in a claim or passage, with where it was written. */
/** How a date or year bounds the days it allows. */
export type DateBound = "before" | "after";

export interface Fact {
  kind: FactKind;
  /** What is counted or numbered ("episod" for "10 episodes", "season" for "Season 2", "$"). */
  unit: string;
  /** The interval of values the words allow: hedges widen it ("nearly $15 million"). */
  low: number;
  high: number;
  /** The bound itself is excluded: "more than 40" is above 40; "2.5 billion" is below 2.55 billion. */
  lowOpen?: boolean;
  highOpen?: boolean;
  /** How the words state the value, before hedges widen it to low..high: what reports print. */
  stated?: StatedAmount;
  /**
   * For dates: the parts the text states (a year read from the source's date is marked).
   * Weekdays count from Sunday, 0, as JavaScript's Date does.
   */
  date?: { year?: number; month?: number; day?: number; weekday?: number; inferredYear?: boolean; dayPart?: number; relative?: { level: "year" | "month" | "day"; offset: number } };
  /** The text rules this value out ("10 miles, not 12"): it is not stated there. */
  ruledOut?: boolean;
  /** The value a change starts from ("up from 39 percent"): the old value, not the new. */
  origin?: boolean;
  /** The value a change goes to ("the toll has risen to five"): a bare number there counts what the sentence speaks of. */
  reached?: boolean;
  /** A bare number a clause says its subject is ("Ortiz, who chairs the council, is 52."): it may be an age. */
  predicate?: boolean;
  /** How much a change changed ("rose 6 percent", "has risen by €70 million"): not a value the thing has. */
  delta?: boolean;
  /** A date or year given as a bound ("before 2029", "after 2020"): its interval is the days it allows. */
  bound?: DateBound;
  /** The bound under a negation ("will not open before 2028"): the days it rules out are the rest. */
  boundNegated?: boolean;
  /** A date or year a state began on and holds since ("has led the unit since 2017"). */
  onset?: boolean;
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
  /** What in the quote matched the claim, and the value that conflicts with it: offsets into `quote`. */
  highlights: Highlight[];
}

/** A stretch of an evidence quote: a word that matched the claim, or the value in conflict with it. */
export interface Highlight {
  start: number;
  end: number;
  kind: "match" | "conflict";
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
  /** How the verdict was reached, atom by atom (in every report; `--explain` prints it). */
  trace: ClaimTrace;
  /**
   * With a baseline, on a claim whose verdict fails: "unchanged" when the baseline knows it as
   * it is (shown, not failing), "new" or "updated" (text, verdict or evidence changed) when it fails.
   */
  baselineState?: Exclude<BaselineState, "absent">;
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
  /** With a baseline of known failures: how the run compares with it. */
  baseline?: BaselineOutcome;
  /** With --changed-since: the revision, and the claims left unchecked. */
  changedSince?: ChangedSince;
  /** Draft articles the claims were read from, sentence by sentence; absent when there were none. */
  drafts?: Draft[];
}

// ---- drafts ---------------------------------------------------------------------------------

/** Why a sentence of a draft is not a claim (the words that decide are in lexicon/en/drafts.yaml). */
export type SkipReason = "question" | "quotation" | "boilerplate" | "heading" | "fragment" | "table";
export const SKIP_REASONS: readonly SkipReason[] = ["question", "quotation", "boilerplate", "heading", "fragment", "table"];

/** One sentence of a draft: the claim made of it, or why none was. */
export interface DraftSentence extends Span {
  text: string;
  /** The id of the claim this sentence became. */
  claim?: string;
  skipped?: SkipReason;
}

/** A block of a draft as a reader sees it, with its sentences in order. */
export interface DraftBlock {
  kind: "heading" | "paragraph" | "quote" | "list" | "table";
  sentences: DraftSentence[];
}

/** A draft article read as claims: its sentences, which became claims, and why the others did not. */
export interface Draft {
  file: string;
  /** How many sentences it has, how many became claims, and the others by reason. */
  sentences: number;
  claims: number;
  skipped: Partial<Record<SkipReason, number>>;
  blocks: DraftBlock[];
}

export interface CheckOptions {
  /** Verdicts that make a claim fail. Default: conflicting and unsourced. */
  failOn?: readonly Verdict[];
  /** Unsourced claims fail only when there are more than this many. Default: 0. */
  maxUnsourced?: number;
  /** Conflicting claims fail only when there are more than this many. Default: 0. */
  maxConflicting?: number;
}

/** How a claim stands against a baseline of known failures, in SARIF's words (`baselineState`). */
export type BaselineState = "new" | "unchanged" | "updated" | "absent";

/** One known failure: which claim, and what it was when recorded. */
export interface BaselineEntry {
  /** The claims file, as the run shows it (relative to the working folder). */
  file: string;
  id: string;
  verdict: Verdict;
  /** Fingerprint of the claim's text. */
  textHash: string;
  /** The passage the verdict rests on (`sourceId#` and a fingerprint of its quote); none for unsourced. */
  evidence?: string;
}

/** Today's failing claims, recorded so that a later run fails only on new ones. */
export interface Baseline {
  entries: BaselineEntry[];
}

/** A baseline entry whose claim no longer fails, or is gone: the baseline can shrink by it. */
export interface FixedEntry {
  file: string;
  id: string;
  /** The verdict recorded. */
  verdict: Verdict;
  /** The claim as it is now; absent when it was removed from its claims file. */
  now?: { verdict: Verdict; location: Span & { file: string } };
}

export interface BaselineOutcome {
  /** The baseline file, as shown to users. */
  file: string;
  /** Failing claims not in the baseline. */
  new: number;
  /** Known failures, unchanged: shown, not failing. */
  unchanged: number;
  /** Known claims whose text, verdict or evidence changed: failing again. */
  updated: number;
  /** Entries no longer failing or whose claim is gone (SARIF's "absent"): `--prune` removes them. */
  absent: FixedEntry[];
}

/** A claim --changed-since did not check. */
export interface SkippedClaim {
  id: string;
  text: string;
  location: Span & { file: string };
}

export interface ChangedSince {
  /** The revision as given (`main`, `HEAD~3`), and the commit it names. */
  revision: string;
  commit: string;
  /** Claims neither added nor edited since the revision, nor touched by a source changed since. */
  skipped: number;
  skippedClaims: SkippedClaim[];
}

/**
 * What changed since a revision, as the edge read it from git: the input that picks the claims
 * --changed-since checks. Files are named as the run shows them.
 */
export interface Changes {
  revision: string;
  commit: string;
  /** Each claims file that differs from the revision, with its text then (undefined: it did not exist, or cannot be read). */
  claimsBefore: ReadonlyMap<string, string | undefined>;
  /** Source files added or edited since, as they are now. */
  sourcesNow: ReadonlySet<string>;
  /** Source files edited or deleted since, as they were then. */
  sourcesBefore: readonly { file: string; text: string }[];
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
