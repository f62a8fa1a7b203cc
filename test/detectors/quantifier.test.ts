import { describe, expect, it } from "vitest";
import { quantifier } from "../../src/judge/detectors/quantifier.js";
import { findingsOf } from "../helpers/judge.js";

describe("the quantifier detector", () => {
  it.each([
    ["no quantifier in the claim", "The chicks hatched early.", "The chicks hatched nine days early."],
    ["the same quantifier", "All the chicks hatched early.", "All the chicks hatched nine days early."],
    ["one of the same sense", "Every chick hatched early.", "All chicks hatched early this spring."],
    ["the quantifier after the noun", "All the chicks hatched early.", "The chicks all hatched early."],
    ["the same quantifier before a count", "All nine authors received fees.", "All nine authors received fees from the firm."],
    ["the same quantifier before an owner", "Westline cut speeds on all of its lines.", "Westline cut speeds on all of its lines on Tuesday."],
    ["'all' of a narrower thing, said so in the claim too", "The firm will switch off all non-essential lighting.", "The firm said it would switch off all non-essential lighting at night."],
    ["a quantifier that does not say a thing of the whole", "Several chicks hatched early.", "Several sickly chicks hatched early."],
    ["an ordinal is a fact, not a quantifier", "It was Dunmore's first title since 1998.", "Dunmore won their first title since 1998."],
  ])("finds nothing wrong: %s", (_, claim, passage) => {
    expect(findingsOf(quantifier, claim, passage)).toEqual([]);
  });

  it.each([
    ["'all' the passage does not say", "All the chicks hatched early.", "The chicks hatched nine days early.", 'does not say "all" of chicks'],
    ["'only' the passage does not say", "Only Maria Chen opposed the budget.", "Maria Chen and Tom Baker opposed the budget.", 'does not say "only" of Maria Chen'],
    ["another quantifier", "Most of the chicks hatched early.", "Few of the chicks hatched early.", 'does not say "most" of chicks'],
    ["'all' before a count, against a part of it", "All nine authors received fees.", "Two of the nine authors received fees.", 'does not say "all" of nine authors'],
    ["'all' before an owner, against a count", "Westline cut speeds on all of its lines.", "Westline cut speeds on two lines.", 'does not say "all" of lines'],
    ["'all' before a word the passage counts", "All the authors received fees.", "Two of the nine authors received fees.", 'does not say "all" of authors'],
    ["'all' of a narrower thing", "The firm will switch off all lighting.", "The firm said it would switch off all non-essential lighting at night.", 'says "all" only of "non-essential lighting"'],
    ["'every' of a narrower thing", "Every chick hatched early.", "Every wild chick hatched early.", 'says "every" only of "wild chick"'],
  ])("finds %s", (_, claim, passage, why) => {
    expect(findingsOf(quantifier, claim, passage)).toEqual([expect.objectContaining({ effect: "lacks", why })]);
  });
});
