import { describe, expect, it } from "vitest";
import { assertion } from "../../src/judge/detectors/assertion.js";
import { findingsOf } from "../helpers/judge.js";

describe("the assertion detector", () => {
  it.each([
    ["a plain statement", "Ballard was renewed.", "Ballard was renewed for a second season."],
    ["a modal in both", "Ballard may return in 2026.", "Ballard may return in 2026, the studio said."],
    ["a clause of time hung on what happened, after a colon that ends what is yet to happen", "A solar panel was damaged.", "Only two satellites will fly in June: Nordmet withdrew Ferrow-3 after a solar panel was damaged."],
    ["a hedge the claim reports too", "The treasurer said property taxes could rise.", "The treasurer said property taxes could rise by 3 percent."],
    ["a future reported: 'said … would'", "Property taxes will rise.", "The treasurer said property taxes would rise by 3 percent."],
    ["a future reported, joined to another with no subject between", "The government will subsidise the plant.", "Business secretary Anil Rao said the government would fund retraining for the workers who lose their jobs but would subsidise the plant."],
    ["an allegation the claim reports as one", "Critics accused the board of hiding a deficit.", "Critics have accused the board of hiding a $40 million deficit."],
    ["a thing yet to happen, claimed as yet to happen", "The factory will open in March.", "The company said the factory would open in March."],
    ["a thing yet to happen, claimed as scheduled", "The factory opens in March.", "The factory will open in March."],
    ["an intention the claim reports as one", "The council plans to close the library.", "The council plans to close the library in May."],
    ["a deed after a verb of intention that was done", "The council closed the library.", "The council, which had planned a sale, closed the library in May."],
    ["the terms of what was undertaken", "The deal is worth $2 billion.", "Acme agreed to buy Beta in a deal worth $2 billion."],
    ["a verb after one that says it was done", "The firm cut costs by 10 percent.", "The firm managed to cut costs by 10 percent."],
    ["a verb after a verb and its particle that say it was done", "The mayor won a second term.", "The mayor went on to win a second term."],
    ["a verb after 'the first to'", "Ann Lee won the prize.", "Ann Lee was the first to win the prize."],
    ["a headline's announcement", "Orchard Foods will buy Lakeside Dairy.", "Orchard Foods to buy Lakeside Dairy"],
    ["what follows a verb of intention's 'by' is who meant it", "Clare Lind is the housing minister.", "The bill was proposed by housing minister Clare Lind."],
    ["a clause of time hung on what happened", "The roof was repaired.", "The museum reopened once the roof had been repaired."],
    ["a clause of time the claim hangs on what is to come too", "The museum will reopen once the roof has been repaired.", "The museum will reopen once the roof has been repaired."],
    ["a verb after 'to' hung on a noun said with 'the', which says one did it", "Westmere Hospital missed the target.", "Westmere Hospital was the only hospital in the region to miss the target."],
  ])("finds nothing wrong: %s", (_, claim, passage) => {
    expect(findingsOf(assertion, claim, passage)).toEqual([]);
  });

  it.each([
    ["a question", "There will be a second season.", "Will there be a second season?", "asks rather than states"],
    ["a condition", "Ballard was renewed.", "Fans will celebrate if Ballard is renewed.", "under a condition"],
    ["a clause of time hung on what is yet to happen", "The roof has been repaired.", "The museum said it would reopen in June, once the roof had been repaired.", 'only as what is to come first ("once")'],
    ["the same, with 'will'", "The roof was repaired.", "The museum will reopen when the roof is repaired.", 'only as what is to come first ("when")'],
    ["a possibility the claim states as fact", "Ballard returns in 2026.", "Ballard could return in 2026.", "may be so"],
    ["'would' with no one reporting it", "Property taxes will rise.", "Property taxes would rise under the plan.", "may be so"],
    ["'would' joined to another that no one reports", "Property taxes will rise.", "Under the plan fees would rise for every household and would rise again for firms, and property taxes would rise too.", "may be so"],
    ["'could' even when reported", "Property taxes will rise.", "The treasurer said property taxes could rise.", "may be so"],
    ["'could' against the 'would' of a claim's report", "The treasurer said property taxes would rise.", "The treasurer said property taxes could rise.", "may be so"],
    ["an accusation, not a fact", "The board hid a deficit.", "Critics have accused the board of hiding a $40 million deficit.", 'only as alleged ("accused")'],
    ["a plan, not a deed", "The council closed the library.", "The council plans to close the library in May.", 'only as intended ("plans")'],
    ["a schedule, not a deed", "The bridge opened in 2027.", "The bridge is due to open in 2027.", 'only as intended ("due")'],
    ["a value in a step weighed, not what the thing is now", "The fare is $2.", "The board is considering raising the fare from $2.50 to $3.", "gives $3 only as intended"],
    ["a thing said to be yet to happen, claimed as done", "The factory opened in March.", "The company said the factory would open in March.", "yet to happen"],
    ["a thing that will happen, claimed as done", "The factory opened in March.", "The factory will open in March.", "yet to happen"],
    ["a step weighed, not taken", "The board raised the fare to $3.", "The board is considering raising the fare from $2.50 to $3.", 'only as intended ("considering")'],
    ["an undertaking, not a deed", "Acme bought Beta.", "Acme agreed to buy Beta for $2 billion.", 'only as intended ("agreed")'],
    ["a denial, not a fact", "The board hid a deficit.", "Perez denied that the board hid a deficit.", 'only as alleged ("denied")'],
    ["what a noun holds, a phrase of when between", "Leakage had fallen in 2023.", "Castellan rejected Otterburn's claim in June that leakage had fallen in 2023.", 'only as what "claim" holds'],
    ["what may be done, hung on a noun said with 'a'", "Redmoor bought Wielgosz.", "Redmoor signed Wielgosz on loan, with an option to buy him for £6 million.", 'only as something to do ("option … to")'],
    ["an infinitive whose doer 'for' brings in", "Construction began in the spring.", "The council lost its challenge, clearing the way for construction to begin next spring.", 'only as something to do ("for … to")'],
    ["a purpose, not a deed", "The second season was filmed in California.", "The series was allocated $14.85 million in tax credits from the State of California to film the second season there.", 'only as something to do ("allocated … to")'],
  ])("finds %s", (_, claim, passage, why) => {
    expect(findingsOf(assertion, claim, passage)).toEqual([expect.objectContaining({ effect: "lacks", why: expect.stringContaining(why) })]);
  });

  it.each([
    ["a claim withdrawn", "Ann Lee reached the summit.", "The company has withdrawn its claim that Ann Lee reached the summit in May.", "withdrawn its claim"],
    ["a report retracted", "The mayor resigned.", "The paper retracted its report that the mayor resigned.", "retracted its report"],
  ])("finds what was claimed contradicted when the claim is taken back: %s", (_, claim, passage, source) => {
    expect(findingsOf(assertion, claim, passage)).toEqual([expect.objectContaining({ effect: "contradicts", values: expect.objectContaining({ source }) })]);
  });
});
