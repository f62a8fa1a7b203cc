import { describe, expect, it } from "vitest";
import { coverage } from "../../src/judge/detectors/coverage.js";
import { words } from "../../src/judge/detectors/words.js";
import { findingsOf, passageView } from "../helpers/judge.js";

describe("the words detector", () => {
  it("finds nothing wrong when the words agree", () => {
    expect(findingsOf(words, "The unit is poorly funded.", "The cold case unit is poorly funded.")).toEqual([]);
  });

  it.each([
    ["a deputy for the post itself", "Tobias Wrenfield is the mayor of Quenby.", "The charge was proposed by deputy mayor Tobias Wrenfield.", 'says "deputy mayor", not "mayor"'],
    ["a former holder, where the claim says the post is held now", "Ann Lee is the chief executive.", "The report was written by former chief executive Ann Lee.", 'says "former executive"'],
    ["a post sought, where the claim says it is held", "Priya Desmukh is the chair of the business committee.", "Priya Desmukh, who was nominated for chair of the business committee, lost.", 'says "for chair", a post sought, not held'],
  ])("finds %s", (_, claim, passage, why) => {
    expect(findingsOf(words, claim, passage)).toEqual([expect.objectContaining({ effect: "lacks", why: expect.stringContaining(why) })]);
  });

  it.each([
    ["the same post, the same word before it", "Tobias Wrenfield is the deputy mayor.", "The charge was proposed by deputy mayor Tobias Wrenfield."],
    ["a former holder, where the claim speaks of the past", "The deputy who raised the alarm in 2023 told the court.", "Her former deputy, who raised the alarm in 2023, told the court."],
    ["a post sought, where the claim says it was sought", "Priya Desmukh was nominated for chair.", "Priya Desmukh was nominated for chair of the business committee."],
  ])("finds nothing wrong: %s", (_, claim, passage) => {
    expect(findingsOf(words, claim, passage)).toEqual([]);
  });

  it("leaves open an opposite noun whose owner a pronoun gives: 'his sister' and 'her brother' may be two people", () => {
    expect(findingsOf(words, "His sister stayed awake.", "Her brother stayed awake.")).toEqual([expect.objectContaining({ effect: "lacks", why: expect.stringContaining('"brother"') })]);
    expect(findingsOf(words, "The sister stayed awake.", "The brother stayed awake.")).toEqual([expect.objectContaining({ effect: "contradicts" })]);
  });

  it("finds an opposite word in the claim's place", () => {
    expect(findingsOf(words, "The unit has cheap tickets.", "The unit has expensive tickets.")).toEqual([
      expect.objectContaining({ effect: "contradicts", why: expect.stringContaining('"expensive"') }),
    ]);
  });

  it("takes only a noun before the head for a kind: not 'only' or 'new'", () => {
    expect(findingsOf(words, "Ann Lee leads the robbery unit of the police.", "Ann Lee leads the cold case unit of the police.")).toEqual([
      expect.objectContaining({ effect: "contradicts", why: 'says "case unit" where the claim says "robbery unit"' }),
    ]);
    expect(findingsOf(words, "Ann Lee leads the new unit.", "Ann Lee leads the cold case unit.")).toEqual([]);
    expect(findingsOf(words, "Ann Lee leads the only unit.", "Ann Lee leads the cold case unit.")).toEqual([]);
    // A noun that may describe as an adjective does ("adult") names no kind another word rules out.
    expect(findingsOf(words, "The surviving adult lynx are still in the glen.", "The Eurasian lynx were released into the glen.")).toEqual([]);
    // Nor is a noun before the claim's verb a kind of that verb.
    expect(findingsOf(words, "A study of glaciers in the mountains suggests that they retreat.", "A survey by the Mumsnet website suggested that they retreat.")).toEqual([]);
  });

  it("takes another adjective before the head for a contradiction only where it names another of one kind", () => {
    expect(findingsOf(words, "Forecasters issued an amber warning for Dunmore.", "Forecasters issued a red warning for Dunmore on Friday.")).toEqual([
      expect.objectContaining({ effect: "contradicts", why: 'says "red warning" where the claim says "amber warning"' }),
    ]);
    // Two branches of one field, each one word to the dictionary.
    expect(findingsOf(words, "She studied mechanical engineering at Lund.", "She studied civil engineering at Lund.")).toEqual([
      expect.objectContaining({ effect: "contradicts", why: 'says "civil engineering" where the claim says "mechanical engineering"' }),
    ]);
    // Words near in meaning may describe the same thing: "massive" for "huge", "famous" for "well-known".
    expect(findingsOf(words, "The fire did huge damage to the mill.", "The fire did massive damage to the mill.")).toEqual([]);
    expect(findingsOf(words, "A well-known author opened the fair.", "A famous author opened the fair.")).toEqual([]);
    // Nor does an adjective merely different say the claim's is wrong.
    expect(findingsOf(words, "Forecasters issued a severe warning for Dunmore.", "Forecasters issued a serious warning for Dunmore.")).toEqual([]);
  });

  it("reads 'the south coast' as a place, whatever the tagger made of it, and 'north' against it", () => {
    expect(findingsOf(words, "The storm swept across the south coast.", "The storm swept across the north coast on Sunday.")).toEqual([
      expect.objectContaining({ effect: "contradicts", why: 'says "north" where the claim says "south"' }),
    ]);
  });

  it("takes a clause's verb said the other way for a contradiction only where what it takes is there", () => {
    const passage = "Shares in Haldor fell 6 percent, while Carlsholm's rose 2 percent.";
    expect(findingsOf(words, "Haldor's shares fell 6 percent after cutting its forecast.", passage)).toEqual([expect.objectContaining({ effect: "lacks", why: 'says "rose" where the claim says "cutting"' })]);
  });

  it("does not take what something is compared with for what is said of it", () => {
    expect(findingsOf(words, "The river was running normally.", "The river was running twice as fast as normal.")).toEqual([
      expect.objectContaining({ effect: "lacks", why: 'names "normal" only as what something is compared with' }),
    ]);
    expect(findingsOf(words, "Sales were high in winter.", "Sales were higher in spring than in winter.")).toEqual([
      expect.objectContaining({ effect: "lacks", why: 'names "winter" only as what something is compared with' }),
    ]);
    // A claim that compares with the same thing says as much.
    expect(findingsOf(words, "The river was running faster than normal.", "The river was running twice as fast as normal.")).toEqual([]);
  });

  it("reads which way a comparison goes: 'later than' against 'earlier than'", () => {
    expect(findingsOf(words, "Chicks hatched nine days later than in 2010.", "Chicks hatched on average nine days earlier than in 2010.")).toEqual([
      expect.objectContaining({ effect: "contradicts", why: expect.stringContaining('"earlier"') }),
    ]);
    expect(findingsOf(words, "Chicks hatched nine days earlier than in 2010.", "Chicks hatched on average nine days earlier than in 2010.")).toEqual([]);
  });
});

describe("the coverage detector", () => {
  it("finds a word of degree the passage does not say, outside any figure", () => {
    expect(findingsOf(coverage, "September's rainfall was below the monthly average.", "September brought 121 millimetres of rain, more than twice the monthly average.")).toEqual([
      expect.objectContaining({ effect: "lacks", why: 'does not say "below"' }),
    ]);
    expect(findingsOf(coverage, "Rainfall in September was below the monthly average.", "Rainfall in September was well below the monthly average.")).toEqual([]);
  });

  it("finds a passage that says only the relation, the rest of the atom in sentences around it with nothing here to stand for it", () => {
    const passage = passageView("Hospitals reported a rise in admissions, and the city opened six cooling centres.", { before: ["Work on the airport line stopped on Saturday."] });
    expect(findingsOf(coverage, "The airport line opened on Saturday.", passage)).toEqual([
      expect.objectContaining({ effect: "lacks", why: 'says "airport", "line", "on Saturday" only in sentences around it' }),
    ]);
    // "it" here stands for what the sentence before names.
    const referring = passageView("Keepers caught it with a net.", { before: ["A red panda escaped on Monday and was found on Wednesday."] });
    expect(findingsOf(coverage, "The red panda was caught on Wednesday.", referring)).toEqual([]);
  });

  it("finds a describing word said in another degree ('largest' for 'larger')", () => {
    expect(findingsOf(coverage, "The budget was larger than last year's.", "Wexmoor, the city's largest employer, said the budget would cost it more than last year.")).toEqual([
      expect.objectContaining({ effect: "lacks", why: expect.stringContaining('"larger"') }),
    ]);
    expect(findingsOf(coverage, "The budget was larger than last year's.", "The budget was larger than last year's, the council said.")).toEqual([]);
  });

  it("passes a passage that holds the atom's words", () => {
    expect(findingsOf(coverage, "The cold case division is an all-volunteer unit.", "The cold case division is a poorly funded, all-volunteer unit.")).toEqual([]);
  });

  it("stops a passage that lacks a figure the claim gives, whatever the rest weighs", () => {
    expect(findingsOf(coverage, "Five of the injured were treated at the scene.", "Nine of the injured were treated at the scene.")).toEqual([
      expect.objectContaining({ effect: "lacks", why: 'does not say "Five"' }),
    ]);
  });

  it("stops a passage that shares the names but not what is said of them", () => {
    expect(findingsOf(coverage, "Courtney Taylor received an award for Abbott Elementary.", "The cast includes Courtney Taylor (Abbott Elementary).")).toEqual([
      expect.objectContaining({ effect: "lacks", why: expect.stringContaining('"received"') }),
    ]);
  });

  it("stops a passage that lacks a thing the atom says takes part, however much else it holds", () => {
    const passage = "Nurses at the hospital voted to strike after rejecting a pay offer of 3 percent.";
    expect(findingsOf(coverage, "Nurses at the hospital voted to strike after rejecting a pay offer of 3 percent from the government.", passage)).toEqual([
      expect.objectContaining({ effect: "lacks", why: 'does not say "government"' }),
    ]);
    expect(findingsOf(coverage, "Nurses at the hospital voted to strike after rejecting a pay offer of 3 percent.", passage)).toEqual([]);
  });

  it("stops a passage that lacks what a preposition links, an adjective too", () => {
    const passage = "Rival carrier Northway offered seats to stranded Skyline passengers at a discount.";
    expect(findingsOf(coverage, "Rival carrier Northway offered seats to stranded Skyline passengers for free.", passage)).toEqual([
      expect.objectContaining({ effect: "lacks", why: 'does not say "free"' }),
    ]);
  });
});
