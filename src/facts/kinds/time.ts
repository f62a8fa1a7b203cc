// Times of day on a twelve-hour clock: "10am", "6 pm", "7.30pm", "10:15 a.m.". Measured in
// minutes after midnight, so "10pm" and "10am" are two values of one slot. Not an amount: a
// hedge's share of the value ("about 10am" as 9am to 11am) would mean nothing on a clock, so a
// time agrees only with itself.
import type { Token } from "../../types.js";
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { tokenReader } from "../kind.js";
import type { FactText } from "../fact-text.js";
import type { FactVocabulary } from "../vocabulary.js";

/** Hours, and minutes after a colon or a point: "10", "7.30", "10:15". */
const CLOCK = /^(\d{1,2})(?:[:.](\d{2}))?$/u;
/** The same with the half of the day written on: "10am", "7.30pm". */
const CLOCK_WITH_HALF = /^(\d{1,2})(?:[:.](\d{2}))?(\p{L}[\p{L}.]*)$/u;

const MINUTES_IN_HOUR = 60;
const HOURS_ON_CLOCK = 12;

export const time: FactKindDefinition = {
  kinds: ["time"],
  amount: false,
  least: 0,
  open: tokenReader((token) => token.kind === "number", readTime),
  describe: (fact, vocabulary) => (fact.stated ? printTime(fact.stated.value, vocabulary) : fact.display),
};

function readTime(text: FactText, i: number): FactDraft | undefined {
  const clock = clockAt(text.tokens, i, text.vocabulary);
  return clock && { kind: "time", unit: "", first: i, next: clock.next, stated: { value: clock.minutes, precision: 0 } };
}

/** A clock time written at token i, in minutes after midnight, and the token after it: "10am", "7.30 p.m.". */
export function clockAt(tokens: readonly Token[], i: number, vocabulary: FactVocabulary): { minutes: number; next: number } | undefined {
  const token = tokens[i]!;
  if (token.kind !== "number") return undefined;
  const joined = CLOCK_WITH_HALF.exec(token.norm);
  const clock = joined ?? CLOCK.exec(token.norm);
  const after = tokens[i + 1];
  if (!clock || (!joined && (!after || !after.spaced))) return undefined;
  const half = vocabulary.dayHalves.get(joined ? joined[3]! : after!.norm);
  const hour = Number(clock[1]);
  const minute = Number(clock[2] ?? 0);
  if (half === undefined || hour < 1 || hour > HOURS_ON_CLOCK || minute >= MINUTES_IN_HOUR) return undefined;
  return { minutes: ((hour % HOURS_ON_CLOCK) + half * HOURS_ON_CLOCK) * MINUTES_IN_HOUR + minute, next: joined ? i + 1 : i + 2 };
}

/** "10am", "7:30pm": the hour on a twelve-hour clock, its minutes when any, and its half of the day. */
function printTime(value: number, vocabulary: FactVocabulary): string {
  const hour = Math.floor(value / MINUTES_IN_HOUR);
  const minute = value % MINUTES_IN_HOUR;
  const onClock = hour % HOURS_ON_CLOCK || HOURS_ON_CLOCK;
  const minutes = minute === 0 ? "" : `:${String(minute).padStart(2, "0")}`;
  return `${onClock}${minutes}${vocabulary.dayHalfNames[hour < HOURS_ON_CLOCK ? 0 : 1]}`;
}
