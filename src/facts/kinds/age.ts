// Ages: "aged 46", "at the age of 46", "46 years old", "46-year-old", "Ann Lee, 46, said",
// "Smith (46)", "Ann Lee is 46.", "older than 50", and decades: "in his thirties" (30 to 39),
// "in her early 40s".
import type { Token } from "../../types.js";
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { startsNumber, statedOf, tokenReader } from "../kind.js";
import { readAmount, type Amount } from "../amount.js";
import { foldDigits } from "../digits.js";
import type { FactText } from "../fact-text.js";
import { endsClause, firstPhraseAt, firstPhraseBefore, isJoiningHyphen, tableBefore } from "../phrase.js";
import { printAmount } from "../print.js";
import type { FactVocabulary, Range } from "../vocabulary.js";

export const age: FactKindDefinition = {
  kinds: ["age"],
  amount: true,
  least: 0,
  open: tokenReader(startsAge, readAge),
  describe: (fact, vocabulary) => (fact.stated ? printAmount(fact.stated, vocabulary, { suffix: ` ${vocabulary.ages.afterPrinted}` }) : fact.display),
};

const OLDEST = 130;

function startsAge(token: Token, vocabulary: FactVocabulary): boolean {
  return startsNumber(token, vocabulary) || vocabulary.ages.starts.has(token.norm) || decadeOf(token, vocabulary) !== undefined;
}

function readAge(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  const { ages } = vocabulary;
  // aged 46 · at the age of 46
  const before = firstPhraseAt(tokens, i, ages.before);
  if (before) {
    const amount = readAmount(text, before.next, { exactWholes: true });
    return amount && isAge(amount) ? draft(i, amount.next, amount) : undefined;
  }
  const decade = readDecade(text, i);
  if (decade) return decade;
  const amount = readAmount(text, i, { exactWholes: true });
  if (!amount || !isAge(amount)) return undefined;
  // older than 50 · no younger than 18
  const compared = amount.through === undefined ? tableBefore(tokens, i, ages.comparatives) : undefined;
  if (compared) return draft(compared.first, amount.next, { ...amount, hedge: compared.value });
  // 46 years old · 46-year-old · 30-39 years old
  const at = isJoiningHyphen(tokens, amount.next) ? amount.next + 1 : amount.next;
  const after = firstPhraseAt(tokens, at, ages.after);
  if (after) return draft(amount.first, after.next, amount);
  if (tokens[i]!.kind !== "number" || amount.next !== i + 1 || amount.through !== undefined) return undefined;
  // Ann Lee, 46, said · Smith (46) · Ann Lee, now 71, and
  const now = tokens[i - 1]?.pos === "ADV" ? i - 1 : i;
  const previous = tokens[now - 1];
  const name = tokens[now - 2];
  const next = tokens[i + 1];
  const named = name?.kind === "word" && name.capitalized;
  if (named && ((previous?.norm === "," && (next?.norm === "," || next?.norm === ")")) || (previous?.norm === "(" && next?.norm === ")"))) {
    return draft(now, i + 1, amount);
  }
  // Ann Lee is 46. · Ann Lee, the chief executive, is 46. · Ann Lee, who turned 53 this month,
  const copula = firstPhraseBefore(tokens, i, ages.copulas);
  if (!copula) return undefined;
  let holder = asideOpening(tokens, copula.first - 1) - 1;
  if (ages.relatives.has(tokens[holder]?.norm ?? "") && tokens[holder - 1]?.norm === ",") holder -= 2;
  const subject = tokens[holder];
  const reached = ages.reached.has(tokens[copula.first]!.norm) && !COUNTED_BY.has(next?.pos ?? "");
  if (subject?.kind === "word" && subject.capitalized && (reached || endsClause(tokens, i + 1, ages.joiners))) {
    return draft(i, i + 1, amount);
  }
  return undefined;
}

/** The parts of speech of a word after a number that says what it counts: "turned 180 degrees". */
const COUNTED_BY: ReadonlySet<string> = new Set(["NOUN", "PROPN", "NUM"]);

/** How many words an aside between a name and its verb may hold. */
const ASIDE_REACH = 12;

/**
 * Where an aside closed by the comma at `at` opens, at its first comma ("Ann Lee, the chief
 * executive, is 46"); `at` itself where it is no comma, or no aside closes there.
 */
function asideOpening(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.norm !== ",") return at + 1;
  for (let j = at - 1; j > 0 && j >= at - ASIDE_REACH; j--) if (tokens[j]!.norm === ",") return j;
  return at + 1;
}

/** in his thirties · in her early 40s · in their mid-forties */
function readDecade(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  const { ages } = vocabulary;
  const found = decadeOf(tokens[i]!, vocabulary);
  if (!found) return undefined;
  let [low, high] = found.range;
  let part = found.part;
  let first = i;
  if (part === undefined) {
    // "early thirties", "mid-forties"
    const hyphen = isJoiningHyphen(tokens, i - 1) ? 1 : 0;
    const partRange = ages.decadeParts.get(tokens[i - 1 - hyphen]?.norm ?? "");
    if (partRange) {
      part = partRange;
      first = i - 1 - hyphen;
    }
  }
  const lead = firstPhraseBefore(tokens, first, ages.leads);
  if (!lead) return undefined;
  if (part) [low, high] = [low + part[0], Math.min(high, low + part[1])];
  return { kind: "age", unit: "", first: lead.first, next: i + 1, stated: { value: low, through: high, precision: 0 } };
}

/** "thirties", "40s", "mid-40s": the decade and, when written into the token, the part of it. */
function decadeOf(token: Token, vocabulary: FactVocabulary): { range: Range; part?: Range } | undefined {
  const { ages } = vocabulary;
  const word = ages.decades.get(token.norm);
  if (word) return { range: word };
  if (token.kind === "word" && !token.norm.includes("-")) return undefined;
  const [head, tail, ...rest] = foldDigits(token.norm).split("-");
  const written = tail === undefined ? head! : tail;
  const part = tail === undefined ? undefined : ages.decadeParts.get(head!);
  if (rest.length > 0 || (tail !== undefined && !part)) return undefined;
  // 40s: a decade's digits and a suffix
  const digits = /^([1-9]0)(\p{L}+)$/u.exec(written);
  const decade = digits && ages.decadeSuffixes.has(digits[2]!) ? Number(digits[1]) : undefined;
  const range: Range | undefined = decade !== undefined ? [decade, decade + 9] : ages.decades.get(written);
  if (!range) return undefined;
  return part ? { range, part } : { range };
}

function isAge(amount: Amount): boolean {
  const top = amount.through ?? amount.value;
  return Number.isInteger(amount.value) && amount.value >= 0 && top < OLDEST && !amount.weak;
}

function draft(first: number, next: number, amount: Amount): FactDraft {
  return { kind: "age", unit: "", first, next, stated: statedOf(amount) };
}
