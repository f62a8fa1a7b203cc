// Generates news-like corpora for the benchmark: the bundled articles' sentences recombined with
// other names, numbers and dates, so that most passages a claim touches are near-misses of its
// true evidence (the same sentence about someone else, or with another figure). Deterministic:
// the same seed and size give the same bytes.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseSource } from "../src/sources/parse.js";

export interface SeedText {
  /** Words the bundled articles capitalise inside a sentence: names, wherever they stand. */
  names: ReadonlySet<string>;
  /** Body sentences of the bundled articles. */
  sentences: string[];
  /** Their headings (titles and cross-heads). */
  headings: string[];
  /** Claims written against the bundled articles, recast as claims about no one in the corpus. */
  claims: string[];
}

export type ClaimKind = "true" | "altered" | "unrelated";

export interface GeneratedClaim {
  id: string;
  text: string;
  kind: ClaimKind;
}

export interface GeneratedCorpus {
  folder: string;
  articles: number;
  bytes: number;
  claims: GeneratedClaim[];
}

/** A small, fast, seedable PRNG (mulberry32): the benchmark's only source of chance. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** Capitalised words that are not names and must stay as written for facts to parse. */
const KEEP = new Set([
  ...MONTHS,
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "I", "Season", "Seasons", "No", "Top", "The", "A", "An", "Mr", "Dr", "Ms", "Mrs", "Episode",
  "When", "Source", "Tagged", "Teases", "Never",
]);
const NAME_WORD = /(?<!\p{L})\p{Lu}\p{L}*(?:['’]\p{L}+)?/gu;
const NUMBER = /\d+(?:[.,]\d+)*/g;

const ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "r", "s", "st", "t", "tr", "v", "w", "z"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou"];
const CODAS = ["", "", "n", "r", "l", "s", "th", "nd", "rk", "m"];
// Names for claims about no one: built from letters the corpus names never use together.
const STRANGER_ONSETS = ["x", "q", "y", "kw", "zh", "vr"];
const STRANGER_VOWELS = ["y", "aa", "uu", "yo"];

/** Distinct made-up names ("Tralovan", "Beamir"): `count` of them, in a seeded order. */
function namePool(random: Random, count: number, onsets: readonly string[], vowels: readonly string[]): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const syllables = between(random, 2, 3);
    let name = "";
    for (let s = 0; s < syllables; s++) name += pick(random, onsets) + pick(random, vowels);
    name += pick(random, CODAS);
    names.add(name[0]!.toUpperCase() + name.slice(1));
  }
  return [...names];
}

/** The bundled articles' sentences and headings, and the bundled claims' texts. */
export function readSeedText(sourcesFolder: string, claimsFile: string): SeedText {
  const sentences: string[] = [];
  const headings: string[] = [];
  for (const name of readdirSync(sourcesFolder).sort()) {
    if (!name.endsWith(".txt")) continue;
    const source = parseSource({ id: name, file: name, text: readFileSync(join(sourcesFolder, name), "utf8") });
    for (const passage of source.passages) (passage.heading ? headings : sentences).push(passage.text);
  }
  const claims = [...readFileSync(claimsFile, "utf8").matchAll(/^\s*text:\s*"(.*)"\s*$/gm)].map((m) => m[1]!.replace(/\\"/g, '"'));
  // A name is capitalised inside sentences more often than it is written in lower case ("We" is not).
  const lower = new Map<string, number>();
  for (const word of [...sentences, ...headings].join(" ").match(/(?<!\p{L})\p{Ll}\p{L}*/gu) ?? []) lower.set(word, (lower.get(word) ?? 0) + 1);
  const capitalised = new Map<string, number>();
  for (const sentence of [...sentences, ...headings]) {
    for (const match of sentence.matchAll(NAME_WORD)) {
      const bare = bareName(match[0]);
      if (match.index > 0 && !KEEP.has(bare) && !/['’]/.test(bare)) capitalised.set(bare, (capitalised.get(bare) ?? 0) + 1);
    }
  }
  const names = new Set([...capitalised].filter(([word, n]) => n > (lower.get(word.toLowerCase()) ?? 0)).map(([word]) => word));
  return { names, sentences, headings, claims };
}

/** Recasts a sentence: every name word through `names`, every number to another of its shape. */
function recast(seed: SeedText, sentence: string, names: (word: string) => string, random: Random): string {
  const renamed = sentence.replace(NAME_WORD, (word) => (seed.names.has(bareName(word)) ? names(word) : word));
  return renamed.replace(NUMBER, (digits, offset: number) => {
    const before = renamed.slice(Math.max(0, offset - 10), offset);
    if (/^(?:19|20)\d\d$/.test(digits)) return String(between(random, 1995, 2025));
    if (MONTHS.some((m) => before.endsWith(`${m} `))) return String(between(random, 1, 28));
    return otherNumber(digits, random);
  });
}

/** A number written like `digits` (same length, separators kept), usually a different one. */
function otherNumber(digits: string, random: Random): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    const c = digits[i]!;
    if (c < "0" || c > "9") out += c;
    else out += String(i === 0 || digits[i - 1] === "." || digits[i - 1] === "," ? between(random, 1, 9) : between(random, 0, 9));
  }
  return out;
}

/** A mapping from the bundled articles' names to an article's own cast, chosen as needed. */
function castFor(pool: readonly string[], random: Random): (word: string) => string {
  const cast = new Map<string, string>();
  return (word) => {
    // Possessives keep their ending: "Bosch's" → "Tralovan's".
    const bare = bareName(word);
    const possessive = word.slice(bare.length);
    let name = cast.get(bare);
    if (!name) {
      name = pick(random, pool);
      cast.set(bare, name);
    }
    return name + possessive;
  };
}

function shuffled(length: number, random: Random): number[] {
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function bareName(word: string): string {
  return word.replace(/['’]s$/, "");
}

function articleDate(random: Random): string {
  const day = new Date(Date.UTC(2015, 0, 1) + between(random, 0, 11 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

interface Article {
  text: string;
  sentences: string[];
}

/** One article of about `targetBytes`: a dated headline, then paragraphs of recast sentences. */
function generateArticle(seed: SeedText, pool: readonly string[], random: Random, targetBytes: number): Article {
  const names = castFor(pool, random);
  const sentences: string[] = [];
  const paragraphs: string[] = [recast(seed, pick(random, seed.headings), names, random)];
  let bytes = paragraphs[0]!.length;
  // Sentences drawn without repeats, as an article would not say the same thing twice.
  const order = shuffled(seed.sentences.length, random);
  while (bytes < targetBytes && order.length > 0) {
    const paragraph: string[] = [];
    const length = between(random, 2, 5);
    for (let s = 0; s < length && order.length > 0; s++) {
      const sentence = recast(seed, seed.sentences[order.pop()!]!, names, random);
      paragraph.push(sentence);
      sentences.push(sentence);
    }
    if (random() < 0.15) paragraphs.push(recast(seed, pick(random, seed.headings), names, random));
    paragraphs.push(paragraph.join(" "));
    bytes += paragraph.reduce((n, s) => n + s.length + 1, 0);
  }
  return { text: ` date ${articleDate(random)} ${paragraphs.join("\n\n")}\n`, sentences };
}

/** A claim drawn from the corpus: a true sentence, the same with a number altered, or one about no one. */
function generateClaim(kind: ClaimKind, articles: readonly Article[], seed: SeedText, strangers: readonly string[], random: Random): string {
  if (kind === "unrelated") return recast(seed, pick(random, seed.claims), castFor(strangers, random), random);
  for (;;) {
    const sentence = pick(random, pick(random, articles).sentences);
    const words = sentence.split(/\s+/).length;
    if (words < 5 || words > 40) continue;
    if (kind === "true") return sentence;
    const numbers = [...sentence.matchAll(NUMBER)];
    if (numbers.length === 0) continue;
    const target = pick(random, numbers);
    let altered = target[0];
    while (altered === target[0]) altered = otherNumber(target[0], random);
    return sentence.slice(0, target.index) + altered + sentence.slice(target.index + target[0].length);
  }
}

export interface GenerateOptions {
  seed: number;
  articles: number;
  claims: number;
  /** Average article size in bytes (the bundled ones are 2–3 KB; archives run longer). */
  articleBytes?: number;
}

/**
 * Writes `articles` articles to `folder` (one file each, `a000123.txt`) and returns the claims:
 * 40% true sentences, 30% with one number altered, 30% about people the corpus never names.
 */
export function generateCorpus(seed: SeedText, folder: string, options: GenerateOptions): GeneratedCorpus {
  const random = prng(options.seed);
  // As many names as articles: a name turns up in a few dozen articles at any corpus size.
  const pool = namePool(random, Math.max(2000, options.articles), ONSETS, VOWELS);
  const strangers = namePool(random, 500, STRANGER_ONSETS, STRANGER_VOWELS);
  mkdirSync(folder, { recursive: true });
  const articles: Article[] = [];
  let bytes = 0;
  for (let i = 0; i < options.articles; i++) {
    const article = generateArticle(seed, pool, random, options.articleBytes ?? 4000);
    writeFileSync(join(folder, `a${String(i).padStart(6, "0")}.txt`), article.text);
    bytes += Buffer.byteLength(article.text);
    articles.push(article);
  }
  const claims: GeneratedClaim[] = [];
  for (let i = 0; i < options.claims; i++) {
    const roll = random();
    const kind: ClaimKind = roll < 0.4 ? "true" : roll < 0.7 ? "altered" : "unrelated";
    claims.push({ id: `c${i + 1}`, text: generateClaim(kind, articles, seed, strangers, random), kind });
  }
  return { folder, articles: options.articles, bytes, claims };
}
