// Whether an evidence fact bears out a claim's fact, case by case: each row names what it shows.
import { describe, expect, it } from "vitest";
import { agree, type Agreement } from "../src/facts/agree.js";
import { loadFactVocabulary } from "../src/facts/load-vocabulary.js";
import { placeFact } from "../src/facts/place.js";
import { readFacts } from "../src/facts/read.js";
import { readTokens } from "../src/language/english/tokens.js";
import { NEGATIONS, STOPWORDS } from "../src/text/lexicon.js";
import type { Fact } from "../src/types.js";

const vocabulary = loadFactVocabulary();
const words = { stopwords: STOPWORDS, negations: NEGATIONS };

interface Row {
  shows: string;
  claim: string;
  evidence: string;
  expected: Agreement | undefined;
  /** The evidence source's date. */
  date?: string;
  /** Which of the evidence's facts, by its display, when it has several. */
  pick?: string;
}

/** The one fact of a text, or the one printed as `pick`. */
function factOf(text: string, date?: string, pick?: string): Fact {
  const facts = readFacts(readTokens(text, words), vocabulary, { date }).facts;
  const chosen = pick === undefined ? facts : facts.filter((f) => f.display === pick);
  expect(chosen.map((f) => f.display), text).toHaveLength(1);
  return chosen[0]!;
}

const ROWS: Row[] = [
  // amounts
  { shows: "the same count agrees", claim: "43 people", evidence: "43 people", expected: "agree" },
  { shows: "a count the claim's comparative allows agrees", claim: "more than 40 people", evidence: "43 people", expected: "agree" },
  { shows: "a comparative does not settle an exact claim", claim: "43 people", evidence: "more than 40 people", expected: "unresolved" },
  { shows: "a count below the claim's comparative conflicts", claim: "more than 40 people", evidence: "38 people", expected: "conflict" },
  { shows: "'more than 40' excludes 40 itself", claim: "more than 40 people", evidence: "40 people", expected: "conflict" },
  { shows: "'at least 40' includes 40", claim: "at least 40 people", evidence: "40 people", expected: "agree" },
  { shows: "a ceiling is an estimate: another ceiling misstates it", claim: "up to 6,000 jobs", evidence: "up to 600 jobs", expected: "conflict" },
  { shows: "the same ceiling agrees", claim: "up to 600 jobs", evidence: "up to 600 jobs", expected: "agree" },
  { shows: "a value under a ceiling is not settled by the ceiling", claim: "500 jobs", evidence: "up to 600 jobs", expected: "unresolved" },
  { shows: "two ranges written as two numbers agree only end for end", claim: "aged 60 to 85", evidence: "aged 60 to 85", expected: "agree" },
  { shows: "a wider range written as two numbers states other ends", claim: "aged 50 to 85", evidence: "aged 60 to 85", expected: "conflict" },
  { shows: "a claim's range written as two numbers holds a value inside it", claim: "between 10 and 12 people", evidence: "11 people", expected: "agree" },
  { shows: "a decade holds a part of it", claim: "in his thirties", evidence: "in his early thirties", expected: "agree" },
  { shows: "'exceeded' is 'more than'", claim: "more than 40 people", evidence: "It exceeded 40 people.", expected: "agree" },
  { shows: "a negated 'exceed' is at most", claim: "more than 40 people", evidence: "It did not exceed 40 people.", expected: "conflict" },
  { shows: "another whole count conflicts", claim: "10 episodes", evidence: "12 episodes", expected: "conflict" },
  { shows: "digits and words give the same count", claim: "ten episodes", evidence: "10 episodes", expected: "agree" },
  { shows: "'twice' is two times", claim: "twice", evidence: "two times", expected: "agree" },
  { shows: "'dozens' allows 43", claim: "dozens of people", evidence: "43 people", expected: "agree" },
  { shows: "a count within the claim's range agrees", claim: "between 10 and 12 people", evidence: "11 people", expected: "agree" },
  { shows: "a range does not settle a count within it", claim: "11 people", evidence: "10-12 people", expected: "unresolved" },
  { shows: "a count outside the claim's range conflicts", claim: "10-12 people", evidence: "14 people", expected: "conflict" },
  { shows: "'about' widens to the tolerance", claim: "about 40 people", evidence: "43 people", expected: "agree" },
  { shows: "'about' does not settle an exact count", claim: "43 people", evidence: "about 40 people", expected: "unresolved" },
  { shows: "a scaled amount holds its long form", claim: "$14.84 million", evidence: "$14,840,000", expected: "agree" },
  { shows: "'nearly' allows a little below", claim: "nearly $15 million", evidence: "$14.84 million", expected: "agree" },
  { shows: "'nearly' excludes above", claim: "nearly $15 million", evidence: "$15.2 million", expected: "conflict" },
  { shows: "precision comes from the digits written", claim: "2.5 billion minutes", evidence: "2.52 billion minutes", expected: "agree" },
  { shows: "a rounder figure does not settle a finer one", claim: "2.52 billion minutes", evidence: "2.5 billion minutes", expected: "unresolved" },
  { shows: "a percentage holds what rounds to it", claim: "77%", evidence: "77.4 percent", expected: "agree" },
  { shows: "neighbouring percentages do not meet", claim: "77%", evidence: "78%", expected: "conflict" },
  // units and kinds
  { shows: "another currency is another thing", claim: "$5", evidence: "€5", expected: undefined },
  { shows: "another counted noun is another thing", claim: "10 episodes", evidence: "10 seasons", expected: undefined },
  { shows: "another kind is another thing", claim: "10 episodes", evidence: "10%", expected: undefined },
  { shows: "a bare number a change goes to counts what a count counts", claim: "five people", evidence: "The toll has risen to 5.", expected: "agree" },
  { shows: "another such number conflicts with a count", claim: "three people", evidence: "The toll has risen to five.", expected: "conflict" },
  { shows: "a bare number elsewhere says nothing of what it counts", claim: "five people", evidence: "The storm hit Route 5.", expected: undefined },
  { shows: "scores out of different scales are not compared", claim: "6/10", evidence: "3/5", expected: undefined },
  // scores, ranks, ordinals, ages, durations
  { shows: "a score written two ways agrees", claim: "6/10", evidence: "6 out of 10", expected: "agree" },
  { shows: "another score conflicts", claim: "6/10", evidence: "7/10", expected: "conflict" },
  { shows: "a rank within the top agrees", claim: "a top 10 hit", evidence: "No. 4", expected: "agree" },
  { shows: "'top 10' does not settle a rank", claim: "No. 4", evidence: "a top 10 hit", expected: "unresolved" },
  { shows: "a rank below the top conflicts", claim: "a top 5 hit", evidence: "No. 7", expected: "conflict" },
  { shows: "'fourth place' is No. 4", claim: "No. 4", evidence: "It finished fourth place.", expected: "agree" },
  { shows: "'second season' is Season 2", claim: "the second season", evidence: "Season 2", expected: "agree" },
  { shows: "another season conflicts", claim: "the second season", evidence: "the third season", expected: "conflict" },
  { shows: "an ordinal of another noun is another thing", claim: "the second season", evidence: "the second album", expected: undefined },
  { shows: "an age within the decade agrees", claim: "a man in his thirties", evidence: "aged 34", expected: "agree" },
  { shows: "an age outside the decade conflicts", claim: "a man in his thirties", evidence: "a 46-year-old man", expected: "conflict" },
  { shows: "a bare number a clause says its subject is may be an age", claim: "aged 52", evidence: "Ortiz, who chairs the council, is 52.", expected: "agree" },
  { shows: "likewise before 'and'", claim: "aged 41", evidence: "The mayor is 52 and lives in Leeds.", expected: "conflict" },
  { shows: "a bare number that counts something else is no age", claim: "aged 41", evidence: "It will keep all 23 of its shops.", expected: undefined },
  { shows: "a bare age before 'and' is an age", claim: "Elena Ortiz is 52 and served on the council.", evidence: "aged 52", expected: "agree" },
  { shows: "a decade does not settle an age", claim: "a 46-year-old man", evidence: "a man in his forties", expected: "unresolved" },
  { shows: "a span of years written two ways agrees", claim: "the 2018–19 season", evidence: "the 2018-2019 season", expected: "agree" },
  { shows: "a year alone is not compared with a span", claim: "the 2018–19 season", evidence: "in 2018", expected: undefined },
  { shows: "a span that does not meet the claim's conflicts", claim: "the 2018–19 season", evidence: "the 2016-17 season", expected: "conflict" },
  { shows: "'within a year' holds two months", claim: "within a year", evidence: "two months", expected: "agree" },
  { shows: "the old value of a change is not a claim's value", claim: "48 percent", evidence: "up from 39 percent", expected: undefined },
  { shows: "nor is it a claim's new value", claim: "It rose to 39 percent.", evidence: "up from 39 percent", expected: undefined },
  { shows: "old values compare with old values", claim: "It rose from 39 percent.", evidence: "up from 39 percent", expected: "agree" },
  { shows: "how much a change changed is not the value it reached", claim: "Its cost has risen by €70 million.", evidence: "Its cost has risen to €310 million.", expected: undefined },
  { shows: "two changes compare: 'rose 5 percent' against 'by 9 percent'", claim: "Shares rose 5 percent.", evidence: "Shares rose by 9 percent.", expected: "conflict" },
  { shows: "a change said as a noun ('a fall of 46 percent') compares with one said as a verb", claim: "Takings fell 64 percent.", evidence: "It took $51 million, a fall of 46 percent.", pick: "46%", expected: "conflict" },
  { shows: "nor is such a change a value reached", claim: "Its share is 46 percent.", evidence: "It took $51 million, a fall of 46 percent.", pick: "46%", expected: undefined },
  { shows: "'as much as' bounds a change from above", claim: "Shares rose 5 percent.", evidence: "Shares rose as much as 9 percent.", expected: "unresolved" },
  { shows: "a value a change goes from, its new value after it", claim: "$2.50", evidence: "The fare rose from $2.50 to $3.", pick: "$2.50", expected: undefined },
  { shows: "a number a change goes to takes the unit of the one it goes from", claim: "four and a half years", evidence: "It was cut from six years to four and a half.", pick: "4.5 years", expected: "agree" },
  { shows: "'from' with no change is no old value", claim: "20 films", evidence: "The jury chose from 18 films.", expected: "conflict" },
  { shows: "half an hour is 30 minutes", claim: "30 minutes", evidence: "It took half an hour.", expected: "agree" },
  { shows: "half an hour is not an hour", claim: "an hour", evidence: "It took half an hour.", expected: "conflict" },
  { shows: "38 minutes are more than half an hour", claim: "more than half an hour", evidence: "38 minutes", expected: "agree" },
  { shows: "half a million does not bear out a million", claim: "a million dollars", evidence: "half a million dollars", expected: "unresolved" },
  { shows: "two hours hold 120 minutes", claim: "two hours", evidence: "120 minutes", expected: "agree" },
  { shows: "120 minutes are not settled by a rounder 'two hours'", claim: "120 minutes", evidence: "two hours", expected: "unresolved" },
  { shows: "a week holds 7 days", claim: "a week", evidence: "7 days", expected: "agree" },
  { shows: "another number of hours conflicts", claim: "two hours", evidence: "three hours", expected: "conflict" },
  // temperatures
  { shows: "another temperature conflicts", claim: "reached 39.8C", evidence: "reached 38.9C", expected: "conflict" },
  { shows: "a temperature above the claim's bound agrees", claim: "exceeded 38C", evidence: "reached 38.9C", expected: "agree" },
  { shows: "two scales are not compared", claim: "reached 102F", evidence: "reached 38.9C", expected: undefined },
  // decades
  { shows: "another decade conflicts", claim: "since the 1970s", evidence: "since the 1990s", expected: "conflict" },
  // results
  { shows: "the same result agrees", claim: "won 2-0", evidence: "a 2-0 win", expected: "agree" },
  { shows: "another result conflicts", claim: "won 3-0", evidence: "a 2-0 win", expected: "conflict" },
  // dates
  { shows: "a date without a year is borne out by one with it", claim: "July 9", evidence: "July 9, 2025", expected: "agree" },
  { shows: "'before 2029' is not 2029", claim: "will open before 2029", evidence: "will open in 2029", expected: "conflict" },
  { shows: "'before 2029' holds an earlier year", claim: "will open before 2029", evidence: "will open in 2027", expected: "agree" },
  { shows: "a change by a fraction is one by its share in percent", claim: "The grant was cut by a quarter.", evidence: "The grant was cut by 25 percent.", expected: "agree" },
  { shows: "likewise the other way round", claim: "The grant was cut by 25 percent.", evidence: "The grant was cut by a quarter.", expected: "agree" },
  { shows: "a count after another noun's 'of' is no change, whatever verb of change comes before", claim: "The trial included 4,800 adults.", evidence: "It reduced infections by 62 percent in a trial of 4,800 adults.", pick: "4800 adults", expected: "agree" },
  { shows: "a bare number a change goes to, after what it changed, counts what the claim counts", claim: "The agency has received 27 reports.", evidence: "The agency raised its count of reports to 27.", pick: "27", expected: "agree" },
  { shows: "another share conflicts", claim: "The grant was cut by a third.", evidence: "The grant was cut by 25 percent.", expected: "conflict" },
  { shows: "when a state began is not contradicted by a day something happened", claim: "She has led the unit since 2017.", evidence: "She was reinstated on 22 April 2024.", expected: undefined },
  { shows: "though a day in its year bears it out", claim: "He has been head coach since 2019.", evidence: "He was hired as head coach in June 2019.", expected: "agree" },
  { shows: "when a state began compares with when it began", claim: "She has led the unit since 2017.", evidence: "She has headed it since 2015.", expected: "conflict" },
  { shows: "likewise where they agree", claim: "She has led the unit since 2017.", evidence: "The unit, which she has led since 2017, is small.", expected: "agree" },
  { shows: "a time before a time of day is borne out by an earlier one", claim: "He was detained before 7 a.m.", evidence: "He was detained at 6:15 a.m.", expected: "agree" },
  { shows: "and contradicted by a later one", claim: "He was detained before 7 a.m.", evidence: "He was detained at 7:20 a.m.", expected: "conflict" },
  { shows: "a year does not settle 'after' without being after", claim: "opened in 2020", evidence: "opened after 2019", expected: "unresolved" },
  { shows: "'not before 2028' rules out 2027", claim: "will be available in 2027", evidence: "will not be available before 2028", expected: "conflict" },
  { shows: "'not before 2028' leaves 2028 open", claim: "will be available in 2028", evidence: "will not be available before 2028", expected: "unresolved" },
  { shows: "two bounds of one kind compare as their years", claim: "before 2030", evidence: "before 2028", expected: "conflict" },
  { shows: "a month does not settle a day", claim: "July 19", evidence: "in July", date: "2025-07-30", expected: "unresolved" },
  { shows: "another day of the same month conflicts", claim: "July 19", evidence: "July 9", expected: "conflict" },
  { shows: "another year conflicts", claim: "July 9, 2024", evidence: "July 9, 2025", expected: "conflict" },
  { shows: "a year read from the source's date counts", claim: "July 9, 2024", evidence: "It premiered July 9.", date: "2025-07-17", expected: "conflict" },
  { shows: "'next year' counted from no day agrees with another", claim: "next year", evidence: "It opens next year.", expected: "agree" },
  { shows: "'next year' counted from no day does not settle a year", claim: "next year", evidence: "in 2027", expected: "unresolved" },
  { shows: "nor does a year settle it", claim: "in 2027", evidence: "It opens next year.", expected: "unresolved" },
  { shows: "another part of the same day conflicts", claim: "on Saturday morning", evidence: "on Saturday afternoon", expected: "conflict" },
  { shows: "a day does not settle the part of it", claim: "on Saturday morning", evidence: "on Saturday", expected: "unresolved" },
  { shows: "a part of the day bears out the day", claim: "on Saturday", evidence: "on Saturday afternoon", expected: "agree" },
  { shows: "a date within the claimed year agrees", claim: "in 2021", evidence: "March 3, 2021", expected: "agree" },
  { shows: "a year does not settle a date", claim: "March 3, 2021", evidence: "in 2021", expected: "unresolved" },
  { shows: "another year conflicts with a year", claim: "in 2021", evidence: "in 2022", expected: "conflict" },
  { shows: "a full date states its weekday", claim: "on Tuesday", evidence: "July 15, 2025", expected: "agree" },
  { shows: "a full date on another weekday conflicts", claim: "on Wednesday", evidence: "July 15, 2025", expected: "conflict" },
  { shows: "a weekday does not settle a date", claim: "July 15, 2025", evidence: "on Tuesday", expected: "unresolved" },
  { shows: "'yesterday' is read against the source's date", claim: "July 16, 2025", evidence: "It was announced yesterday.", date: "2025-07-17", expected: "agree" },
  { shows: "'two days later' counts from the sentence's date", claim: "July 11", evidence: "It opened July 9 and closed two days later.", date: "2025-07-17", pick: "July 11", expected: "agree" },
  // corrections
  { shows: "a value the evidence rules out conflicts", claim: "12 miles", evidence: "It ran 10 miles, not 12.", pick: "12 miles", expected: "conflict" },
  { shows: "the value the evidence keeps is compared as usual", claim: "12 miles", evidence: "It ran 10 miles, not 12.", pick: "10 miles", expected: "conflict" },
  { shows: "ruling one value out says nothing of a range", claim: "more than 10 miles", evidence: "It ran 10 miles, not 12.", pick: "12 miles", expected: undefined },
  { shows: "a value ruled out with its preposition said again conflicts", claim: "6:15 a.m.", evidence: "It failed at 5:48 a.m., not at 6:15 a.m.", pick: "6:15am", expected: "conflict" },
  { shows: "and another value, not ruled out, is left alone by it", claim: "8:30 a.m.", evidence: "It failed at 5:48 a.m., not at 6:15 a.m.", pick: "6:15am", expected: undefined },
  { shows: "a value the claim rules out is not claimed", claim: "not 12 miles", evidence: "12 miles", expected: undefined },
];

describe("agreement of a claim's fact with an evidence fact", () => {
  it.each(ROWS)("$shows: $claim / $evidence → $expected", (row) => {
    const claim = factOf(row.claim);
    const evidence = factOf(row.evidence, row.date, row.pick);
    expect(agree(claim, evidence)).toBe(row.expected);
  });
});

describe("placing a date counted from no given day", () => {
  const placed = (text: string, date: string) => placeFact(factOf(text), date, vocabulary);
  it("counts years, months and days from the source's date", () => {
    expect(placed("It opens next year.", "2026-11-02")).toMatchObject({ kind: "year", date: { year: 2027 }, display: "next year (2027)" });
    expect(placed("It closed last month.", "2026-01-15")).toMatchObject({ kind: "date", date: { year: 2025, month: 12 }, display: "last month (December 2025)" });
    expect(placed("It was announced two days ago.", "2026-03-01")).toMatchObject({ kind: "date", date: { year: 2026, month: 2, day: 27 } });
  });

  it("then compares as the date it stands for", () => {
    expect(agree(placed("It opens next year.", "2026-11-02"), factOf("in 2027"))).toBe("agree");
    expect(agree(placed("It opens next year.", "2026-11-02"), factOf("in 2026"))).toBe("conflict");
  });
});
