// Results: the two tallies of a match or a vote, written as one figure ("won 2-0", "a 5-4
// vote", "ruled 2-1"). A result is exact, and its order is the text's: "3-0" is not "2-0".
// A span of years ("2019-20") and a range with a unit ("10-12 people") are read before it.
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { tokenReader } from "../kind.js";
import { foldDigits } from "../digits.js";
import type { FactText } from "../fact-text.js";

/** Tallies above this are not a match's or a vote's. */
const LARGEST_TALLY = 999;
/** The two tallies as one value, the first one's place above the second's. */
const PLACE = LARGEST_TALLY + 1;

export const result: FactKindDefinition = {
  kinds: ["result"],
  amount: false,
  least: 0,
  open: tokenReader((token) => token.kind === "number", readResult),
  describe: (fact) => `${Math.floor(fact.low / PLACE)}-${fact.low % PLACE}`,
};

function readResult(text: FactText, i: number): FactDraft | undefined {
  const { tokens } = text;
  // As one token ("2-0"), or three with a dash the tokenizer splits off ("2–1").
  const dash = tokens[i + 1];
  const joined = dash?.kind === "symbol" && DASHES.test(dash.raw) && !dash.spaced && tokens[i + 2]?.kind === "number" && !tokens[i + 2]!.spaced;
  const written = joined ? `${tokens[i]!.norm}-${tokens[i + 2]!.norm}` : tokens[i]!.norm;
  const parts = foldDigits(written).split(DASHES);
  if (parts.length !== 2 || !parts.every((part) => /^\d{1,3}$/.test(part))) return undefined;
  const [first, second] = parts.map(Number) as [number, number];
  return { kind: "result", unit: "", first: i, next: joined ? i + 3 : i + 1, stated: { value: first * PLACE + second, precision: 0 } };
}

const DASHES = /[-\u2013]/u;
