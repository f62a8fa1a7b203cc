// The values an amount's words allow. A plain amount spans its precision ("2.5 billion" is 2.45
// up to 2.55 billion; "43 people" is 43); a hedge widens it: "more than 40" is above 40, "about
// 40" within the tolerance either side, "nearly 40" a little below.
import type { StatedAmount } from "../types.js";
import { round } from "./amount.js";

export interface Interval {
  low: number;
  high: number;
  lowOpen?: boolean;
  highOpen?: boolean;
}

/** `least` is the kind's lowest value, where "less than" reaches down to. */
export function intervalOf(stated: StatedAmount, tolerance: number, least: number): Interval {
  const { value, precision } = stated;
  const top = stated.through ?? value;
  switch (stated.hedge) {
    case "about":
      return { low: round(Math.min(value - precision, value * (1 - tolerance))), high: round(Math.max(top + precision, top * (1 + tolerance))) };
    case "nearly":
      return { low: round(value * (1 - tolerance)), high: top, highOpen: true };
    case "more":
      return { low: top, high: Number.POSITIVE_INFINITY, lowOpen: true };
    case "atLeast":
      return { low: value, high: Number.POSITIVE_INFINITY };
    case "less":
      return { low: least, high: value, highOpen: true };
    case "atMost":
      return { low: least, high: top };
    default:
      // A rounded amount stops short of the next step either side: "9" (8.5 to 9.5) and "10" do
      // not meet, nor do "an hour" and "half an hour".
      return precision > 0 ? { low: round(value - precision), high: round(top + precision), lowOpen: true, highOpen: true } : { low: value, high: top };
  }
}

/** Turns a hedge over when it stands under a negation: "did not exceed 40" is at most 40. */
export const NEGATED_HEDGE = {
  more: "atMost",
  atLeast: "less",
  less: "atLeast",
  atMost: "more",
  about: undefined,
  nearly: undefined,
} as const;
