// The words facts are read by, as data: validated from a plain object (a parsed YAML file) into
// lookup tables. Lookups are Maps and Sets, so a word such as "constructor" finds nothing.
import type { DateBound, Hedge } from "../types.js";
import { fold } from "../text/fold.js";

/** A phrase is one folded word per token of the text. */
export type Phrase = readonly string[];
/** A phrase and what it stands for, longest phrases first so the longest match wins. */
export type PhraseTable<T> = readonly (readonly [Phrase, T])[];
export type Range = readonly [number, number];

export interface DurationUnit {
  readonly name: string;
  readonly plural: string;
  readonly seconds: number;
}

export interface FactVocabulary {
  readonly numbers: ReadonlyMap<string, number>;
  readonly groups: ReadonlyMap<string, number>;
  readonly fractions: ReadonlyMap<string, number>;
  /** Fractions as shares in percent: "by a quarter" is by 25 percent. */
  readonly shares: ReadonlyMap<string, number>;
  readonly numberJoiners: ReadonlySet<string>;
  readonly weakNumbers: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  readonly scales: ReadonlyMap<string, number>;
  readonly scaleSuffixes: ReadonlyMap<string, number>;
  readonly multiples: ReadonlyMap<string, Range>;
  readonly multipleJoiners: ReadonlySet<string>;
  readonly ranges: {
    readonly joiners: ReadonlySet<string>;
    readonly around: readonly (readonly [Phrase, Phrase])[];
    readonly notAfter: ReadonlySet<string>;
    readonly changes: ReadonlySet<string>;
    /** Words that move a date: "brought forward completion … from 2028 to December 2026". */
    readonly moves: ReadonlySet<string>;
    readonly by: ReadonlySet<string>;
    /** Words for how much after what the change changed: "cut the grant by a quarter". */
    readonly byAfterObject: ReadonlySet<string>;
    /** Joiners for where a change goes after what it changed: "raised its count of reports to 27". */
    readonly toAfterObject: ReadonlySet<string>;
  };
  readonly notCounted: ReadonlySet<string>;
  /** Units of measure an article stands for one of ("a mile"), by dictionary form. */
  readonly measures: ReadonlySet<string>;
  readonly hedges: PhraseTable<Hedge>;
  readonly hedgesAfter: PhraseTable<Hedge>;
  /** The phrase printed for each hedge. */
  readonly hedgeWords: ReadonlyMap<Hedge, string>;
  readonly hedgeTolerance: number;
  readonly corrections: readonly Phrase[];
  /** Words between a correction and the value it rules out ("rather than the 40 first reported"). */
  readonly correctedArticles: ReadonlySet<string>;
  /** Words before a value set beside a change as the same measure of another thing ("compared with"). */
  readonly parallels: readonly Phrase[];
  readonly dateBounds: PhraseTable<DateBound>;
  /** Words before a date that make it when a state began: "since 2017". */
  readonly dateStarts: readonly Phrase[];
  /** The phrase printed for each bound. */
  readonly dateBoundWords: ReadonlyMap<DateBound, string>;
  /** Folded symbol or word → the currency symbol printed. */
  readonly currencySymbols: ReadonlyMap<string, string>;
  readonly currencyWords: ReadonlyMap<string, string>;
  readonly percent: readonly Phrase[];
  readonly temperatures: {
    /** Words and signs for a degree, between a number and its scale. */
    readonly degrees: ReadonlySet<string>;
    /** A scale's folded word or letter → the scale, as printed ("°C"). */
    readonly scales: ReadonlyMap<string, string>;
  };
  readonly percentPrinted: string;
  readonly scoreJoiners: readonly Phrase[];
  /** Results in words: what joins the tallies, a tally's nouns, and the words a result is said by ("voted"). */
  readonly results: { readonly joiners: ReadonlySet<string>; readonly tallies: ReadonlySet<string>; readonly words: ReadonlySet<string>; readonly between: ReadonlySet<string> };
  /** Folded unit word → its unit, by every form it is written in. */
  readonly durations: ReadonlyMap<string, DurationUnit>;
  readonly durationUnits: readonly DurationUnit[];
  readonly times: ReadonlyMap<string, number>;
  readonly timesNoun: string;
  readonly timesUnit: string;
  readonly factors: ReadonlyMap<string, number>;
  readonly ranks: { readonly markers: readonly Phrase[]; readonly starts: ReadonlySet<string>; readonly markerPrinted: string; readonly tops: ReadonlySet<string>; readonly topPrinted: string; readonly places: ReadonlySet<string>; readonly verbs: ReadonlySet<string> };
  readonly ordinals: ReadonlyMap<string, number>;
  readonly ordinalSuffixes: { readonly default: string; readonly endings: ReadonlyMap<string, string>; readonly all: ReadonlySet<string> };
  readonly ordinalAdjectives: ReadonlyMap<string, number>;
  readonly numberedNouns: ReadonlySet<string>;
  readonly ages: {
    readonly before: readonly Phrase[];
    /** The first words of `before`, where an age may start. */
    readonly starts: ReadonlySet<string>;
    readonly after: readonly Phrase[];
    readonly afterPrinted: string;
    readonly copulas: readonly Phrase[];
    /** Copulas that say an age reached: "turned 53 this month". */
    readonly reached: ReadonlySet<string>;
    /** Words standing for the name before them: "Ann Lee, who is 46". */
    readonly relatives: ReadonlySet<string>;
    /** Words after a bare age that end its clause: "is 52 and served". */
    readonly joiners: ReadonlySet<string>;
    readonly leads: readonly Phrase[];
    /** Comparisons that make the number after them an age: "older than 50". */
    readonly comparatives: PhraseTable<Hedge>;
    readonly decades: ReadonlyMap<string, Range>;
    readonly decadeSuffixes: ReadonlySet<string>;
    readonly decadeParts: ReadonlyMap<string, Range>;
  };
  /** Folded name → month, 1 to 12. */
  readonly months: ReadonlyMap<string, number>;
  /** Printed names; index 0 is unused. */
  readonly monthNames: readonly string[];
  /** Folded name → weekday, Sunday 0. */
  readonly weekdays: ReadonlyMap<string, number>;
  readonly weekdayNames: readonly string[];
  readonly dayParts: ReadonlyMap<string, number>;
  readonly dayPartNames: readonly string[];
  /** A clock's half-day words ("am", "p.m.") → 0 before noon, 1 after; and each half as printed. */
  readonly dayHalves: ReadonlyMap<string, number>;
  readonly dayHalfNames: readonly string[];
  readonly datePrinting: { readonly day: string; readonly dayWithoutYear: string; readonly month: string; readonly monthWithoutYear: string; readonly weekday: string };
  readonly relativeDays: ReadonlySet<string>;
  readonly relativeWords: ReadonlySet<string>;
  readonly anchoredDates: ReadonlySet<string>;
  /** "following" of "the following day": the day after the date last told. */
  readonly followingDays: ReadonlySet<string>;
  readonly dateQualifiers: ReadonlySet<string>;
  readonly years: { readonly from: number; readonly to: number; readonly before: ReadonlySet<string>; readonly spans: ReadonlySet<string> };
  readonly sentenceEnds: ReadonlySet<string>;
  /**
   * Words that say what a value of a kind is, by their dictionary form ("ranked No. 4", "a 77%
   * score"): they belong to the fact beside them and are matched with it, not on their own.
   */
  readonly describedBy: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A vocabulary that does not have the shape expected: `path` names the key, as "hedges.more[2]". */
export class VocabularyError extends Error {
  readonly path: readonly (string | number)[];
  readonly expected: string;

  constructor(path: readonly (string | number)[], expected: string) {
    super(`expected ${describePath(path)} to be ${expected}`);
    this.name = "VocabularyError";
    this.path = path;
    this.expected = expected;
  }
}

const HEDGES: readonly Hedge[] = ["about", "nearly", "more", "atLeast", "less", "atMost"];
const DATE_BOUNDS: readonly DateBound[] = ["before", "after"];
const DATE_FORMATS = ["day", "dayWithoutYear", "month", "monthWithoutYear", "weekday"] as const;

/** Validates a parsed vocabulary file and builds its lookup tables. Throws VocabularyError. */
export function readVocabulary(raw: unknown): FactVocabulary {
  const top = record(raw, []);
  const known: ReadonlySet<string> = new Set(TOP_KEYS);
  for (const key of Object.keys(top)) {
    if (!known.has(key)) throw new VocabularyError([key], `one of the vocabulary's keys (${TOP_KEYS.join(", ")})`);
  }
  const at = (key: string): [unknown, Path] => [top[key], [key]];

  const ranges = record(...at("ranges"));
  const hedgesRaw = record(...at("hedges"));
  const hedgesAfterRaw = record(...at("hedgesAfter"));
  const ranks = record(...at("ranks"));
  const results = record(...at("results"));
  const ordinalSuffixes = record(...at("ordinalSuffixes"));
  const ages = record(...at("ages"));
  const times = record(...at("times"));
  const years = record(...at("years"));
  const datePrinting = record(...at("datePrinting"));
  const currencies = record(...at("currencies"));

  const currencySymbols = new Map<string, string>();
  const currencyWords = new Map<string, string>();
  for (const [symbol, entry] of Object.entries(currencies)) {
    const fields = record(entry, ["currencies", symbol]);
    for (const word of words(fields["symbols"], ["currencies", symbol, "symbols"])) currencySymbols.set(word, symbol);
    for (const word of words(fields["words"], ["currencies", symbol, "words"])) currencyWords.set(word, symbol);
  }

  const durationUnits: DurationUnit[] = [];
  const durations = new Map<string, DurationUnit>();
  list(...at("durations")).forEach((entry, i) => {
    const path = ["durations", i];
    const fields = record(entry, path);
    const unit = {
      name: text(fields["name"], [...path, "name"]),
      plural: text(fields["plural"], [...path, "plural"]),
      seconds: positive(fields["seconds"], [...path, "seconds"]),
    };
    durationUnits.push(unit);
    const forms = [unit.name, unit.plural, ...(fields["also"] === undefined ? [] : words(fields["also"], [...path, "also"]))];
    for (const form of forms) durations.set(foldWord(form), unit);
  });

  const hedgeWords = new Map<Hedge, string>();
  const hedges = hedgeTable(hedgesRaw, "hedges", hedgeWords);
  const hedgesAfter = hedgeTable(hedgesAfterRaw, "hedgesAfter", new Map());
  const dateBoundWords = new Map<DateBound, string>();
  const dateBounds = phraseTable(record(...at("dateBounds")), "dateBounds", DATE_BOUNDS, dateBoundWords);

  const monthLists = namedList(top["months"], ["months"], 12);
  const weekdayLists = namedList(top["weekdays"], ["weekdays"], 7);
  const dayPartLists = namedList(top["dayParts"], ["dayParts"]);
  const dayHalfLists = namedList(top["dayHalves"], ["dayHalves"], 2);
  const percent = phrases(...at("percent"));
  const temperaturesRaw = record(...at("temperatures"));
  const scales = new Map<string, string>();
  for (const [scale, marks] of Object.entries(record(temperaturesRaw["scales"], ["temperatures", "scales"]))) {
    for (const mark of words(marks, ["temperatures", "scales", scale])) scales.set(mark, scale);
  }
  const markers = phrases(ranks["markers"], ["ranks", "markers"]);
  const tops = words(ranks["tops"], ["ranks", "tops"]);
  const after = phrases(ages["after"], ["ages", "after"]);
  const agesBefore = phrases(ages["before"], ["ages", "before"]);
  const endings = stringMap(ordinalSuffixes["endings"], ["ordinalSuffixes", "endings"]);
  for (const ending of endings.keys()) {
    if (!/^\d+$/.test(ending)) throw new VocabularyError(["ordinalSuffixes", "endings", ending], "keyed by the digits a number ends in");
  }
  const suffixDefault = foldWord(text(ordinalSuffixes["default"], ["ordinalSuffixes", "default"]));
  const yearFrom = positive(years["from"], ["years", "from"]);
  const yearTo = positive(years["to"], ["years", "to"]);
  if (yearTo < yearFrom) throw new VocabularyError(["years", "to"], `a year not before years.from (${yearFrom})`);
  const tolerance = positive(top["hedgeTolerance"], ["hedgeTolerance"]);
  if (tolerance >= 1) throw new VocabularyError(["hedgeTolerance"], "a fraction below 1");

  const describedBy = new Map<string, ReadonlySet<string>>();
  for (const [kind, list] of Object.entries(record(...at("describedBy")))) describedBy.set(kind, wordSet(list, ["describedBy", kind]));

  return {
    describedBy,
    numbers: numberMap(...at("numbers")),
    groups: numberMap(...at("groups")),
    fractions: numberMap(...at("fractions")),
    shares: numberMap(...at("shares")),
    numberJoiners: wordSet(...at("numberJoiners")),
    weakNumbers: wordSet(...at("weakNumbers")),
    articles: wordSet(...at("articles")),
    scales: numberMap(...at("scales")),
    scaleSuffixes: numberMap(...at("scaleSuffixes")),
    multiples: rangeMap(...at("multiples")),
    multipleJoiners: wordSet(...at("multipleJoiners")),
    ranges: {
      joiners: wordSet(ranges["joiners"], ["ranges", "joiners"]),
      around: list(ranges["around"], ["ranges", "around"]).map((pair, i) => {
        const path = ["ranges", "around", i];
        const [open, close, ...rest] = list(pair, path);
        if (open === undefined || close === undefined || rest.length > 0) throw new VocabularyError(path, "a pair of phrases, [before, between]");
        return [phrase(open, [...path, 0]), phrase(close, [...path, 1])] as const;
      }),
      notAfter: wordSet(ranges["notAfter"], ["ranges", "notAfter"]),
      changes: wordSet(ranges["changes"], ["ranges", "changes"]),
      moves: wordSet(ranges["moves"], ["ranges", "moves"]),
      by: wordSet(ranges["by"], ["ranges", "by"]),
      byAfterObject: wordSet(ranges["byAfterObject"], ["ranges", "byAfterObject"]),
      toAfterObject: wordSet(ranges["toAfterObject"], ["ranges", "toAfterObject"]),
    },
    notCounted: wordSet(...at("notCounted")),
    measures: wordSet(...at("measures")),
    hedges,
    hedgesAfter,
    hedgeWords,
    hedgeTolerance: tolerance,
    corrections: phrases(...at("corrections")),
    correctedArticles: wordSet(...at("correctedArticles")),
    parallels: phrases(...at("parallels")),
    dateBounds,
    dateStarts: phrases(...at("dateStarts")),
    dateBoundWords,
    currencySymbols,
    currencyWords,
    percent,
    temperatures: { degrees: wordSet(temperaturesRaw["degrees"], ["temperatures", "degrees"]), scales },
    percentPrinted: firstText(top["percent"], ["percent"]),
    scoreJoiners: phrases(...at("scoreJoiners")),
    durations,
    durationUnits: durationUnits.sort((a, b) => b.seconds - a.seconds),
    times: numberMap(times["words"], ["times", "words"]),
    timesNoun: foldWord(text(times["noun"], ["times", "noun"])),
    timesUnit: foldWord(text(times["unit"], ["times", "unit"])),
    factors: numberMap(...at("factors")),
    results: {
      joiners: wordSet(results["joiners"], ["results", "joiners"]),
      tallies: wordSet(results["tallies"], ["results", "tallies"]),
      words: wordSet(results["words"], ["results", "words"]),
      between: wordSet(results["between"], ["results", "between"]),
    },
    ranks: {
      markers,
      starts: new Set(markers.map((marker) => marker[0]!)),
      markerPrinted: firstText(ranks["markers"], ["ranks", "markers"]),
      tops: new Set(tops),
      topPrinted: tops[0]!,
      places: wordSet(ranks["places"], ["ranks", "places"]),
      verbs: wordSet(ranks["verbs"], ["ranks", "verbs"]),
    },
    ordinals: numberMap(...at("ordinals")),
    ordinalSuffixes: { default: suffixDefault, endings, all: new Set([suffixDefault, ...endings.values()]) },
    ordinalAdjectives: numberMap(...at("ordinalAdjectives")),
    numberedNouns: wordSet(...at("numberedNouns")),
    ages: {
      before: agesBefore,
      starts: new Set(agesBefore.map((phrase) => phrase[0]!)),
      after,
      afterPrinted: firstText(ages["after"], ["ages", "after"]),
      copulas: phrases(ages["copulas"], ["ages", "copulas"]),
      reached: wordSet(ages["reached"], ["ages", "reached"]),
      relatives: wordSet(ages["relatives"], ["ages", "relatives"]),
      joiners: wordSet(ages["joiners"], ["ages", "joiners"]),
      leads: phrases(ages["leads"], ["ages", "leads"]),
      comparatives: hedgeTable(record(ages["comparatives"], ["ages", "comparatives"]), "ages.comparatives", new Map()),
      decades: rangeMap(ages["decades"], ["ages", "decades"]),
      decadeSuffixes: wordSet(ages["decadeSuffixes"], ["ages", "decadeSuffixes"]),
      decadeParts: rangeMap(ages["decadeParts"], ["ages", "decadeParts"]),
    },
    months: nameLookup(monthLists, 1),
    monthNames: ["", ...monthLists.map((names) => names[0]!)],
    weekdays: nameLookup(weekdayLists, 0),
    weekdayNames: weekdayLists.map((names) => names[0]!),
    dayParts: nameLookup(dayPartLists, 0),
    dayPartNames: dayPartLists.map((names) => names[0]!),
    dayHalves: nameLookup(dayHalfLists, 0),
    dayHalfNames: dayHalfLists.map((names) => names[0]!),
    datePrinting: Object.fromEntries(DATE_FORMATS.map((key) => [key, text(datePrinting[key], ["datePrinting", key])])) as FactVocabulary["datePrinting"],
    relativeDays: wordSet(...at("relativeDays")),
    relativeWords: wordSet(...at("relativeWords")),
    anchoredDates: wordSet(...at("anchoredDates")),
    followingDays: wordSet(...at("followingDays")),
    dateQualifiers: wordSet(...at("dateQualifiers")),
    years: { from: yearFrom, to: yearTo, before: wordSet(years["before"], ["years", "before"]), spans: wordSet(years["spans"], ["years", "spans"]) },
    sentenceEnds: wordSet(...at("sentenceEnds")),
  };
}

const TOP_KEYS = [
  "numbers", "groups", "fractions", "shares", "numberJoiners", "weakNumbers", "articles", "scales", "scaleSuffixes",
  "multiples", "multipleJoiners", "ranges",
  "notCounted", "measures", "hedges", "hedgesAfter", "hedgeTolerance", "corrections", "correctedArticles", "parallels", "dateBounds", "dateStarts", "currencies", "percent", "temperatures",
  "scoreJoiners", "results", "durations", "times", "factors", "ranks", "ordinals", "ordinalSuffixes",
  "ordinalAdjectives", "numberedNouns", "ages", "months", "weekdays", "dayParts", "dayHalves", "datePrinting",
  "relativeDays", "relativeWords", "anchoredDates", "followingDays", "dateQualifiers", "years", "sentenceEnds",
  "describedBy",
] as const;

type Path = readonly (string | number)[];

/** Folds a word of the vocabulary as the text's tokens are folded. */
export function foldWord(word: string): string {
  return fold(word.normalize("NFKC"));
}

function describePath(path: Path): string {
  if (path.length === 0) return "the vocabulary";
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
}

function record(value: unknown, path: Path): Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new VocabularyError(path, "a mapping of keys to values");
  return value as Record<string, unknown>;
}

function list(value: unknown, path: Path): readonly unknown[] {
  if (!Array.isArray(value)) throw new VocabularyError(path, "a list");
  return value;
}

function text(value: unknown, path: Path): string {
  if (typeof value !== "string" || value.trim() === "") throw new VocabularyError(path, "a word or phrase (a non-empty string)");
  return value;
}

function positive(value: unknown, path: Path): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) throw new VocabularyError(path, "a positive number");
  return value;
}

function phrase(value: unknown, path: Path): Phrase {
  return text(value, path).trim().split(/\s+/).map(foldWord);
}

function phrases(value: unknown, path: Path): Phrase[] {
  const items = list(value, path);
  if (items.length === 0) throw new VocabularyError(path, "a list of at least one word or phrase");
  return items.map((item, i) => phrase(item, [...path, i]));
}

function firstText(value: unknown, path: Path): string {
  return text(list(value, path)[0], [...path, 0]);
}

/** Single words, folded. */
function words(value: unknown, path: Path): string[] {
  return phrases(value, path).map((p, i) => {
    if (p.length !== 1) throw new VocabularyError([...path, i], "a single word");
    return p[0]!;
  });
}

function wordSet(value: unknown, path: Path): ReadonlySet<string> {
  return new Set(words(value, path));
}

function numberMap(value: unknown, path: Path): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const [key, entry] of Object.entries(record(value, path))) {
    if (typeof entry !== "number" || !Number.isFinite(entry) || entry < 0) throw new VocabularyError([...path, key], "a number, zero or more");
    map.set(foldWord(key), entry);
  }
  return map;
}

function stringMap(value: unknown, path: Path): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [key, entry] of Object.entries(record(value, path))) map.set(key, foldWord(text(entry, [...path, key])));
  return map;
}

function rangeMap(value: unknown, path: Path): ReadonlyMap<string, Range> {
  const map = new Map<string, Range>();
  for (const [key, entry] of Object.entries(record(value, path))) {
    const pair = list(entry, [...path, key]);
    const [low, high] = pair;
    if (pair.length !== 2 || typeof low !== "number" || typeof high !== "number" || !(low <= high)) {
      throw new VocabularyError([...path, key], "a pair of numbers, [low, high], low not above high");
    }
    map.set(foldWord(key), [low, high]);
  }
  return map;
}

function hedgeTable(raw: Readonly<Record<string, unknown>>, key: string, printed: Map<Hedge, string>): PhraseTable<Hedge> {
  return phraseTable(raw, key, HEDGES, printed, "hedges");
}

/** Phrases by the name they are listed under, one of `names`, longest first; the first of each is printed. */
function phraseTable<T extends string>(raw: Readonly<Record<string, unknown>>, key: string, names: readonly T[], printed: Map<T, string>, what = key): PhraseTable<T> {
  const table: [Phrase, T][] = [];
  for (const [name, entry] of Object.entries(raw)) {
    const value = names.find((h) => h === name);
    if (value === undefined) throw new VocabularyError([key, name], `one of the ${what} (${names.join(", ")})`);
    for (const p of phrases(entry, [key, name])) table.push([p, value]);
    printed.set(value, firstText(entry, [key, name]));
  }
  return table.sort((a, b) => b[0].length - a[0].length);
}

/** A list of name lists, one per month or weekday; the first name of each is printed. */
function namedList(value: unknown, path: Path, count?: number): string[][] {
  const items = list(value, path);
  if (count !== undefined && items.length !== count) throw new VocabularyError(path, `a list of ${count} lists of names`);
  return items.map((names, i) => {
    const entries = list(names, [...path, i]);
    if (entries.length === 0) throw new VocabularyError([...path, i], "a list of at least one name");
    return entries.map((name, j) => text(name, [...path, i, j]));
  });
}

function nameLookup(lists: readonly (readonly string[])[], base: number): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  lists.forEach((names, i) => {
    for (const name of names) map.set(foldWord(name), i + base);
  });
  return map;
}
