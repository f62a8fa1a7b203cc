import { describe, expect, it } from "vitest";
import { facts } from "../../src/judge/detectors/facts.js";
import { findingsOf, passageView } from "../helpers/judge.js";
import type { PassageView } from "../../src/judge/view.js";

const valid: [string, string, string | PassageView][] = [
  ["a date the passage leaves unsettled in its clause ('today', no date given), the claim's said around it", "Ann Lee was appointed on 29 April 2014.", passageView("Ann Lee was appointed today, the council said.", { before: ["The council met on 29 April 2014."] })],
  ["the same count in words and digits", "The first season has ten episodes.", "The first season consists of 10 episodes."],
  ["the same amount written another way", "It was awarded $14.84 million.", "It was awarded a credit of $14.84m."],
  ["a hedged amount the passage's value falls within", "It was given nearly $14.85 million.", "It was given $14.84 million."],
  ["the same date", "Ballard premiered on July 9.", "Ballard premiered on July 9 on Amazon Prime."],
  ["the same rank", "Ballard ranked No. 4 in the Top 10.", "The show ended at No. 4 in the Top 10."],
  ["the value in the clause without a verb that names the claim's place", "The tablet goes on sale in Canada in June.", "The tablet goes on sale in Mexico on May 2, and in Canada a month later."],
  ["a claim's 'this year' read as the source's year", "The tablet will not be sold in Canada this year.", passageView("The tablet will not be sold in Canada in 2026.", { date: "2026-05-04" })],
  ["the new value of a change, the old one in an aside", "Turnout rose to 48 percent.", "Turnout was 48 percent, up from 39 percent four years ago."],
  ["a noun the value is said of, not what it measures", "Acme's shares rose 6 percent.", "Acme's shares rose 6 percent after the results."],
  ["a part of a whole, as the claim gives them", "61 of the 74 players signed the letter.", "61 of the orchestra's 74 players signed the letter."],
  ["a value after the verb of a clause about the claim's subject", "The state paid $20 million toward the renovation.", "The renovation was funded by the state, which contributed $20 million."],
  ["a date after 'until', which opens no clause, before one 'while' opens", "The trust has postponed the release until 2031.", "The trust has postponed the release until 2031 while it reviews the deaths."],
  ["a period, with another verb between it and a word that moves a date", "Ann Lee ran the firm from 2018 to 2020.", "The vote was postponed while Ann Lee ran the firm from 2018 to 2020."],
  ["a value set beside a name the claim's subject, a noun its name owns, may be", "The 51-year-old head of Norvale's Finnish division was appointed.", "Norvale appointed Daniel Berg, 51, the head of its Finnish division."],
  ["a value beside a name, the claim's noun said before it and a comma", "The 34-year-old finance director signed the contract.", "The finance director, Laurel Garrowby, 34, signed the contract."],
  ["an ordinal right before a name, which says which one", "Anselm Malvik is the uncle of his first officer, Imre Saldanha.", "First officer Imre Saldanha, who was on the bridge with his uncle, Anselm Malvik, was questioned."],
  ["a period a figure changed over", "Breeding pairs declined by 38 percent from 2010 to 2024.", "Breeding pairs declined by 38 percent from 2010 to 2024, the survey found."],
];

const invalid: [string, string, string | PassageView, "lacks" | "contradicts", string][] = [
  ["another count", "The first season has eight episodes.", "The first season consists of 10 episodes.", "contradicts", "claim says 8 episodes, the passage says 10 episodes"],
  ["another day of the same month", "Ballard premiered on July 19.", "Ballard premiered on July 9.", "contradicts", "claim says July 19, the passage says July 9"],
  ["another amount", "It was awarded $41.84 million.", "It was awarded $14.84 million.", "contradicts", "claim says $41.84 million"],
  ["another ordinal", "Prime Video renewed Ballard for a third season.", "Prime Video renewed Ballard for a second season.", "contradicts", "season 3"],
  ["a value the passage does not give", "Ballard's budget was $50 million.", "Ballard's budget was large.", "lacks", "gives no money"],
  ["a passage value that another value of the claim agrees with", "Her pay of $11.8 million included a bonus of $3 million.", "Her pay was $11.8 million last year.", "lacks", "gives $11.8 million, which does not settle $3 million"],
  ["a passage value that another value of the claim agrees with, another of its kind there", "Her pay of $11.8 million included a bonus of $3 million.", "Her pay of $11.8 million included a bonus of $2 million.", "contradicts", "claim says $3 million"],
  ["an age said as a noun after a verb, which stands for what the verb takes", "Edwina Falkroyd is 68.", "Edwina Falkroyd sold the four-year-old privately.", "lacks", "gives no age for 68"],
  ["a value after another verb 'and' joins on", "Acme was founded in 1971 by Eustace Vantrell.", "Acme was founded by Eustace Vantrell and has been run since 2015 by his daughter.", "lacks", "gives no year for 1971"],
  ["a value of the claim's kind in its clause that does not settle it, one around it agreeing", "The road will be shut for no more than six weeks.", passageView("The engineer said the road would stay shut for at least six weeks.", { before: ["The slide came after three days of rain."] }), "lacks", "gives at least six weeks, which does not settle no more than six weeks"],
  ["the measured value of another instance: another season's count", "The first season has eight episodes.", "The second season has 10 episodes.", "lacks", "another instance"],
  ["an instance the claim does not name", "Ballard premiered on July 19.", "Ballard season 2 premiered on June 5.", "lacks", "another instance"],
  ["an instance the claim does not name, as the verb's object", "Riverside premiered on July 19.", "Riverside premiered its second season on June 5.", "lacks", "another instance"],
  ["a value on the other side of a contrast is another verb's", "Keller was convicted on all 14 counts.", "Keller had denied 14 counts, but a jury convicted him of 12 of them.", "lacks", "gives 12, which does not settle 14 counts"],
  ["an ordinal behind a preposition says nothing of which one", "Ann Lee won the award in 1993.", "Ann Lee won the award in 1991 for her second novel.", "contradicts", "claim says 1993"],
  ["an ordinal behind another verb says nothing of which one", "Ann Lee taught for two decades.", "Ann Lee taught for a decade before publishing her first novel.", "contradicts", "claim says 2 decades"],
  ["the value of another place, in the clause that names it", "The tablet goes on sale in Canada in May.", "The tablet goes on sale in Mexico on May 2, and in Canada a month later.", "contradicts", "claim says May, the passage says June 2"],
  ["a claim's 'next year' against the source's year", "The tablet will go on sale in Canada next year.", passageView("The tablet goes on sale in Canada in 2026.", { date: "2026-05-04" }), "contradicts", "claim says next year (2027), the passage says 2026"],
  ["a denial at another time", "The tablet will not be sold in Canada in 2027.", "The tablet will not be sold in Canada in 2026.", "lacks", 'says "not" of 2026, which says nothing of 2027'],
  ["the time of the opposite event", "The meeting ended at 9.15 p.m.", "The meeting began at 6.30 p.m.", "lacks", 'gives 6.30 p.m. for "began", not for "ended"'],
  ["a sale at a time the passage denies another", "The tablet will be sold in Canada in 2027.", "The tablet will not be sold in Canada in 2026.", "lacks", 'says "not" of 2026'],
  ["the old value of a change said as the new", "Turnout rose to 39 percent.", "Turnout was 48 percent, up from 39 percent four years ago.", "contradicts", "claim says 39%, the passage says 48%"],
  ["the date of another event", "The library will close in April for renovation.", "The library reopened on June 1 after renovations.", "lacks", 'gives June 1 for "reopened", not for "close"'],
  ["a figure the claim gives over a scope the passage does not say", "Iron Tide took more than $200 million worldwide.", "Iron Tide took $94 million in North America over the weekend.", "lacks", "gives $94 million, but not worldwide"],
  ["another figure over the same scope", "Iron Tide took $94 million worldwide.", "Worldwide, Iron Tide took $210 million.", "contradicts", "claim says $94 million, the passage says $210 million"],
  ["a share of a group the passage does not name", "The strike was backed by 82 percent of the hospital's nurses.", "The union said 87 percent backed strike action.", "lacks", "gives 87 percent, but not of nurses"],
  ["another share of the same group", "The strike was backed by 82 percent of the hospital's nurses.", "The strike was backed by 87 percent of the nurses.", "contradicts", "claim says 82%, the passage says 87%"],
  ["the whole of which a part did it, as the count of those who did", "74 players signed the letter.", "61 of the orchestra's 74 players signed the letter.", "lacks", "gives 74 players as the whole, of which 61"],
  ["a value of what another name owns", "Brightwater won the recount by six votes.", "Brightwater won the seat after a recount, overturning Okonkwo-Reyes's 12-vote victory.", "lacks", "gives 12-vote as Okonkwo-Reyes's"],
  ["the part, against the whole of which it is part", "61 players signed the letter.", "61 of the orchestra's 74 players signed the letter.", "lacks", "gives 74 players as the whole, of which 61"],
  ["a count that does another verb", "More than 50 members voted for the bill.", "The assembly passed the bill by 54 votes to 41, with five members abstaining.", "lacks", "gives no figure"],
  ["a count that does another verb after an auxiliary", "The council had expected about 3,000 people.", "Around 3,000 people had gathered on the cliffs, twice the number the council had expected.", "lacks", "gives no figure"],
  ["a value of another thing of the claim's kind", "The island council expected 5,000 visitors.", "The city council expected 3,000 visitors.", "lacks", "of the city council, another than the claim's"],
  ["a date outside the clause 'after' opens, which holds the claim's verb", "The publisher went into administration on 6 October.", "Ann Lee withdrew the novel on 6 October after the publisher went into administration.", "lacks", "gives no date"],
  ["the date a change moved from, after a verb and its particle", "The stadium will open in August 2027.", "The opening has been pushed back from August 2027 to August 2029 at the earliest.", "contradicts", "claim says August 2027, the passage says August 2029"],
  ["the date a change moved from, the word of change earlier in its clause", "The pipeline will be completed in 2028.", "The company has brought forward completion of the pipeline from 2028 to December 2026.", "contradicts", "claim says 2028, the passage says December 2026"],
  ["an age set beside another name", "Kuvaro, 27, won the race.", "Kuvaro won the race, and Maelor Breuning, 27, was second.", "lacks", "gives no age for 27"],
  ["another age, set beside another name", "Ferrante, 34, holds the course record.", "Ferrante holds the course record, while Chidera Brisco, 29, was fourth.", "lacks", "gives no age for 34"],
  ["another age, in brackets beside the claim's name", "Ferrante, 34, holds the course record.", "Ferrante (29) holds the course record.", "contradicts", "claim says 34 years old, the passage says 29 years old"],
  ["another age, beside a name the claim's subject may be", "The 47-year-old chief executive of Quellford said the work would go on.", "Griselda Tenterden, 49, chief executive of Quellford, said the work would go on.", "contradicts", "claim says 47 years old, the passage says 49 years old"],
  ["an age beside a name, where the claim's subject is a noun the sentence does not say", "Brellwick's 46-year-old head of quality said the line had stopped.", "Her brother, Sigmund Tavelmoor, 63, who chairs Brellwick's board, said the line had stopped.", "lacks", "gives no age for 46-year-old"],
  ["an age set before another name", "Dr Ferelith Mabry, 46, said the passenger was still being treated.", "Dr Ferelith Mabry said one passenger, 79-year-old Linnet Pennock, was still being treated.", "lacks", "gives no age for 46"],
  ["an age beside a name, where the claim's noun is said in the sentence but not of that name", "His seven-year-old daughter was on board.", "Torquil Gellibrand, 34, a schoolteacher, was on board with his daughter.", "lacks", "gives no age for seven-year-old"],
  ["another age, beside a name the claim gives with its noun", "Finance director Laurel Garrowby is 61.", "Laurel Garrowby, 34, joined the firm in 2010.", "contradicts", "claim says 61 years old, the passage says 34 years old"],
  ["a date inside a clause 'after' opens, the claim's verb outside it", "Ann Lee withdrew the novel on 6 October.", "Ann Lee withdrew the novel after the publisher went into administration on 6 October.", "lacks", "gives no date"],
];

describe("the facts detector", () => {
  it.each(valid)("finds nothing wrong: %s", (_, claim, passage) => {
    expect(findingsOf(facts, claim, passage)).toEqual([]);
  });

  it.each(invalid)("finds %s", (_, claim, passage, effect, why) => {
    const findings = findingsOf(facts, claim, passage);
    expect(findings.map((f) => f.effect)).toContain(effect);
    expect(findings.find((f) => f.effect === effect)!.why).toContain(why);
  });

  it("reads another share, where the passage does not name the counted group it is a share of, as perhaps another group's", () => {
    const findings = findingsOf(facts, "The strike was backed by 82 percent of the hospital's 1,400 nurses.", "The union said 87 percent backed strike action.");
    expect(findings.map((f) => f.effect)).not.toContain("contradicts");
    expect(findings.map((f) => f.why)).toContain("gives 87 percent, but not of 1,400 nurses");
  });

  it("reads another figure, where the passage does not say the claim's time, as perhaps another time's figure", () => {
    const findings = findingsOf(facts, "The library had 4,000 visitors in March.", "The library had 6,500 visitors after the renovation.");
    expect(findings.map((f) => f.effect)).not.toContain("contradicts");
    expect(findings.map((f) => f.why)).toContain("gives 6,500 visitors, but not for March");
  });

  it("reads a wrong date beside agreeing figures as a wrong date, not another instance", () => {
    const findings = findingsOf(facts, "Ballard ranked No. 4 with 619 million minutes in the week of July 28.", "The show ended at No. 4 with 619 million minutes as of the week of July 21.");
    expect(findings).toEqual([expect.objectContaining({ effect: "contradicts", why: expect.stringContaining("July 21") })]);
  });
});
