import { describe, expect, it } from "vitest";
import { relation } from "../../src/judge/detectors/relation.js";
import { polarity } from "../../src/judge/detectors/polarity.js";
import { findingsOf, judgeAtoms, passageView } from "../helpers/judge.js";

describe("the relation detector", () => {
  it.each([
    ["the same verb", "The mayor signed the budget.", "The mayor signed the budget on Monday."],
    ["a paraphrase the lexicon lists", "Maggie Q stars as Renée Ballard.", "Maggie Q plays Renée Ballard."],
    ["another inflection", "Ballard premiered in July.", "Ballard's premiere came in July."],
    ["a figure that gained for one that rose", "Acme's sales rose 4 percent.", "Acme's sales gained 4 percent."],
    ["a figure that declined for one that fell", "Acme's sales fell 4 percent.", "Acme's sales declined 4 percent in May."],
    ["priced at for costs", "The tablet costs $499.", "The tablet is priced at $499."],
    ["a forecast for what a company expects", "Acme expects sales of $3 million.", "Acme raised its sales forecast to $3 million."],
    ["'up from' for rose", "Sales rose to $5 million.", "Sales were $5 million, up from $4 million."],
    ["a light verb, whose arguments carry the claim", "The first season has 10 episodes.", "The first season consists of 10 episodes."],
    ["a verb and its particle for a one-word synonym", "Ann Lee refused the offer.", "Ann Lee turned down the offer."],
    ["a verb and its particle, a pronoun between", "Ann Lee refused it.", "Ann Lee turned it down."],
    ["passed away for died", "Ann Lee died in May.", "Ann Lee passed away in May."],
    ["based in for headquartered in, a paraphrase the lexicon lists", "Acme is headquartered in Leeds.", "Acme is based in Leeds."],
    ["stepped down for resigned", "The minister resigned in May.", "The minister stepped down in May."],
    ["verbs that relate, with the same particle", "The team went back to Leeds.", "The team headed back to Leeds."],
  ])("finds nothing wrong: %s", (_, claim, passage) => {
    expect(findingsOf(relation, claim, passage)).toEqual([]);
  });

  it.each([
    ["an opposite verb", "Prices rose in March.", "Prices fell in March.", "contradicts", 'says "fell" where the claim says "rose"'],
    ["the opposite decision on the same bill", "The governor signed the bill.", "The governor vetoed the bill.", "contradicts", "vetoed"],
    ["a road reopened against one closed, a pair the lexicon lists", "Route 9 is still closed.", "Route 9 reopened on Saturday.", "contradicts", 'says "reopened" where the claim says "closed"'],
    ["a bill rejected against one passed", "The assembly rejected the bill.", "The assembly passed the bill by 54 votes to 41.", "contradicts", 'says "passed" where the claim says "rejected"'],
    ["opposed against in favour", "The council favoured the plan.", "The council opposed the plan.", "contradicts", "opposed"],
    ["'up from' against fell", "Sales fell to $5 million.", "Sales were $5 million, up from $4 million.", "contradicts", "up from"],
    ["backed against opposed", "The mayor opposed the plan.", "The mayor backed the plan.", "contradicts", "backed"],
    ["a figure that declined against one that gained", "Acme's sales gained 4 percent.", "Acme's sales declined 4 percent.", "contradicts", "declined"],
    ["upheld against struck down, a phrase the lexicon lists", "The court upheld the ban.", "The court struck down the ban.", "contradicts", "struck"],
    ["the opposite of a verb and its particle", "Ann Lee accepted the offer.", "Ann Lee turned down the offer.", "contradicts", 'says "turned down" where the claim says "accepted"'],
    ["who said it, where nothing says they said anything", "Ann Lee said the budget passed.", "The budget passed, and Ann Lee cheered.", "lacks", 'does not say "said"'],
    ["an opposite verb of something the claim gives a figure for and the passage does not: another offer, maybe", "The union turned down a 3.5 percent pay offer.", "Union members accepted the new offer on Wednesday.", "lacks", "gives nothing for 3.5 percent"],
    ["an opposite verb at another time: another event", "The meeting ended at 9.15 p.m.", "The meeting began at 6.30 p.m.", "lacks", "but at 6.30 p.m., not 9.15 p.m."],
    ["likewise on another day", "Prices rose on Monday.", "Prices fell on Tuesday.", "lacks", "but at"],
    ["an opposite verb at the same time: a contradiction", "Prices rose on Monday.", "Prices fell on Monday.", "contradicts", 'says "fell" where the claim says "rose"'],
    ["the same with the figure there: a contradiction", "The union turned down a 3.5 percent pay offer.", "Union members accepted the 3.5 percent pay offer on Wednesday.", "contradicts", 'says "accepted"'],
    ["a verb form that only says what kind of noun follows", "Mount Kerr has been climbed.", "Ann Lee and her climbing partner, Tom Roe, reached the top of Mount Kerr.", "lacks", 'has "climbing" only to say what kind of partner is meant'],
    ["an active verb with no object, the claim's passive subject only named before", "Mount Kerr has been climbed.", passageView("The pair climbed without oxygen.", { title: "Climbers reach the top of Mount Kerr", before: ["Mount Kerr is the highest peak in the range."] }), "lacks", 'says who "climbed", not that it was done to Mount Kerr'],
  ])("finds %s", (_, claim, passage, effect, why) => {
    expect(findingsOf(relation, claim, passage)).toEqual([expect.objectContaining({ effect, why: expect.stringContaining(why) })]);
  });

  it.each([
    ["the same kind of noun in the claim", "Lucas Ferrand was the defending champion.", "Lucas Ferrand, the defending champion, lost in the final."],
    ["a passive verb, its subject named before", "Mount Kerr was climbed in 1961.", passageView("It was climbed in 1961 by a Swiss team.", { before: ["Mount Kerr is the highest peak in the range."] })],
    ["an active verb with its object, the claim's passive subject named before", "Mount Kerr was climbed in 1961.", passageView("The pair climbed the peak in 1961.", { title: "Climbers reach the top of Mount Kerr", before: ["Mount Kerr is the highest peak in the range."] })],
  ])("finds nothing wrong: %s", (_, claim, passage) => {
    expect(findingsOf(relation, claim, passage)).toEqual([]);
  });

  it("takes 'lasted' as a light verb, which only ties a thing to how long it took", () => {
    expect(judgeAtoms("The talks lasted 11 hours.", "A deal was reached after 11 hours of talks.").map((j) => j.outcome)).toEqual(["stated"]);
    expect(judgeAtoms("The talks lasted less than 10 hours.", "A deal was reached after 11 hours of talks.").map((j) => j.outcome)).toEqual(["contradicted"]);
  });

  it("finds an atom without a verb of its own held only by the sentences around the passage", () => {
    const around = passageView("It also took in 2.5 billion minutes.", { before: ["The show holds a 100% on Rotten Tomatoes, while the Popcornmeter holds 77%."] });
    expect(findingsOf(relation, "The Popcornmeter score for the show is 100%.", around)).toEqual([
      expect.objectContaining({ effect: "lacks", why: "holds none of it itself, only sentences around it" }),
    ]);
    expect(findingsOf(relation, "The Popcornmeter score for the show is 77%.", passageView("The show holds a 100% on Rotten Tomatoes, while the Popcornmeter holds 77%."))).toEqual([]);
  });
});

describe("a verb and its particle", () => {
  it("does not state the verb alone where WordNet knows the two as another verb", () => {
    const [judgement] = judgeAtoms("The soldiers carried the plan.", "The soldiers carried out the plan.");
    expect(judgement!.outcome).toBe("not-stated");
    expect(judgement!.decisive?.why).toContain('does not say "carried"');
  });
});

describe("the polarity detector", () => {
  it.each([
    ["both affirm", "Ballard was renewed.", "Ballard was renewed for a second season."],
    ["both negate", "Ballard was not renewed.", "Ballard has not been renewed."],
    ["a negated opposite says the same", "The food is expensive.", "The food is not cheap."],
    ["a part the passage negates in another clause's verb", "The committee defended the tax rules.", "The committee defended the rules, so firms would not hide their tax affairs."],
    ["a clause with its own subject inside a negation, saying what the negated thing is", "The union asked for 7 percent.", "The union said the deal was not everything it asked for."],
    ["a refusal the claim states as a denial", "The council did not approve the budget.", "The council refused to approve the budget."],
    ["a part counted by 'none', not denied", "Most of the coins were bronze.", "None of the coins was gold; most were bronze."],
    ["a part both negate", "The pay will not be funded by cutting services.", "The pay will be funded by savings, not by cutting services."],
    ["the part the passage affirms beside the one it negates", "The pay will be funded by savings.", "The pay will be funded by savings, not by cutting services."],
    ["a negated verb that takes something else", "The council approved the bridge.", "The council did not approve the budget."],
    ["a negated verb of another clause, what the claim's takes absent", "The reports involved fires.", "The professor, who was not involved in the reports, welcomed them."],
    ["a thing both deny", "The board suspended Ann Lee without pay.", "The board suspended Ann Lee without pay on Monday."],
    ["a negation of the verb both give, not of the thing after it", "The old bridge is not open to heavy vehicles.", "The old bridge is not open to heavy vehicles."],
    ["a part both rule out, the claim with 'rather than'", "An engine fault rather than a bird strike grounded the plane.", "An engine fault, not a bird strike, grounded the plane."],
    ["likewise deep in the phrase it rules out", "The lower price reflects the survey rather than any cooling of Orvane's commitment.", "The lower price reflects the survey, not any cooling of Orvane's commitment."],
    ["a name in a phrase after a noun the passage denies", "The figure reflects Orvane's commitment to Saxcombe Hill.", "The figure reflects the survey, not any cooling of Orvane's commitment to Saxcombe Hill."],
    ["a verb a phrase rules out, against a claim that denies it", "The pavilion will not be repaired.", "The pavilion would be demolished rather than repaired."],
    ["a limit denied, which only says when, against the same denial", "The insurer will not pay until the inquiry ends.", "The insurer will not pay until the inquiry ends."],
    ["a limit denied, which only says when, against no limit", "The pier will reopen in 2027.", "The pier will not reopen before the summer of 2027."],
    ["a verb in a relative clause, under another verb's negation", "A committee member voted against the appeal.", "The committee did not name the member who voted against the appeal."],
    ["a verb joined on with a tense of its own, after a bare verb the negation holds", "Renkvist said he would request a recount.", "Renkvist did not concede and said he would request a recount."],
    ["what a light verb takes, denied in both", "The airport does not have its own drone-detection equipment.", "The airport does not have its own drone-detection equipment."],
    ["what a light verb takes, the claim denying it itself", "Families deserve answers, not apologies.", "Families deserve answers, not apologies, she said."],
    ["a verb joined on with an auxiliary of its own, after a bare verb the negation holds", "Halvern has begun testing every wheel.", "The company would not appeal the fine and had begun testing every wheel."],
    ["a verb in a relative clause with a subject of its own, under another verb's negation", "Norrbay Air closed the pension scheme.", "The new agreement does not restore the pension scheme that Norrbay Air closed in 2019."],
    ["a verb in a clause of when, under another verb's negation", "Councillors voted on the stadium.", "The council did not publish the assessment before councillors voted on the stadium."],
    ["a limit denied, against the verb refused with the same limit", "The council did not publish the assessment before councillors voted.", "The council had failed to publish the assessment before councillors voted on 14 March."],
    ["a phrase of distance, no denial", "Patients are treated far from home.", "Patients are treated at home."],
    ["a deed the claim dates, denied with no time", "The library opened in 1908.", "The libraries will not open on Sundays."],
  ])("finds nothing wrong: %s", (_, claim, passage) => {
    expect(findingsOf(polarity, claim, passage)).toEqual([]);
  });

  it.each([
    ["a denial of others in the passage", "Two skiers were missing.", "Police said no other skiers were missing.", "no other"],
    ["a denial of others in the claim", "No skiers other than Ann Lee were missing.", "Two skiers were missing.", "No skiers other"],
    ["a denial of anyone else", "Ann Lee was hurt.", "Nobody else was hurt in the crash.", "Nobody else"],
    ["a denial of any but those the sentence opens by excepting", "Apart from the Varenski, no painting was taken.", "The Varenski was taken from the gallery.", "Apart from the Varenski, no"],
    ["a negated verb of another clause that takes a thing of its own", "The ship was carrying grain.", "The ship left with grain on board, and it was not carrying any hazardous cargo.", "of \"cargo\""],
    ["a saying denied, of more than the atom holds", "Frayte did not say whether staff would be disciplined.", "Frayte said the board would refund the fees.", "does not settle"],
  ])("leaves open a verb said the other way only of others: %s", (_, claim, passage, words) => {
    expect(findingsOf(polarity, claim, passage)).toEqual([expect.objectContaining({ effect: "lacks", why: expect.stringContaining(words) })]);
  });

  it.each([
    ["a verb whose object is a pronoun in its clause", "The jury did not convict Keller.", "Keller had denied the charges, but a jury convicted him of 12 of them."],
    ["a denial of the saying, nothing more said", "Norvale did not confirm its forecast.", "The company also confirmed its forecast."],
    ["a verb a phrase rules out", "The pavilion will be repaired.", "The pavilion will be demolished rather than repaired."],
    ["a limit denied, which only says when, against the same limit", "The pier will reopen before the summer of 2027.", "The pier will not reopen before the summer of 2027."],
    ["a limit denied, which only says when, against the verb denied with no limit", "The pier will not reopen until May.", "The owners said the pier will not reopen."],
    ["a bare verb joined on, which shares the negation", "Ann Lee left the board.", "Ann Lee did not resign or leave the board."],
    ["what a light verb takes, denied", "The airport has its own drone-detection equipment.", "The airport does not have its own drone-detection equipment."],
    ["a verb joined on with a negation of its own", "Ann Lee left the board.", "Ann Lee did not resign and did not leave the board."],
    ["a plan the claim dates, denied with no time", "The factory will close by the end of September.", "The factory will no longer close and will instead be sold."],
  ])("still finds a verb said the other way: %s", (_, claim, passage) => {
    expect(findingsOf(polarity, claim, passage)).toEqual([expect.objectContaining({ effect: "contradicts" })]);
  });

  it("leaves open a verb said the other way of another doer, the claim's named in a clause of when", () => {
    const passage = "Musicians will receive a 2 percent rise this year, after the city council agreed to a one-off grant of £600,000.";
    expect(findingsOf(polarity, "The city council will not increase the grant.", passage)).toEqual([expect.objectContaining({ effect: "lacks", why: expect.stringContaining("another clause") })]);
    // A doer set off by an aside, not by a clause of when, still contradicts.
    expect(findingsOf(polarity, "The council, which meets monthly, will not increase the grant.", "The council, which meets monthly, will raise the grant.")).toEqual([
      expect.objectContaining({ effect: "contradicts" }),
    ]);
  });

  it("leaves open a verb said the other way of another thing of the claim's kind", () => {
    const passage = "The city council did not expect to take action.";
    expect(findingsOf(polarity, "The island council expected to take action.", passage)).toEqual([expect.objectContaining({ effect: "lacks", why: expect.stringContaining("of the city council, another than the claim's") })]);
    // A claim that says only "the council" is about the city's as much as any.
    expect(findingsOf(polarity, "The council expected to take action.", passage)).toEqual([expect.objectContaining({ effect: "contradicts" })]);
  });

  it("leaves a claim open where what its verb takes stands past a contrast from the verb said the other way", () => {
    const passage = "The jury convicted Acme of failing to maintain the bridge but cleared the company of the count over its design.";
    expect(findingsOf(polarity, "The jury did not convict Acme on the count over the bridge's design.", passage)).toEqual([expect.objectContaining({ effect: "lacks", why: expect.stringContaining("other side of a contrast") })]);
    expect(findingsOf(polarity, "The jury did not convict Acme of failing to maintain the bridge.", passage)).toEqual([expect.objectContaining({ effect: "contradicts" })]);
  });

  it.each([
    ["a negation the claim lacks", "Maggie Q was looking to lead a show.", "I honestly was not looking to lead a show again, Maggie Q said.", "negates"],
    ["has yet to, against done", "Ballard has yet to be renewed.", "Ballard was renewed for a second season.", "affirms"],
    ["a verb after a modal the tagger reads as an adjective", "Orchard will close the plants.", "Orchard said it would not close any plants.", "negates"],
    ["a part negated where its relation is not", "The pay will be funded by cutting services.", "The pay will be funded by savings, not by cutting services.", 'says not "cutting services"'],
    ["a clause a negated verb takes", "Dunmore won the race.", "Ann Lee did not think Dunmore won the race.", "negates"],
    ["a verb refused", "The council approved the budget.", "The council refused to approve the budget.", 'says "refused to approve"'],
    ["a thing denied with 'no'", "He broke the law.", "He broke no law.", 'says not "law"'],
    ["a doer denied", "The union will pay for the repairs.", "The city, not the union, will pay for the repairs.", 'says not "union"'],
    ["a thing the claim denies, given by the passage", "The board suspended Ann Lee without pay.", "The board suspended Ann Lee on full pay.", 'says "on full pay" where the claim denies it'],
    ["likewise with 'no'", "The board suspended Ann Lee with no pay.", "The board suspended Ann Lee on full pay.", "where the claim denies it"],
  ])("finds %s", (_, claim, passage, why) => {
    expect(findingsOf(polarity, claim, passage)).toEqual([expect.objectContaining({ effect: "contradicts", why: expect.stringContaining(why) })]);
  });
});
