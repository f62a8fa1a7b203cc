// The fact kinds, in the order they are tried at a token: the first to read a fact there wins,
// so the more specific come first ("2019/20" is a span of years before it is a score; "6/10" a
// score before it is a date; "46 years old" an age before a duration; "2021" a year before a
// number; "10-12 people" a range of a count before "2-0" is a result, but "54 votes to 41" a
// result before "54 votes" is a count; "7.30pm" a time before "7.30" is a number). A new kind
// is a file in kinds/ and a line here.
import type { FactKind } from "../types.js";
import type { FactKindDefinition } from "./kind.js";
import { age } from "./kinds/age.js";
import { count } from "./kinds/count.js";
import { date } from "./kinds/date.js";
import { duration } from "./kinds/duration.js";
import { money } from "./kinds/money.js";
import { number } from "./kinds/number.js";
import { ordinal } from "./kinds/ordinal.js";
import { percent } from "./kinds/percent.js";
import { rank } from "./kinds/rank.js";
import { result, resultInWords } from "./kinds/result.js";
import { score } from "./kinds/score.js";
import { temperature } from "./kinds/temperature.js";
import { time } from "./kinds/time.js";
import { year } from "./kinds/year.js";
import { years } from "./kinds/years.js";

export const FACT_KINDS: readonly FactKindDefinition[] = [
  date,
  money,
  percent,
  temperature,
  time,
  years,
  score,
  rank,
  age,
  duration,
  ordinal,
  year,
  resultInWords,
  count,
  result,
  number,
];

/** The kind that prints facts of this kind: the first that makes it. */
export function kindOf(kind: FactKind): FactKindDefinition | undefined {
  return FACT_KINDS.find((definition) => definition.kinds.includes(kind));
}
