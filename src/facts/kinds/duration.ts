// Durations: "two hours", "120 minutes", "a week", "a 90-minute film", "1.5 hours", and a time
// to the second, "2:06:12". Measured in seconds, so "two hours" (1.5 to 2.5 hours, as written)
// holds "120 minutes".
import type { StatedAmount, Token } from "../../types.js";
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { oneByArticle, startsNumber, tokenReader } from "../kind.js";
import { readAmount, round } from "../amount.js";
import type { FactText } from "../fact-text.js";
import { isJoiningHyphen } from "../phrase.js";
import { printAmount } from "../print.js";
import type { DurationUnit, FactVocabulary } from "../vocabulary.js";

/** The unit durations are compared in. */
const SECONDS = "s";

export const duration: FactKindDefinition = {
  kinds: ["duration"],
  amount: true,
  least: 0,
  open: tokenReader(startsNumber, readDuration),
  describe: (fact, vocabulary) => {
    const stated = fact.stated;
    if (stated?.noun === ON_A_CLOCK) return printAmount(stated, vocabulary).replace(/[\d.]+$/u, () => onAClock(stated.value));
    const unit = stated?.noun === undefined ? undefined : vocabulary.durations.get(stated.noun);
    if (!stated || !unit) return fact.display;
    const inUnit = {
      ...stated,
      value: stated.value / unit.seconds,
      precision: stated.precision / unit.seconds,
      ...(stated.through !== undefined ? { through: stated.through / unit.seconds } : {}),
    };
    const one = inUnit.value === 1 && inUnit.through === undefined;
    return printAmount(inUnit, vocabulary, { suffix: ` ${one ? unit.name : unit.plural}` });
  },
  // "two hours, not three": three hours, in seconds.
  restate: (number, like, vocabulary) => {
    const unit = vocabulary.durations.get(like.stated?.noun ?? "");
    return unit ? measured(number, unit, like.stated?.noun ?? unit.name) : number;
  },
};

/** Hours, minutes and seconds as a race or a recording's length is timed: "2:06:12". */
const TIMED = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/u;
/** The noun a timed duration keeps, so it prints as it was written. */
const ON_A_CLOCK = "h:mm:ss";

function onAClock(seconds: number): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${Math.floor(seconds / 3600)}:${two(Math.floor((seconds % 3600) / 60))}:${two(Math.round(seconds % 60))}`;
}

function readDuration(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  const timed = TIMED.exec(tokens[i]!.norm);
  // Timed to the second: "2:06:12" is 2:06:11.5 to 2:06:12.5, as "12 seconds" would be.
  if (timed) return { kind: "duration", unit: SECONDS, first: i, next: i + 1, stated: { value: Number(timed[1]) * 3600 + Number(timed[2]) * 60 + Number(timed[3]), precision: 0.5, noun: ON_A_CLOCK } };
  // a week · an hour: the article stands for one, before a unit that is a noun ("a second
  // season" is no duration); half an hour: for half.
  const one = oneByArticle(tokens, i, vocabulary, (word) => unitOf(word, vocabulary) !== undefined);
  // "eight migraines a month", "£8 a day", "twice a day": a rate, per unit, not a span of time.
  if (one && perUnit(text, i)) return undefined;
  if (one) return draft(i, one.next, one, unitOf(one.word, vocabulary)!, one.word);
  const amount = readAmount(text, i, { exactWholes: false });
  if (!amount) return undefined;
  const hyphen = isJoiningHyphen(tokens, amount.next);
  const word = tokens[amount.next + (hyphen ? 1 : 0)];
  const unit = word ? unitOf(word, vocabulary) : undefined;
  // "One day, he left": a lone "one" says too little, unless joined ("a one-year deal").
  if (!unit || (amount.weak && !hyphen)) return undefined;
  const whole = draft(amount.first, amount.next + (hyphen ? 2 : 1), amount, unit, word!);
  return hyphen ? whole : withSmallerUnits(text, whole, unit);
}

/** Whether the article at `i` follows a quantity, a number or a counted noun, so that it means "per". */
function perUnit(text: FactText, i: number): boolean {
  const { tokens, vocabulary } = text;
  let before = i - 1;
  const quantity = (t: number) => tokens[t] !== undefined && (tokens[t]!.kind === "number" || tokens[t]!.pos === "NUM" || vocabulary.times.has(tokens[t]!.norm));
  if (quantity(before)) return true;
  if (tokens[before]?.pos !== "NOUN") return false;
  before--;
  while (tokens[before]?.pos === "ADJ") before--;
  return quantity(before);
}

/**
 * A duration said in several units, each smaller than the one before ("two hours and 51
 * minutes", "2 hours 5 minutes 41 seconds"), is one: their sum, as precise as its last part.
 */
function withSmallerUnits(text: FactText, whole: FactDraft, unit: DurationUnit): FactDraft {
  const { tokens, vocabulary } = text;
  let { next } = whole;
  let stated = whole.stated!;
  let last = unit;
  for (;;) {
    const at = vocabulary.numberJoiners.has(tokens[next]?.norm ?? "") ? next + 1 : next;
    const start = tokens[at];
    const more = start !== undefined && startsNumber(start, vocabulary) ? readAmount(text, at, { exactWholes: false }) : undefined;
    if (!more || more.through !== undefined || more.hedge !== undefined || more.weak) break;
    const word = tokens[more.next];
    const smaller = word ? unitOf(word, vocabulary) : undefined;
    if (!smaller || smaller.seconds >= last.seconds) break;
    const part = measured(more, smaller, word!.norm);
    stated = { ...stated, value: round(stated.value + part.value), precision: part.precision, noun: word!.norm };
    next = more.next + 1;
    last = smaller;
  }
  return next === whole.next ? whole : { ...whole, next, stated };
}

function draft(first: number, next: number, amount: Omit<StatedAmount, "noun">, unit: DurationUnit, word: Token): FactDraft {
  return { kind: "duration", unit: SECONDS, first, next, stated: measured(amount, unit, word.norm) };
}

/** An amount of a unit of time, in seconds, keeping the unit's word for printing. */
function measured(amount: Omit<StatedAmount, "noun">, unit: DurationUnit, noun: string): StatedAmount {
  const seconds = (n: number) => round(n * unit.seconds);
  return {
    value: seconds(amount.value),
    ...(amount.through !== undefined ? { through: seconds(amount.through) } : {}),
    precision: seconds(amount.precision),
    ...(amount.hedge ? { hedge: amount.hedge } : {}),
    noun,
  };
}

function unitOf(token: Token, vocabulary: FactVocabulary): DurationUnit | undefined {
  return token.kind === "word" ? (vocabulary.durations.get(token.norm) ?? vocabulary.durations.get(token.lemma)) : undefined;
}
