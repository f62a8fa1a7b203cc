import { describe, expect, it } from "vitest";
import { names } from "../../src/judge/detectors/names.js";
import { findingsOf, passageView } from "../helpers/judge.js";

// Pairs of a claim and a passage: `valid` passages name everything the claim names; `invalid`
// ones lack a name, or give another name in the slot the claim's fills.
const valid: [string, string, string][] = [
  ["the whole name", "Maggie Q stars in Ballard.", "In Ballard, Maggie Q plays the detective."],
  ["a surname alone, as news writes it", "Maggie Q stars in Ballard.", "Ballard, starring Q, premiered."],
  ["case and accents folded", "Renee Ballard leads the unit.", "RENÉE BALLARD leads the unit."],
  ["a name misspelt by one letter", "Renee Balard leads the unit.", "Renée Ballard leads the unit."],
  ["the end of a longer name", "The film joined the United States National Film Registry.", "The film joined the National Film Registry."],
  ["a title before the name", "Judge Lisa White Hardwick applied.", "Lisa White Hardwick applied for the seat."],
  ["a longer form of the name in the claim's slot", "The panda was found on Elm Road.", "The panda was found on Upper Elm Road on Wednesday."],
  ["a shorter form of the name in the claim's slot", "The film is streaming on Amazon Prime Video.", "The film is streaming on Prime Video."],
  ["an office and a surname for the name with the same office", "Jonas Larsen was appointed by Prime Minister Holt.", "Jonas Larsen was appointed by Prime Minister Eva Holt."],
  ["a claim ending on an initial, its period the sentence's", "Ballard stars Maggie Q.", "Ballard stars Maggie Q and Titus Welliver."],
  ["a describing first word is no name", "Several volunteers reported side effects.", "Volunteers reported side effects such as headaches."],
];

const invalid: [string, string, string, "lacks" | "contradicts", string][] = [
  ["a name the passage does not hold", "Ballard was filmed in Vancouver.", "Ballard was filmed in Los Angeles.", "contradicts", "names Los Angeles where the claim has Vancouver"],
  ["another name where the claim has one, after the same word", "Ballard is a spinoff of Nikita.", "Ballard is a spinoff of Bosch.", "contradicts", "names Bosch where the claim has Nikita"],
  ["another place after 'in' in the subject, which says which ones: others, not the claim's elsewhere", "Regulators in the United States must approve the deal.", "Regulators in the European Union must still approve the deal.", "lacks", "does not name United States"],
  ["the claim's name after a phrase that rules it out, another before it", "The 2027 championship will be held in Prague.", "The 2027 championship will be held in Vienna rather than Prague.", "contradicts", "names Vienna where the claim has Prague"],
  ["likewise after 'not'", "The final will be played in Prague.", "The final will be played in Vienna, not Prague.", "contradicts", "names Vienna where the claim has Prague"],
  ["another name after the same word in the subject, a title between", "The family of Clara Voss consigned the painting.", "The painting was consigned by the family of the collector Henrik Aal.", "contradicts", "names Henrik Aal where the claim has Clara Voss"],
  ["another streaming service", "Ballard is streaming on Netflix.", "Ballard is streaming on Prime Video.", "contradicts", "names Prime Video"],
  ["another name before the same noun", "Velo is a Swedish bicycle maker.", "Velo, the Danish bicycle maker, grew.", "contradicts", "names Danish where the claim has Swedish"],
  ["another name joined by a hyphen to the same word", "The Orla is a Maltese-flagged tanker.", "The Orla, a Greek-flagged tanker, ran aground.", "contradicts", "names Greek where the claim has Maltese"],
  ["another name with the same last word", "The canoe capsized near the Elm Street bridge.", "The canoe capsized near the Mill Street bridge.", "contradicts", "names Mill Street where the claim has Elm Street"],
  ["another name with the same last word, after the same word", "The panda was found on Oak Road.", "The panda was found on Elm Road.", "contradicts", "names Elm Road where the claim has Oak Road"],
  ["another person with the same surname", "Maggie Q stars in Ballard.", "Ann Q stars in Ballard.", "lacks", "does not name Maggie Q"],
  ["an office and a surname, the passage's name under another office", "The bill was signed by President Lee.", "The bill was signed by Vice President Ann Lee.", "lacks", "does not name President Lee"],
  ["another office before a name sharing the claim's surname is no other name in its slot", "The bill was signed by President Biden.", "The bill was signed by Joe Biden on Monday.", "lacks", "does not name President Biden"],
  ["a model number one digit off is another name, not a misspelling", "The recall covers the KT-300 model.", "The recall covers the KT-200 model sold since March.", "contradicts", "names KT-200 where the claim has KT-300"],
  ["a first name is not the person", "Michael Mosley joined the cast.", "Michael Connelly joined the cast.", "lacks", "does not name Michael Mosley"],
  ["a name absent altogether", "Maggie Q was born in Honolulu.", "Maggie Q was born in 1979.", "lacks", "does not name Honolulu"],
  ["only one word of a two-word name that is not its end", "The United States National Film Registry chose it.", "The United Nations chose it.", "lacks", "does not name"],
];

describe("the names detector", () => {
  it.each(valid)("finds nothing wrong: %s", (_, claim, passage) => {
    expect(findingsOf(names, claim, passage)).toEqual([]);
  });

  it("takes a name's first words for it where the article gives it in full, and only there", () => {
    const claim = "Lakeside Dairy employs 3,400 people.";
    expect(findingsOf(names, claim, passageView("Lakeside employs about 3,400 people.", { before: ["Orchard Foods will buy Lakeside Dairy."] }))).toEqual([]);
    expect(findingsOf(names, claim, "Lakeside employs about 3,400 people.")).toEqual([expect.objectContaining({ effect: "lacks", why: "does not name Lakeside Dairy" })]);
  });

  it("takes the subject from the sentences before only where the sentence has no doer of its own", () => {
    const before = ["Fire chief Dana Reyes said the river was fast."];
    expect(findingsOf(names, "Dana Reyes urged people to stay away.", passageView("She urged people to stay away.", { before }))).toEqual([]);
    expect(findingsOf(names, "Dana Reyes urged people to stay away.", passageView("The fire service has urged people to stay away.", { before }))).toEqual([
      expect.objectContaining({ effect: "lacks", why: "does not name Dana Reyes" }),
    ]);
  });

  it.each(invalid)("finds %s", (_, claim, passage, effect, why) => {
    const findings = findingsOf(names, claim, passage);
    expect(findings.map((f) => f.effect)).toContain(effect);
    expect(findings.find((f) => f.effect === effect)!.why).toContain(why);
  });

  it("takes no subject from the sentences before for a passive verb whose own doer follows 'by'", () => {
    const view = passageView("An investigation into a complaint about the clocks, filed by a spectator, found no fault.", { before: ["Leyla Soltani lost the final."] });
    expect(findingsOf(names, "Leyla Soltani filed a complaint about the clocks.", view)).toEqual([expect.objectContaining({ effect: "lacks", why: "does not name Leyla Soltani" })]);
  });

  it("accepts a subject named a sentence before, which the passage calls 'she'", () => {
    const view = passageView("She was born in Hong Kong.", { before: ["Maggie Q spoke to reporters."] });
    expect(findingsOf(names, "Maggie Q was born in Hong Kong.", view)).toEqual([]);
  });

  describe("a name the article is about, found in a sentence near one that names no one else", () => {
    const claim = "Dana Whitfield is the showrunner of The Harbor.";
    const before = ["The Harbor premiered yesterday."];
    it("is found: 'Showrunner Dana Whitfield said …' in an article titled 'The Harbor sets sail'", () => {
      const view = passageView("Showrunner Dana Whitfield said the season has eight episodes.", { before, title: "The Harbor sets sail" });
      expect(findingsOf(names, claim, view)).toEqual([]);
    });
    it("is not, where the sentence names someone else", () => {
      const view = passageView("Showrunner Dana Whitfield praised Sam Lee.", { before, title: "The Harbor sets sail" });
      expect(findingsOf(names, claim, view).map((f) => f.why)).toContain("does not name Harbor");
    });
    it("is not, where the article is about something else", () => {
      const view = passageView("Showrunner Dana Whitfield said the season has eight episodes.", { before, title: "Streaming news" });
      expect(findingsOf(names, claim, view).map((f) => f.why)).toContain("does not name Harbor");
    });
  });
});
