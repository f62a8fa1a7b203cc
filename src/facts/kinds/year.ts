// Years written alone: "in 2021", "the 2021 season", "since 2019". "2000 people" is a count.
import type { Token } from "../../types.js";
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { tokenReader } from "../kind.js";
import { foldDigits } from "../digits.js";
import type { FactText } from "../fact-text.js";
import { printDate } from "../print.js";

export const year: FactKindDefinition = {
  kinds: ["year"],
  amount: false,
  least: 0,
  open: tokenReader((token) => token.kind === "number", readYear),
  describe: (fact, vocabulary) => printDate(fact.date ?? {}, vocabulary),
};

function readYear(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  const value = yearOf(tokens[i]!);
  if (value === undefined || value < vocabulary.years.from || value > vocabulary.years.to) return undefined;
  const after = tokens[i + 1];
  const before = tokens[i - 1];
  if (after?.kind === "word" && after.pos === "NOUN" && !vocabulary.years.before.has(before?.norm ?? "")) return undefined;
  return { kind: "year", unit: "", first: i, next: i + 1, date: { year: value } };
}

function yearOf(token: Token): number | undefined {
  const digits = foldDigits(token.norm);
  return /^\d{4}$/.test(digits) ? Number(digits) : undefined;
}
