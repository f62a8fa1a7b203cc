import { describe, expect, it } from "vitest";
import { judgeClaim } from "../src/check.js";
import { claimOf, corpusFrom, corpusOf } from "./helpers/corpus.js";
import { parseSource } from "../src/sources/parse.js";
import { judgeAtoms, passageView } from "./helpers/judge.js";

const ballard = corpusOf({
  "001": " date 2025-07-17 The arc for the second season is very exciting, Q, 46, explained on Monday, July 14.\n\nBallard premiered on July 9 on Amazon Prime.\n\nSource: Prime Video 'Ballard' has yet to be renewed for Season 2.\n\nMaggie Q Can't Confirm 'Ballard' Season 1\n\nAlthough Q could not confirm a future Season 2 of Ballard, she did hint at more.\n",
  "002": " date 2025-10-04 'Ballard' gets major season 2 update after Maggie Q-starrer's pilot run\n\nAfter its solid first season run, 'Ballard' was renewed for a second season by Prime Video. The show ended at No. 4 in Nielsen's Top 10 streaming originals with 619 million minutes as of the week of July 21. The series was awarded a tax credit of $14.84 million by the California Film Commission. Earlier, Q spoke of her hesitations in leading the show. Speaking to The Hollywood Reporter, \"I honestly was not looking to lead a show again.\"\n",
  "003": " date 2025-07-17 Ballard is now streaming on Prime Video\n\nThe first season of Ballard consists of 10 episodes and is streaming on Amazon Prime Video. In the show, Renée Ballard leads the newly formed Cold Case Division of the LAPD. The LAPD's new cold case division is a poorly funded, all-volunteer unit.\n",
});
const judge = (text: string) => judgeClaim(claimOf(text), ballard);
/** The verdict on a claim against articles written in the test, "001" onwards. */
const verdictOf = (claim: string, ...articles: string[]) =>
  judgeClaim(claimOf(claim), corpusOf(Object.fromEntries(articles.map((text, i) => [String(i + 1).padStart(3, "0"), text])))).verdict;

describe("judging a claim against passages", () => {
  it("supports a claim a passage states, with the passage as evidence", () => {
    const verdict = judge("Ballard premiered on July 9.");
    expect(verdict.verdict).toBe("supported");
    expect(verdict.evidence[0]).toMatchObject({ sourceId: "001", line: 3, stance: "supports", quote: "Ballard premiered on July 9 on Amazon Prime." });
  });

  it.each([
    ["Maggie Q is 45 years old.", "age", "45 years old", "46 years old"],
    ["The first season of Ballard has eight episodes.", "count", "8 episodes", "10 episodes"],
    ["Ballard premiered on July 19.", "date", "July 19", "July 9"],
    ["Ballard ranked No. 2 in Nielsen's Top 10 streaming originals.", "rank", "No. 2", "No. 4"],
    ["Ballard was awarded a $41.84 million tax credit by the California Film Commission.", "money", "$41.84 million", "$14.84 million"],
    ["Ballard ranked No. 4 with 619 million minutes in the week of July 28.", "date", "July 28", "July 21"],
    ["Ballard is streaming on Netflix.", "name", "Netflix", "Prime Video"],
    ["Maggie Q said she was looking to lead a show again.", "polarity", "looking", "not looking"],
    ["The cold case unit is well funded.", "polarity", "well", "poorly"],
    ["Ballard leads the homicide division of the LAPD.", "term", "homicide division", "Cold Case Division"],
  ])("finds %j conflicting: %s, claim says %s, source says %s", (text, kind, claimValue, sourceValue) => {
    const verdict = judge(text);
    expect(verdict.verdict).toBe("conflicting");
    expect(verdict.conflicts[0]).toMatchObject({ kind, claimValue, sourceValue });
    expect(verdict.evidence[verdict.conflicts[0]!.evidence]!.stance).toBe("contradicts");
  });

  it.each([
    ["Ballard was filmed in Vancouver."],
    ["Maggie Q was born in Honolulu."],
    ["The second season of Ballard has 12 episodes."],
    ["Ballard's production budget was $50 million."],
  ])("finds %j unsourced, even where it shares words with a passage", (text) => {
    const verdict = judge(text);
    expect(verdict.verdict).toBe("unsourced");
    // At most the closest passage, shown as related, never as support.
    expect(verdict.evidence.every((e) => e.stance === "related")).toBe(true);
  });

  it("does not support a claim that names something but says nothing of it", () => {
    const verdict = judgeClaim(claimOf("It's a bit of a lot of money."), corpusOf({ "004": " date 2025-10-04 The show made a lot of money.\n" }));
    expect(verdict.verdict).toBe("unsourced");
    expect(verdict.reason).toBe("the claim names something but says nothing of it a source could state");
  });

  it("says what the closest passage lacks when a claim is unsourced", () => {
    const verdict = judge("Ballard was filmed in Vancouver.");
    expect(verdict.reason).toMatch(/^no source (passage )?(states|speaks to) this; the closest, \d+:\d+, does not name Vancouver/);
    expect(verdict.evidence).toEqual([expect.objectContaining({ stance: "related" })]);
  });

  it("lets a newer source supersede an older one about the same state of affairs", () => {
    const verdict = judge("Ballard has yet to be renewed for a second season.");
    expect(verdict.verdict).toBe("conflicting");
    expect(verdict.evidence[0]).toMatchObject({ sourceId: "002", stance: "contradicts" });
    expect(verdict.evidence.find((e) => e.sourceId === "001" && e.line === 5)?.stance).toBe("superseded");
    expect(verdict.reason).toMatch(/older 001:5 \(2025-07-17\) superseded$/);
  });

  it("does not let a newer article about another story overrule one that states a claim naming nothing", () => {
    const walking = " date 2026-05-12 Brisk walking linked to lower dementia risk\n\nThe study was published in the journal Neurology.\n";
    const coffee = " date 2026-06-01 Coffee drinkers had lower risk of liver disease\n\nThe study was published in Hepatology Reports.\n";
    expect(verdictOf("The study was published in the journal Neurology.", walking, coffee)).toBe("supported");
    // Two stories that happen to share a first name are still two stories.
    const kestrels = " date 2026-02-10 Kestrels are back on the cliffs at Aldmoor, say Hana Brenn and Marcus Ode of the Brenn Wildlife Trust.\n\nThe study was published in the Journal of Coastal Ecology.\n";
    const migraine = " date 2026-04-08 A pill cut migraine days, say Ingrid Solvang and Marcus Obuya of Harrowfield University and Tessaly Pharma.\n\nThe study was published in the journal Cephalalgia Reports.\n";
    expect(verdictOf("The study was published in the Journal of Coastal Ecology.", kestrels, migraine)).toBe("supported");
    // One story told twice: the newer article stands.
    const older = " date 2026-05-04 Harbor Museum reopens after renovation\n\nThe cafe will not reopen until September.\n";
    const newer = " date 2026-07-01 Harbor Museum draws record crowds\n\nThe cafe will reopen on June 1.\n";
    expect(verdictOf("The cafe will not reopen until September.", older, newer)).toBe("conflicting");
  });

  it("reports the older source as superseded when the newer one supports the claim", () => {
    const verdict = judge("Prime Video renewed Ballard for a second season.");
    expect(verdict.verdict).toBe("supported");
    expect(verdict.evidence.some((e) => e.sourceId === "001" && e.stance === "superseded")).toBe(true);
  });

  it("weighs a headline less than the body of the same article when they disagree", () => {
    const verdict = judge("Maggie Q can't confirm Ballard Season 1.");
    expect(verdict.verdict).toBe("conflicting");
    expect(verdict.conflicts[0]).toMatchObject({ kind: "ordinal", claimValue: "season 1", sourceValue: "season 2" });
  });

  it("reads 'will not have to pay' as denying the paying, of the one who would pay", () => {
    const article = " date 2026-09-22 Appeal court clears council\n\nThe council will not have to pay Tamsin Recycling's legal costs of about £240,000.\n";
    expect(verdictOf("The council will have to pay Tamsin Recycling's legal costs.", article)).toBe("conflicting");
    expect(verdictOf("The council will not have to pay Tamsin Recycling's legal costs.", article)).toBe("supported");
    expect(verdictOf("Tamsin Recycling will have to pay the council's legal costs.", article)).toBe("unsourced");
  });

  it("takes nothing from what a noun holds ('a ruling that …'), unless the noun asserts it or a verb reports it", () => {
    expect(verdictOf("Marlow District Council acted unlawfully.", " date 2026-09-22 Appeal court clears council\n\nThe Court of Appeal overturned a ruling that Marlow District Council had acted unlawfully.\n")).toBe("unsourced");
    expect(verdictOf("Ballard was renewed for a second season.", " date 2025-10-06 Ballard renewed\n\nFans welcomed the news that Ballard was renewed for a second season.\n")).toBe("supported");
    expect(verdictOf("Keller threatened to sack his deputy.", " date 2026-03-18 Keller trial\n\nNadia Brook told the court that Keller had threatened to sack his deputy.\n")).toBe("supported");
  });

  it("reads 'the injured' as those hurt, and takes no figure for its subject from the sentence after", () => {
    const article = " date 2026-02-11 Bus crash near Selby\n\nSix of the injured were treated at the roadside. Three were taken to Selby General Hospital.\n";
    expect(verdictOf("Three of the injured were treated at the roadside.", article)).toBe("unsourced");
    expect(verdictOf("All of the injured were taken to hospital.", article)).toBe("unsourced");
    expect(verdictOf("Six of the injured were treated at the roadside.", article)).toBe("supported");
  });

  it("takes no subject from the sentence before where a sentence brings in its own ('An earlier proposal …')", () => {
    const article = " date 2026-06-18 Assembly vote\n\nA late amendment by the Greens was approved by 61 votes to 34. An earlier proposal to cap rents at 2 percent was rejected in May.\n";
    expect(verdictOf("The amendment was rejected.", article)).toBe("unsourced");
    expect(verdictOf("The amendment was approved.", article)).toBe("supported");
    // "The work" points back: the study named before it is what was funded.
    expect(verdictOf("The study was funded by the Austrian Science Fund.", " date 2026-05-01 Coffee study\n\nThe study was published in the journal Hepatology Reports. The work was funded by the Austrian Science Fund.\n")).toBe("supported");
  });

  it("takes 'it' for what the sentence before speaks of, not for another name sharing its last word or the title", () => {
    const article = " date 2026-09-10 Waits fall at Selby Royal Hospital but Ashford misses target\n\nAt Ashford Hospital, the average wait rose to 5.6 hours. It was the only hospital in the region to miss the target of four hours.\n";
    expect(verdictOf("Selby Royal Hospital missed the four-hour target.", article)).toBe("unsourced");
    expect(verdictOf("Ashford Hospital missed the four-hour target.", article)).toBe("supported");
  });

  it("takes 'he' for the subject before an aside, not for a place the aside names", () => {
    const article = " date 2026-08-05 Firefighter dies\n\nTomas Reyes, 48, a volunteer from Alder Bay, was hurt on Tuesday. He had served with the service for 21 years.\n";
    expect(verdictOf("Tomas Reyes had served with the service for 21 years.", article)).toBe("supported");
    expect(verdictOf("Tomas Reyes had served with the service for 30 years.", article)).toBe("conflicting");
  });

  it("takes a time from the clause of the verb, not from one before a 'but' without a comma", () => {
    const article = " date 2026-10-03 Norbridge opens tram line\n\nA second line, to the airport, was approved in June but will not open before 2030.\n";
    expect(verdictOf("The airport line will open before 2030.", article)).toBe("conflicting");
    expect(verdictOf("The airport line was approved in June.", article)).toBe("supported");
  });

  it("takes nothing from a question or an 'if' clause", () => {
    const asked = corpusOf({
      q: " date 2025-10-04 Will Ballard be renewed for a third season?\n\nFans wonder if Ballard will be renewed for a third season.\n",
    });
    const verdict = judgeClaim(claimOf("Ballard was renewed for a third season."), asked);
    expect(verdict.verdict).toBe("unsourced");
  });

  it("compares the value in the clause the claim speaks of, where a passage holds two", () => {
    const scores = corpusOf({
      s: " date 2025-10-04 Ballard holds a 100% on Rotten Tomatoes, while the Popcornmeter holds a respectable 77%.\n",
      t: " date 2025-10-04 Ballard stars Maggie Q. Ballard was renewed. Fans love Ballard.\n",
    });
    const popcorn = judgeClaim(claimOf("The Popcornmeter score for Ballard is 100%."), scores);
    expect(popcorn.verdict).toBe("conflicting");
    expect(popcorn.conflicts[0]).toMatchObject({ kind: "percent", claimValue: "100%", sourceValue: "77%" });
    expect(judgeClaim(claimOf("Ballard holds a 77% score on Rotten Tomatoes."), scores).conflicts[0]?.sourceValue).toBe("100%");
  });

  it("needs what the claim says of its subject, not just its names", () => {
    expect(judge("Maggie Q directed the premiere of Ballard.").verdict).toBe("unsourced");
  });

  it("does not let an 'it' after the verb, in another clause, carry a subject from the sentence before into a contradiction", () => {
    const corpus = corpusOf({
      transit: " date 2026-11-02 Transit board weighs fare rise\n\nIf the fare rise passes, monthly passes would cost $95 instead of $84. The board did not approve the new tram line, but it agreed to study a bus route.\n",
    });
    expect(judgeClaim(claimOf("The fare rise was approved in December."), corpus).verdict).toBe("unsourced");
    expect(judgeClaim(claimOf("The board approved the new tram line."), corpus).verdict).toBe("conflicting");
  });

  it("does not hold it against a passage that its article never writes a fact's words, when the passage states the fact in others", () => {
    // "October 6, 2025" is "earlier today" in an article of that date: its words appear nowhere in the source.
    const corpus = corpusOf({
      news: " date 2025-10-06 Harbor Lights renewed\n\nEarlier today, Tidewater Studios officially confirmed a third season of Harbor Lights for its global viewers.\n",
    });
    const verdict = judgeClaim(claimOf("Tidewater announced the third season of Harbor Lights on October 6, 2025."), corpus);
    expect(verdict.verdict).toBe("supported");
    expect(judgeClaim(claimOf("Tidewater announced the third season of Harbor Lights on October 9, 2025."), corpus).verdict).toBe("conflicting");
  });
});


describe("values from the sentences around a passage", () => {
  it("takes none into a passage that sets itself against them ('instead')", () => {
    const article = " date 2026-04-20 Launch moved\n\nOnly two satellites will fly in June, after Nordmet withdrew Ferrow-3. Ferrow-3 will instead fly on a later mission.\n";
    expect(verdictOf("Ferrow-3 will fly on a mission in June.", article)).toBe("unsourced");
    // Without the word that sets it apart, the sentence before gives the month.
    const told = " date 2026-04-20 Launch moved\n\nOnly two satellites will fly in June, after Nordmet withdrew Ferrow-3. Ferrow-3 will fly on a mission with them.\n";
    expect(verdictOf("Ferrow-3 will fly on a mission in June.", told)).toBe("supported");
  });
});

describe("figures", () => {
  it("sets a time of day against another, with or without a day beside it", () => {
    const article = " date 2026-03-02 Launch set\n\nThe first attempt will have a launch window of two hours, opening at 10am. The crew will brief reporters at 7.30pm on Friday.\n";
    expect(verdictOf("The launch window opens at 10am.", article)).toBe("supported");
    expect(verdictOf("The launch window opens at 10pm.", article)).toBe("conflicting");
    expect(verdictOf("The crew will brief reporters at 9pm on Friday.", article)).toBe("conflicting");
  });

  it("takes no stretch of time from a sentence around that measures a gap to another event", () => {
    const pay = " date 2024-03-15 Flight diverted\n\nThe replacement aircraft landed at 5:40 p.m., seven hours after the flight's scheduled arrival.\n\nThe airline will pay each passenger €400 in compensation, its chief executive said.\n";
    expect(verdictOf("The airline will pay each passenger €400 in compensation within 14 days.", pay)).toBe("unsourced");
    expect(verdictOf("The airline will pay each passenger €400 in compensation.", pay)).toBe("supported");
  });

  it("reads 'after 12 years' after a date as how long, not as a date 12 years on", () => {
    const resigned = " date 2025-03-14 Ann Lee resigned on 13 March, the company said.\n";
    expect(verdictOf("Ann Lee resigned on 13 March after 12 years with the company.", resigned)).toBe("unsourced");
    expect(verdictOf("Ann Lee resigned on 13 March.", resigned)).toBe("supported");
  });

  it("takes a value the passage rules out for a denial of the claim's, said of the claim's day though the passage names none", () => {
    const first = " date 2024-03-11 Alarm at the zoo\n\nThe alarm was raised at 5:15 a.m. on Monday.\n";
    const update = " date 2024-03-15 Zoo revises figures\n\nThe zoo now says the alarm was raised at 6:05 a.m., not 5:15 a.m.\n";
    expect(verdictOf("The alarm was raised at 5:15 a.m. on Monday.", update)).toBe("conflicting");
    expect(verdictOf("The alarm was raised at 5:15 a.m. on Monday.", first, update)).toBe("conflicting");
    // Another value it does not rule out leaves the day's alarm open.
    expect(verdictOf("The alarm was raised at 4:30 a.m. on Monday.", update)).toBe("unsourced");
  });

  it("gives a value set beside a change to what its own clause names ('compared with 29% in the placebo group')", () => {
    const article = " date 2026-06-11 Kidney trial\n\nAfter two years, kidney function had fallen by 18% in the orvatinib group, compared with 29% in the placebo group.\n";
    expect(verdictOf("Kidney function fell by 18% in the orvatinib group.", article)).toBe("supported");
    expect(verdictOf("Kidney function fell by 29% in the placebo group.", article)).toBe("supported");
    expect(verdictOf("Kidney function fell by 18% in the placebo group.", article)).toBe("conflicting");
    expect(verdictOf("Kidney function fell by 29% in the orvatinib group.", article)).toBe("conflicting");
  });

  it("counts with a number joined on as the doer of its own verb what the count before it counts", () => {
    const article = " date 2026-04-26 Kelmscar Marathon\n\nAbout 18,000 runners started the race, up from 15,500 last year, and 17,240 finished.\n";
    expect(verdictOf("17,240 runners finished.", article)).toBe("supported");
    expect(verdictOf("17,240 people finished.", article)).not.toBe("supported");
  });

  it("finds a figure no fact kind reads as written", () => {
    const article = " date 2026-05-04 Harbor Museum reopens\n\nThe new west wing houses the museum's collection of 19th-century ship models.\n";
    expect(verdictOf("The museum's collection includes 19th-century ship models.", article)).toBe("supported");
    expect(verdictOf("The museum's collection includes 18th-century ship models.", article)).toBe("unsourced");
    // However much else of the claim the passage holds.
    expect(verdictOf("The new west wing houses the museum's 18th-century ship models.", article)).toBe("unsourced");
  });
});

describe("what a contradiction must be about", () => {
  it("takes 'it' standing for the claim's subject as naming it, but not 'its' before another thing", () => {
    expect(verdictOf("The deal is worth more than $2 billion.", " date 2026-03-10 Acme agreed a deal with Beta.\n\nIt is worth $1.5 billion.\n")).toBe("conflicting");
    expect(verdictOf("The deal is worth more than $2 billion.", " date 2026-03-10 Acme agreed a deal with Beta.\n\nIts sales fell 6 percent to $640 million.\n")).toBe("unsourced");
  });

  it("lets a newer article that says the holder left the body supersede the post, the names of the post's words absent", () => {
    const first = " date 2024-05-15 Ann Lee, head of European sales at Acme Group, spoke after the sale.\n";
    const update = " date 2024-06-27 Ann Lee has since left Acme Group to join a rival.\n";
    expect(verdictOf("Ann Lee is head of European sales at Acme Group.", first, update)).toBe("conflicting");
    expect(verdictOf("Ann Lee was head of European sales at Acme Group.", first, update)).toBe("supported");
    // Names contested each for itself excuse nothing: a newer article of the same words about others is another story.
    // (Sentences of the benchmark's generated corpus, whose made-up names share a word across stories.)
    const claim = "Fans are eager to see Lameaniol Sukiokea Droureahom take on more cold cases in the hit Stestioreal Saidros show Droureahom, and series star Stazugrair Calotaim teased the possibility of a potential Season 3.";
    const another = " date 2020-01-17 Fans are eager to see Gumistoth Seadaimem Bioboum take on more cold cases in the hit Calotaim Graibreadra show Bioboum, and series star Gaistul Graladreand teased the possibility of a potential Season 7.\n";
    expect(verdictOf(claim, ` date 2019-10-21 ${claim}\n`, another)).not.toBe("conflicting");
  });

  it("takes 'she' for no subject of several ('the council members')", () => {
    const vote = " date 2024-04-04 The council members met on Monday.\n\nThe chair said she had not accepted the offer.\n";
    expect(verdictOf("The council members accepted the offer.", vote)).toBe("unsourced");
    expect(verdictOf("The chair accepted the offer.", vote)).toBe("conflicting");
    // "they" may stand for one company, as for several members.
    const firm = " date 2024-04-04 The company met on Monday.\n\nThey said they had not accepted the offer.\n";
    expect(verdictOf("The company accepted the offer.", firm)).toBe("conflicting");
  });

  it("finds a name with a figure in it named by its article ('Tarvos-2'), so its figures are set against the claim's", () => {
    const launch = " date 2026-10-22 Helion said the Tarvos-2 would fly again in December.\n";
    expect(verdictOf("The Tarvos-2 will fly again in November.", launch)).toBe("conflicting");
    expect(verdictOf("The Tarvos-3 will fly again in November.", launch)).toBe("unsourced");
  });

  it("needs the head of a subject of words, not a word that says which one", () => {
    expect(verdictOf("The base fare is $2.", " date 2026-03-10 The bakery is based in Leeds.\n\nIt agreed to buy a rival for $2.1 billion.\n")).toBe("unsourced");
    expect(verdictOf("The truck route is 12 miles long.", " date 2026-03-10 Trucks will use a new route.\n\nThe route is 9 miles long.\n")).toBe("conflicting");
  });

  it("needs the word a subject name owns, not the name alone ('Haldor's revenue' is not Haldor's profit)", () => {
    const profit = "Haldor Brewing said its operating profit fell 18 percent to 412 million kroner.";
    expect(verdictOf("Haldor's revenue rose 6 percent.", ` date 2026-08-06 Haldor Brewing profit falls\n\n${profit}\n`)).toBe("unsourced");
    const article = ` date 2026-08-06 Haldor Brewing profit falls\n\n${profit}\n\nRevenue rose 4 percent to 3.1 billion kroner.\n`;
    expect(verdictOf("Haldor's revenue rose 6 percent.", article)).toBe("conflicting");
    expect(verdictOf("Haldor's revenue rose 4 percent.", article)).toBe("supported");
  });

  it("takes a passage that rules out the claim's very value as speaking of it, however few of its other words it has", () => {
    const first = " date 2024-03-12 The library said 214 volumes of its rare-book collection are missing.\n";
    const audit = " date 2024-05-21 An audit found that 238 volumes were missing, not 214 as first reported.\n";
    expect(verdictOf("A total of 214 volumes went missing from the library's rare-book collection.", first, audit)).toBe("conflicting");
    expect(verdictOf("Twenty-three people were injured.", " date 2024-12-19 Figures show that 31 people were injured, not 23 as first reported.\n")).toBe("conflicting");
    // Without the correction, a count of people that names no one is not shown to be of the same injuries.
    expect(verdictOf("Twenty-three people were injured.", " date 2024-12-19 Figures show that 31 people were injured.\n")).toBe("unsourced");
  });

  it("does not take a title set beside another name for the claim's, its name said only in a sentence before", () => {
    const article = " date 2025-11-05 Renkvist said he would request a recount. Gaskell endorsed Renkvist in September. Brasch's campaign was managed by her son, Octavian Brasch, 28, a software engineer.\n";
    expect(verdictOf("Renkvist, a software engineer, said he would request a recount.", article)).toBe("unsourced");
    expect(verdictOf("Renkvist said he would request a recount.", article)).toBe("supported");
  });

  it("does not take a noun that says whose another is ('the founder's daughter') for the claim's verb", () => {
    const gallery = " date 2024-03-12 The Vestrey Gallery, founded in 1974 by Maddock Haudry, sold the painting. Pernille Haudry, 52, the founder's daughter, said the gallery had acted in good faith.\n";
    expect(verdictOf("Pernille Haudry founded the Vestrey Gallery.", gallery)).not.toBe("supported");
    expect(verdictOf("Maddock Haudry founded the Vestrey Gallery in 1974.", gallery)).toBe("supported");
  });

  it("takes an atom an older article contradicts and a newer one states as the newer says", () => {
    const first = " date 2024-03-12 The hospital said it had not linked either case of stomach illness to the water.\n";
    const update = " date 2024-03-21 The health department confirmed 17 cases of stomach illness linked to the water, three of them in children.\n";
    // Four in children is stated nowhere; the link to the water the newer article states.
    expect(verdictOf("Cases of stomach illness were linked to the water, four of them in children.", first, update)).toBe("unsourced");
    expect(verdictOf("Cases of stomach illness were linked to the water, four of them in children.", first)).toBe("conflicting");
    expect(verdictOf("The hospital linked a case of stomach illness to the water.", first)).toBe("conflicting");
  });

  it("takes a value an older article gives otherwise and a newer one corrects to as the newer says", () => {
    const first = " date 2024-03-12 Rector race\n\nDr. Renata Kulp, 47, a lecturer in marine biology, finished third.\n";
    const update = " date 2024-03-26 Recount\n\nOrdeña thanked Kulp, who backed his appeal. Kulp is 44, not 47 as first reported.\n";
    // The older article's 47 no longer stands against the claim; that she finished third only the
    // older article says, so no one article states it all.
    expect(verdictOf("Kulp, 44, finished third.", first, update)).toBe("unsourced");
    expect(verdictOf("Kulp, 44, finished third.", first)).toBe("conflicting");
  });

  it("sets a value the passage gives as where a change started against the one it changed to", () => {
    const article = " date 2024-03-26 Recall widened\n\nHarlowe on Monday expanded its recall of car seats to 61,200 units, up from the 48,500 it announced two weeks ago.\n";
    expect(verdictOf("Harlowe recalled 48,500 seats.", article)).toBe("conflicting");
    expect(judgeClaim(claimOf("Harlowe recalled 48,500 seats."), corpusOf({ "001": article })).reason).toContain("61200 units");
    // How much a value changed by is no value that stood: "a year earlier" says when, not that the figure was revised.
    const pay = " date 2024-03-11 Pay row\n\nHis salary rose by 9 per cent from £378,000 a year earlier, while lecturers received a rise of 3 per cent.\n";
    expect(verdictOf("His salary rose by 9 per cent.", pay)).toBe("supported");
  });

  it("takes a passage that corrects the claim's very value as speaking of it, in its own words for the deed", () => {
    const update = " date 2024-03-15 Dunmere appoint Solberg\n\nHe replaces Oskar Lindqvist, who was sacked on March 4 after 22 months in charge, not 26 months as first reported.\n";
    expect(verdictOf("Oskar Lindqvist managed Dunmere for 26 months.", update)).toBe("conflicting");
    // Without the correction, another verb and another figure say nothing of the claim.
    expect(verdictOf("Oskar Lindqvist managed Dunmere for 26 months.", " date 2024-03-15 Dunmere appoint Solberg\n\nHe replaces Oskar Lindqvist, who was sacked on March 4 after 22 months in charge.\n")).toBe("unsourced");
  });

  it("finds a value written in words where the claim gives the figure's own word ('finished third')", () => {
    const article = " date 2026-04-01 Okoye elected mayor\n\nOkoye won 52 percent of the vote and Brandt 31 percent.\n\nBrandt conceded on Tuesday night. Lena Varga, who finished third, did not endorse either candidate.\n";
    expect(verdictOf("Lena Varga finished second.", article)).toBe("conflicting");
    expect(verdictOf("Lena Varga finished third.", article)).toBe("supported");
  });

  it("does not take a word derived from the subject's for the subject", () => {
    expect(verdictOf("The player lives in Leeds.", " date 2026-03-10 Anna Berg plays the violin and lives in York.\n")).toBe("unsourced");
  });

  it("lets a newer death toll, a phrase the lexicon lists for 'killed', supersede an older count", () => {
    const older = " date 2026-10-12 Storm Ilse killed three people on Sunday.\n";
    const newer = " date 2026-10-14 The death toll from Storm Ilse has risen to five.\n";
    expect(verdictOf("Storm Ilse killed three people.", older, newer)).toBe("conflicting");
    expect(verdictOf("Storm Ilse killed five people.", older, newer)).toBe("supported");
  });

  it("reads a denial with 'been' as its verb ('has never been a member') against a statement that one was", () => {
    expect(verdictOf("Osei has never been a member of the city council.", " date 2025-05-02 Osei was elected to the city council in 2009 as a member of the Green Party.\n")).toBe("conflicting");
  });

  it("does not count a bare number said nearby as a count of the claim's", () => {
    const older = " date 2026-03-18 A jury convicted Keller on 12 counts of fraud.\n";
    const newer = " date 2026-10-02 Keller's convictions were upheld.\n\nHis fine was cut to 4.\n";
    expect(verdictOf("Keller was convicted on fewer than 10 counts.", older, newer)).toBe("conflicting");
  });

  it("does not take a count from the sentence before where the passage gives its own bare figure", () => {
    const waits = " date 2026-09-10 Hospital waits\n\nCarnford General treated 11,400 emergency patients in August. Westmere treated 7,900, about the same as last year.\n";
    expect(verdictOf("Westmere treated 11,400 emergency patients in August.", waits)).not.toBe("supported");
    expect(verdictOf("Carnford General treated 11,400 emergency patients in August.", waits)).toBe("supported");
  });

  it("takes a value a sentence gives as an earlier one, then replaces, for where the figure stood, not what it is", () => {
    const breakup = " date 2026-10-20 The observatory had earlier estimated the comet's nucleus at about 4 kilometres across; new measurements suggest it was less than 2 kilometres.\n";
    expect(verdictOf("The comet's nucleus is about 4 kilometres across.", breakup)).toBe("conflicting");
    expect(verdictOf("New measurements suggest the comet's nucleus was less than 2 kilometres across.", breakup)).toBe("supported");
    // With no later value, an earlier one is still stated.
    expect(verdictOf("Tavares had found four asteroids.", " date 2026-02-03 Tavares had previously found four asteroids.\n")).toBe("supported");
  });

  it("reads 'not until' as saying when: then, not before", () => {
    const older = " date 2026-05-04 The cafe will not reopen until September.\n";
    const newer = " date 2026-06-15 The cafe reopened on June 1.\n";
    expect(verdictOf("The cafe will not reopen until September.", older)).toBe("supported");
    expect(verdictOf("The cafe will reopen in September.", older)).toBe("supported");
    expect(verdictOf("The cafe will not reopen until September.", older, newer)).toBe("conflicting");
    // "never … before" takes no time: it denies, at any time before now.
    const found = " date 2026-02-03 Rui Tavares had previously found four asteroids.\n";
    expect(verdictOf("Rui Tavares had never found an asteroid before.", found)).toBe("conflicting");
  });
});

describe("who a name or a pronoun stands for", () => {
  it("takes a surname alone for no one where the article names two people by it", () => {
    const article = " date 2025-05-02 Rafael Osei studied civil engineering.\n\nOsei is an engineer.\n\nHe is married to the architect Hana Osei.\n";
    expect(verdictOf("Hana Osei is an engineer.", article)).toBe("unsourced");
  });

  it("does not borrow the claim's person for a sentence naming another of the same surname", () => {
    const article = " date 2025-05-02 Rafael Osei studied civil engineering.\n\nOsei is married to the architect Hana Osei.\n";
    expect(verdictOf("Rafael Osei is an architect.", article)).toBe("unsourced");
  });

  it("still takes it for the one person the article names by it", () => {
    expect(verdictOf("Rafael Osei is an engineer.", " date 2025-05-02 Rafael Osei moved to Brennport.\n\nOsei is an engineer.\n")).toBe("supported");
  });

  it("does not look past a sentence's own named doer for the claim's subject", () => {
    const article = " date 2026-08-14 Redhaven made an offer for Diogo Costa.\n\nAlvor had rejected an earlier bid.\n";
    expect(verdictOf("Redhaven rejected an earlier bid from Alvor.", article)).toBe("unsourced");
  });

  it("takes a title's name for a slot the sentence leaves open only where the sentence before is not about another the title names", () => {
    const article = " date 2026-03-04 Orchard Foods to buy Lakeside Dairy\n\nOrchard Foods agreed to acquire Lakeside Dairy.\n\nThe board of Lakeside Dairy approved the sale. The chief executive, Rosa Lindqvist, will stay on.\n";
    expect(verdictOf("Rosa Lindqvist is the chief executive of Orchard Foods.", article)).toBe("unsourced");
    expect(verdictOf("Rosa Lindqvist is the chief executive of Lakeside Dairy.", article)).toBe("supported");
  });

  it("takes 'the trust' for a name ending in 'Trust' that the article gave in full where it first said 'trust'", () => {
    const story = (...first: string[]) =>
      ` date 2026-03-14 Lynx return to Glen Auchter\n\n${first.join("\n\n")}\n\nThe animals came from Slovakia.\n\nSheep farmers opposed the release.\n\nOne said his members had not been consulted.\n\nThe trust has raised £2.4 million for the project.\n`;
    const claim = "The Corrow Valley Trust has raised £2.4 million for the project.";
    const released = "Six lynx were released on Thursday, the Corrow Valley Trust said.";
    expect(verdictOf(claim, story(released))).toBe("supported");
    // A headline that calls it "trust" first does not introduce it.
    const headed = parseSource({ id: "001", file: "sources/lynx.md", text: `---\ntitle: Glen Auchter trust brings back lynx\ndate: 2026-03-14\n---\n\n# Glen Auchter trust brings back lynx\n\n${released}\n\nThe animals came from Slovakia.\n\nSheep farmers opposed the release.\n\nOne said his members had not been consulted.\n\nThe trust has raised £2.4 million for the project.\n` });
    expect(judgeClaim(claimOf(claim), corpusFrom([headed])).verdict).toBe("supported");
    // Another trust first: "the trust" may be that one.
    expect(verdictOf(claim, story("The Highland Wildlife Trust opposed the plan.", released))).toBe("unsourced");
    // A name whose last word is plural is not called by it.
    const books = " date 2026-03-14 Shop sold\n\nPellingham Books was founded in 1979.\n\nIt has 23 shops.\n\nIts owner is 71.\n\nSales rose 6%.\n\nThe books sold 40,000 copies.\n";
    expect(verdictOf("Pellingham Books sold 40,000 copies.", books)).toBe("unsourced");
  });

  it("takes 'the judge' for a person the article first named with that office", () => {
    const story = (first: string) => ` date 2024-04-19 Firm convicted\n\n${first}\n\nThe firm will appeal.\n\n"Maintenance is not optional," the judge said.\n`;
    const claim = "Judge Imelda Craddox said maintenance is not optional.";
    expect(verdictOf(claim, story("Judge Imelda Craddox fined the firm £1.2 million."))).toBe("supported");
    // Another judge first: "the judge" may be that one.
    expect(verdictOf(claim, story("Judge Osric Lane adjourned the case. Judge Imelda Craddox fined the firm £1.2 million."))).toBe("unsourced");
  });

  it("takes no name for another that ends in the same words", () => {
    expect(verdictOf("Keller was convicted at Southgate Crown Court.", " date 2026-03-18 A jury at Northgate Crown Court convicted Keller.\n")).toBe("unsourced");
  });

  it("takes 'the probe', figures and describing words between, for what the article is about", () => {
    const passage = passageView("The 1.2-tonne probe will map water ice for two years.", { title: "Lunar probe Aster set for launch" });
    expect(judgeAtoms("Aster will map water ice for two years.", passage)[0]!.outcome).toBe("stated");
    // And so what the passage says of it contradicts another value.
    expect(judgeAtoms("Aster will map water ice for three years.", passage)[0]!.outcome).toBe("contradicted");
  });

  it("sets another doer of a deed one doer does against the claim's, where the article names the claim's doer", () => {
    const article = " date 2026-05-21 Returning officer Dervla McCann declared the result on Friday.\n\nJudge Rupert Faulkes ordered the recount on Monday.\n";
    const verdict = judgeClaim(claimOf("Dervla McCann ordered the recount."), corpusOf({ "recount.txt": article }));
    expect(verdict.verdict).toBe("conflicting");
    expect(verdict.reason).toContain("Rupert Faulkes ordered");
    // An article that names neither the claim's doer nor what it was done to speaks of another recount.
    expect(verdictOf("Dervla McCann ordered the recount.", " date 2026-05-21 Rupert Faulkes ordered the recount on Monday.\n")).toBe("unsourced");
  });

  it("reads another doer of a one-doer deed only where the deed is done to the claim's thing, not to what follows a preposition", () => {
    const article = " date 2026-04-26 Kelmscar Marathon\n\nSelam Worku won the women's race in Kelmscar.\n\nSamuel Otieno finished second in the men's race.\n";
    expect(verdictOf("Samuel Otieno won the Kelmscar Marathon.", article)).toBe("unsourced");
    expect(verdictOf("Samuel Otieno won the women's race.", article)).toBe("conflicting");
  });

  it("takes a result away from one put out of the contest ('disqualified from')", () => {
    const race = " date 2026-04-26 Kelmscar Marathon\n\nDawit Kelemu won the Kelmscar Marathon in 2:06:12.\n";
    const ruling = " date 2026-06-03 Winner disqualified\n\nDawit Kelemu has been disqualified from April's Kelmscar Marathon.\n";
    expect(verdictOf("Dawit Kelemu won the Kelmscar Marathon in 2:06:12.", race, ruling)).toBe("conflicting");
    // What is not a result in the contest stands.
    const ran = " date 2026-04-26 Kelmscar Marathon\n\nDawit Kelemu ran the Kelmscar Marathon in 2:06:12.\n";
    expect(verdictOf("Dawit Kelemu ran the Kelmscar Marathon in 2:06:12.", ran, ruling)).toBe("supported");
    const cleared = " date 2026-06-03 Winner cleared\n\nDawit Kelemu has not been disqualified from April's Kelmscar Marathon.\n";
    expect(verdictOf("Dawit Kelemu won the Kelmscar Marathon in 2:06:12.", race, cleared)).toBe("supported");
  });

  it("takes a name the claim sets beside its noun, as the passage does, as the same ('as Wisturk detective Laikuth Beastitrin')", () => {
    const sentence = "The series is a spinoff of one of Veakaistur Vaisio's most popular shows, Beastitrin, which stars Koufeark Stoulenul as Wisturk detective Laikuth Beastitrin.";
    expect(verdictOf(sentence, ` date 2025-07-17 Beastitrin spinoff\n\n${sentence}\n`)).toBe("supported");
  });

  it("does not take a title two names share for a word of one name ('Dr')", () => {
    const article = " date 2026-06-11 Kidney trial\n\nThe trial was led by Dr Marta Yusupova.\n\nDr Owen Brannock, a kidney specialist, said the benefit was modest.\n";
    expect(verdictOf("Dr Owen Brannock led the trial.", article)).toBe("conflicting");
  });

  it("takes no value from a sentence around the passage that measures a noun the claim does not name", () => {
    const passage = passageView("Kacper Reszke won the championship on Saturday.", { after: ["He takes home €120,000 of the €200,000 prize fund."] });
    expect(judgeAtoms("Reszke won €200,000.", passage)[0]!.outcome).not.toBe("stated");
    expect(judgeAtoms("Reszke won €120,000.", passage)[0]!.outcome).toBe("stated");
  });

  it("takes no pronoun for a name no source says anywhere", () => {
    const article = " date 2025-10-04 Ballard made its debut in July.\n\nAfter its solid first season, Ballard was renewed for a second season by Prime Video.\n";
    // "its" does not stand for Netflix; the article gives the renewal to another.
    const netflix = judgeClaim(claimOf("Netflix renewed Ballard for a second season."), corpusOf({ "ballard.txt": article }));
    expect(netflix.verdict).toBe("conflicting");
    expect(netflix.reason).toContain("Prime Video renewed");
    expect(verdictOf("Prime Video renewed Ballard for a second season.", article)).toBe("supported");
  });

  it("takes no phrase behind a preposition ('for the festival') for what the article is about", () => {
    const passage = passageView("Eriksen's first feature, Saltwater, was not selected for the festival in 2021.", { title: "The Quiet Harbour wins top prize at film festival" });
    expect(judgeAtoms("The Quiet Harbour is Eriksen's first feature.", passage)[0]!.outcome).not.toBe("stated");
  });

  it("takes no phrase after the verb for what the article is about where the claim's verb is not found", () => {
    const passage = passageView("Carrick had taken the lead through Ivan Petrov after 12 minutes.", { title: "Dunmore win the Regional Cup" });
    expect(judgeAtoms("Ivan Petrov gave Dunmore the lead after 12 minutes.", passage)[0]!.outcome).not.toBe("stated");
  });

  it("takes 'he' for the subject of the sentence before, not for someone named further back", () => {
    const article = " date 2026-02-05 Prime Minister Eva Holt appointed Jonas Larsen as governor, replacing Marit Dahl.\n\nLarsen was previously the deputy governor. He will take office on April 1.\n";
    expect(verdictOf("Marit Dahl will take office on April 1.", article)).toBe("unsourced");
    expect(verdictOf("Jonas Larsen will take office on April 1.", article)).toBe("supported");
  });

  it("takes a quote's 'I', or 'it', for someone its paragraph names, not for someone named in a paragraph before", () => {
    const article =
      " date 2025-10-04 The cast also includes Titus Welliver as Harry Bosch.\n\nEarlier, Maggie Q spoke of her hesitations. Speaking to a reporter, \"I was not looking to lead a show again. It was not on my list.\"\n";
    expect(verdictOf("Titus Welliver was not looking to lead a show again.", article)).toBe("unsourced");
    expect(verdictOf("Maggie Q was not looking to lead a show again.", article)).toBe("supported");
  });

  it("takes 'he' for someone named before it, not after", () => {
    const article = " date 2025-05-02 Anna Falk was mayor.\n\nHe served as deputy mayor under Anna Falk.\n\nIn 2018 he beat Paul Reyes.\n";
    expect(verdictOf("Paul Reyes served as deputy mayor under Anna Falk.", article)).toBe("unsourced");
  });
});

describe("a name in the claim's slot", () => {
  const profile = " date 2025-05-02 Rafael Osei was born in Accra in 1971 and moved to Brennport at the age of nine.\n\nIn 2018 he beat the Labour candidate by 1,200 votes, becoming the city's first Green mayor.\n";

  it("is the passage's, where the claim's name stands in another clause of the sentence", () => {
    const verdict = judgeClaim(claimOf("Rafael Osei was born in Brennport in 1971."), corpusOf({ "001": profile }));
    expect(verdict.verdict).toBe("conflicting");
    expect(verdict.conflicts[0]).toMatchObject({ kind: "name", claimValue: "Brennport", sourceValue: "Accra" });
  });

  it("leaves the claim's name where it stands in the slot's own phrase ('Accra, Ghana')", () => {
    expect(verdictOf("Ama Boateng was born in Ghana.", " date 2025-05-02 Ama Boateng was born in Accra, Ghana, in 1980.\n")).toBe("supported");
  });

  it("is read inside a value that names what it ranks: 'the first Labour mayor' is not 'the first Green mayor'", () => {
    const verdict = judgeClaim(claimOf("Rafael Osei became the city's first Labour mayor."), corpusOf({ "001": profile }));
    expect(verdict.verdict).toBe("conflicting");
    expect(verdict.conflicts[0]).toMatchObject({ kind: "ordinal", claimValue: "first Labour mayor", sourceValue: "first Green mayor" });
    expect(verdictOf("Rafael Osei became the city's first Green mayor.", profile)).toBe("supported");
    expect(verdictOf("Rafael Osei became the city's first Labour mayor.", " date 2025-05-02 In 2018 Rafael Osei became the city's first mayor.\n")).toBe("unsourced");
  });

  it("is looked for by its own words, not by what WordNet gives for them ('Black Meridian' is no summit)", () => {
    const breach = " date 2026-10-12 The breach was discovered on October 9 by a security researcher, Tom Roe.\n\nA group calling itself Black Meridian has demanded a ransom.\n";
    const climb = " date 2026-05-20 The climbers reached the summit at noon, at a height of 6,900 metres.\n";
    expect(verdictOf("Black Meridian discovered the breach.", breach)).toBe("conflicting");
    expect(verdictOf("Black Meridian discovered the breach.", breach, climb)).toBe("conflicting");
  });

  it("counts every name of a subject joined by 'and' as a doer, ages and a description between", () => {
    const climb = " date 2026-05-20 Ann Lee, 38, and her climbing partner, Tom Roe, 45, reached the summit of Mount Kerr on Monday.\n";
    expect(verdictOf("Ann Lee reached the summit of Mount Kerr.", climb)).toBe("supported");
    expect(verdictOf("Ann Lee and Tom Roe reached the summit of Mount Kerr.", climb)).toBe("supported");
    expect(verdictOf("Bo Ray reached the summit of Mount Kerr.", climb)).toBe("unsourced");
  });
});

describe("the time of a saying", () => {
  const novel = " date 2026-09-02 Fjord Press said on Wednesday that it will publish \"Winter Harbour\", the novel Ingrid Solberg was writing when she died, in March next year.\n";

  it("is not the time of what was said", () => {
    expect(verdictOf("Winter Harbour will be published in March 2027.", novel)).toBe("supported");
    expect(verdictOf("Winter Harbour will be published in May 2027.", novel)).toBe("conflicting");
  });

  it("is the time of a saying the claim dates too", () => {
    expect(verdictOf("Fjord Press said on Wednesday that it will publish Winter Harbour.", novel)).toBe("supported");
  });
});

describe("a claim's verb in the passage", () => {
  it("needs a light verb said with its doer ('is made by') in the passage", () => {
    const article = " date 2027-03-04 Regulator approves orvatinib\n\nThe European Medicines Agency has approved orvatinib, Pellham Bio's kidney drug, for adults.\n";
    expect(verdictOf("Orvatinib is made by the European Medicines Agency.", article)).toBe("unsourced");
    expect(verdictOf("Orvatinib is approved by the European Medicines Agency.", article)).toBe("supported");
  });

  it("is not a word of a name ('filmed' is not said by 'the California Film Commission')", () => {
    const credit = " date 2025-10-04 The series was awarded a tax credit of $14.84 million by the California Film Commission.\n";
    expect(verdictOf("The series was filmed in California.", credit)).toBe("unsourced");
  });

  it("takes a word of a name for no word it is a kind of ('Copper Lantern', a horse, is no coin)", () => {
    const race = " date 2024-05-08 Copper Lantern won the Gold Cup by three lengths.\n";
    expect(verdictOf("A coin won the Gold Cup by three lengths.", race)).toBe("unsourced");
    expect(verdictOf("Copper Lantern won.", race)).toBe("supported");
    // The word outside a name still says it.
    expect(verdictOf("The owner was paid in coins.", " date 2024-05-08 Copper Lantern won, and its owner was paid in copper.\n")).toBe("supported");
  });

  it("is taken, where the passage says it twice, in the clause that holds the claim's subject", () => {
    const scores = " date 2025-10-04 It holds a 100% on Rotten Tomatoes, while the Popcornmeter holds a respectable 77%.\n";
    expect(verdictOf("The Popcornmeter holds a 100%.", scores)).toBe("conflicting");
    expect(verdictOf("The Popcornmeter holds a 77%.", scores)).toBe("supported");
  });

  it("takes no value from a sentence around it across a contrast from the claim's subject there", () => {
    const scores = " date 2025-10-04 It holds a 100% on Rotten Tomatoes, while the Popcornmeter holds a respectable 77%. Our critic gave the first season a 6/10, saying it holds as a casual summer watch.\n";
    expect(verdictOf("The Popcornmeter holds a 100%.", scores)).not.toBe("supported");
  });

  it("does not set a date of another kind against the claim's year where the same year is there too", () => {
    expect(verdictOf("It was Dunmore's first title since 1998.", " date 2026-04-20 Dunmore beat Carrick 3-1 in the final on Sunday, their first title since 1998.\n")).toBe("supported");
  });

  const hoard = " date 2026-05-12 The coins were discovered in April by a metal detectorist, Gary Pell, who reported the find to the county.\n\nExperts dated the coins to the fourth century.\n";

  it("is found as a verb of the same sense before the same word as a noun ('discovered', not 'the find', for 'found')", () => {
    expect(verdictOf("The coins were found by Gary Pell.", hoard)).toBe("supported");
  });

  it("reads no one named before as the subject through 'him', which only a verb or preposition takes", () => {
    const article = " date 2026-07-15 Ferrand withdraws\n\nLucas Ferrand has withdrawn from next week's Corrin Cup with a wrist injury. Chidi Anyanwu, who beat him in the final, is now the top seed at the Corrin Cup.\n";
    expect(verdictOf("Lucas Ferrand is the top seed at the Corrin Cup.", article)).toBe("unsourced");
    expect(verdictOf("Chidi Anyanwu is the top seed at the Corrin Cup.", article)).toBe("supported");
  });

  it("sets a name against another's only where the passage says whose it is, as the claim does", () => {
    const glassworks = " date 2026-09-14 Brenmoor to close glassworks\n\nChief executive Helen Marsh said the site had lost money in each of the last four years.\n";
    const hospital = " date 2026-09-10 Waiting times\n\nThe hospital's chief executive, Mark Brayford, said recruitment would take a year.\n";
    for (const claim of ["The hospital whose chief executive is Ann Kerr missed the target.", "The hospital's chief executive is Ann Kerr."]) {
      expect(verdictOf(claim, glassworks)).toBe("unsourced");
      expect(verdictOf(claim, hospital)).toBe("conflicting");
    }
  });

  it("reads two people who met or married each other either way round, and no third in the place of either", () => {
    const article = " date 2026-09-18 Talks\n\nAnil Rao met Sarah Quinn on Thursday. Helen Marsh married Tom Reed in 2019.\n";
    expect(verdictOf("Sarah Quinn met Anil Rao on Thursday.", article)).toBe("supported");
    expect(verdictOf("Tom Reed married Helen Marsh in 2019.", article)).toBe("supported");
    expect(verdictOf("Helen Marsh met Sarah Quinn on Thursday.", article)).toBe("unsourced");
    expect(verdictOf("Tom Reed married Sarah Quinn.", article)).toBe("unsourced");
    expect(verdictOf("Chelsea beat Arsenal.", " date 2026-09-18 Cup\n\nArsenal beat Chelsea on Sunday.\n")).toBe("conflicting");
  });

  it("is the same noun where a sentence's opening capital makes it read as a name, before a related word elsewhere", () => {
    const article = " date 2026-09-18 Glassworks talks\n\nBusiness secretary Anil Rao said the government would fund retraining for the workers who lose their jobs.\n";
    expect(verdictOf("Anil Rao is the business secretary.", article)).toBe("supported");
  });

  it("done to a noun it follows is a statement about that noun, not a report ('the coins found by Gary Pell')", () => {
    expect(verdictOf("The coins found by Gary Pell were dated to the fourth century.", hoard)).toBe("supported");
    expect(verdictOf("The coins found by Ruth Ames were dated to the fourth century.", hoard)).toBe("unsourced");
  });
});

describe("who said or found something", () => {
  const filler = "The series is set in Los Angeles. Its cast includes many actors. Filming took several months.";
  const apart = corpusOf({
    "study.txt": ` date 2025-01-10 The study found that most workers asked. ${filler} Men were more likely to get a pay rise.\n`,
  });
  const beside = corpusOf({
    "study.txt": ` date 2025-01-10 ${filler} Men were more likely to get a pay rise, the study found.\n`,
  });
  const claim = "Men were more likely to get a pay rise, a study found.";

  it("says it beside what the claim says was said: supported", () => {
    expect(judgeClaim(claimOf(claim), beside).verdict).toBe("supported");
  });

  it("is not supported by the same words said apart from it in the article", () => {
    const verdict = judgeClaim(claimOf(claim), apart);
    expect(verdict.verdict).toBe("unsourced");
    expect(verdict.trace.atoms.find((a) => a.atom.includes("study"))?.why).toContain("not beside what the claim says was said");
  });

  const court = corpusOf({
    "ruling.md": "---\ndate: 2026-10-14\n---\n\nA state appeals court on Monday struck down the ban, ruling 2-1 that the city had exceeded its authority. Judge Amara Osei wrote the majority opinion, joined by Judge Paul Reyes. Judge Linda Voss dissented, arguing that the ban protected residents.\n",
  });

  it("is not said by a sentence that names the speaker but says nothing, nor by one whose verb takes an object instead of what was said", () => {
    const verdict = judgeClaim(claimOf("Amara Osei said the city had exceeded its authority."), court);
    expect(verdict.verdict).toBe("unsourced");
    expect(verdict.trace.atoms.find((a) => a.atom.includes("said"))?.why).toContain("not beside what the claim says was said");
  });

  it("is not contradicted by a noun merely derived from its verb that is the claim's subject: 'study' is no review", () => {
    expect(verdictOf("The study was not peer reviewed.", " date 2026-05-12 Brisk walking linked to lower dementia risk, study finds\n")).toBe("unsourced");
  });

  it("is said by the speaker whose verb of saying what was said hangs on, not by one who said something else before", () => {
    const signing = " date 2026-08-02 Redmoor manager Elspeth Kinloch said he was \"the missing piece\", but Castlebury's vice-captain, Joel Amankwah, said the club would miss him.\n";
    expect(verdictOf("Elspeth Kinloch said the club would miss him.", signing)).toBe("unsourced");
    expect(verdictOf("Elspeth Kinloch said he was the missing piece.", signing)).toBe("supported");
    // An aside with a verb of its own between the speaker and the verb of saying is no other saying.
    const ruling = " date 2026-10-14 Lord Justice Okoro, writing for the court, said the earlier judge had set the bar too high.\n";
    expect(verdictOf("Lord Justice Okoro said the earlier judge had set the bar too high.", ruling)).toBe("supported");
  });

  it("is said by whoever a quote's 'she said' goes on with, not by a name further back", () => {
    const count = ' date 2026-05-08 Okonkwo-Reyes, 61, received 1,846 votes. Brightwater said she would ask for a recount. "Twelve votes is nothing," she said.\n';
    expect(verdictOf("Brightwater said twelve votes was nothing.", count)).toBe("supported");
    expect(verdictOf("Okonkwo-Reyes said twelve votes was nothing.", count)).toBe("unsourced");
  });

  it("is not said by the article's subject where a description the sentence gives a name to speaks", () => {
    const count = " date 2026-05-08 Okonkwo-Reyes holds seat by 12 votes\n\nThe returning officer, Dervla McCann, said the count had been carried out correctly.\n";
    expect(verdictOf("Dervla McCann said the count had been carried out correctly.", count)).toBe("supported");
    expect(verdictOf("Okonkwo-Reyes said the count had been carried out correctly.", count)).toBe("unsourced");
    // A name that only says whose ("the film, Eriksen's second feature") leaves the description the topic's.
    const film = " date 2026-09-20 The Quiet Harbour wins top prize\n\nThe film, Eriksen's second feature, follows a ferry captain played by Anton Berg.\n";
    expect(verdictOf("The Quiet Harbour follows a ferry captain.", film)).toBe("supported");
    // Nor is what a verb takes a description of the topic: "the course" is no runner.
    const race = " date 2024-04-15 Kuvaro wins as Breuning takes second\n\nFerrante, who set the course record of 2:07:55 in 2019, said he had been slowed by a calf injury.\n";
    expect(verdictOf("Breuning said he had been slowed by a calf injury.", race)).toBe("unsourced");
  });

  it("takes 'it' after a name's own verb of saying for that name, not for a name in the title", () => {
    const blocked = ' date 2027-01-20 Regulator blocks Corvane-Stellmark deal\n\nCorvane said it was "deeply disappointed" and was considering an appeal.\n';
    expect(verdictOf("Corvane is considering an appeal.", blocked)).toBe("supported");
    expect(verdictOf("Stellmark is considering an appeal.", blocked)).toBe("unsourced");
  });

  it("reads a warning as a report: the warning is said, not what was warned of", () => {
    const deal = " date 2026-08-11 Corvane agreed to buy Stellmark. Unions warned that up to 600 jobs could be lost.\n";
    expect(verdictOf("Unions warned that up to 600 jobs could be lost.", deal)).toBe("supported");
    expect(verdictOf("600 jobs were lost.", deal)).toBe("unsourced");
  });

  it("says only what stands beside the speaker's verb of saying, not a figure from a sentence around it", () => {
    const result = " date 2026-05-21 Brightwater overturned Okonkwo-Reyes's 12-vote victory. Okonkwo-Reyes said he accepted the result.\n";
    expect(verdictOf("Okonkwo-Reyes said he accepted the result.", result)).toBe("supported");
    expect(verdictOf("Okonkwo-Reyes said twelve votes was nothing.", result)).toBe("unsourced");
  });

  it("is not said by a word derived from the verb that describes another noun ('closing price')", () => {
    const deal = " date 2026-08-11 Stellmark shareholders will receive 310 pence a share, a premium of 28 percent to Friday's closing price. The deal is expected to close in the first quarter of next year.\n";
    expect(verdictOf("The Corvane-Stellmark deal closed in the first quarter.", deal)).toBe("unsourced");
  });

  it("is not contradicted by a describing word said the other way of another noun", () => {
    const report = " date 2026-06-01 A report on food trade was published. Infrastructure at the ports is often old, the report's authors add.\n";
    expect(verdictOf("A new report warned that food trade is at risk.", report)).not.toBe("conflicting");
    // Nor stated by it, under a verb of saying as under any other.
    expect(verdictOf("The old report said infrastructure at the ports is often old.", " date 2026-06-01 The new report said infrastructure at the ports is often old.\n")).toBe("unsourced");
  });

  it("is not contradicted by a more specific verb of saying, negated: not responding leaves saying open", () => {
    const recall = " date 2026-11-02 Ronvale did not respond to a request for comment.\n";
    expect(verdictOf("Ronvale said the part was faulty.", recall)).toBe("unsourced");
    // The other way round, a more specific verb rules out the negated claim.
    expect(verdictOf("Ronvale did not say anything.", " date 2026-11-02 Ronvale responded to a request for comment.\n")).toBe("conflicting");
  });

  it("is not said by a quotation near the speaker's words that names another speaker", () => {
    const bridge = " date 2026-06-10 The bridge will not open until 2029. Contractor Brandt Bau said it would pay a penalty for each month of delay.\n\nLea Moser, the transport commissioner, said she was \"deeply frustrated\".\n";
    expect(verdictOf("Brandt Bau said it was deeply frustrated.", bridge)).toBe("unsourced");
    expect(verdictOf("Lea Moser said she was deeply frustrated.", bridge)).toBe("supported");
  });

  const renewal = [
    " date 2025-10-06 The word came in August for author Michael Connelly and the series.",
    "Earlier today, that future was confirmed with the official announcement.",
    "\"We are excited to share that the series will continue,\" shared Lauren Lancaster, head of development.",
    "\"The audience response to the series has been phenomenal.\"\n",
    "Showrunner Kendall Sherwood said, \"We're so grateful.\"\n",
  ];

  it("is not said by a sentence that takes its speaker from the sentence before, without a pronoun for them", () => {
    const verdict = judgeClaim(claimOf("Michael Connelly said the audience response to the series has been phenomenal."), corpusOf({ "renewal.txt": renewal.join(" ") }));
    expect(verdict.verdict).toBe("unsourced");
    expect(verdict.trace.atoms.find((a) => a.atom.includes("said"))?.why).toContain("names Michael Connelly only in a sentence around it");
  });

  it("is not said by one named before another's verb of saying, its doer a name of its own", () => {
    const article = " date 2026-10-12 Chief executive Declan Moyse said the company had repaired more than 3,000 leaks since August, but River Watch Tamsley said leakage had barely fallen, at 131 million litres a day.\n";
    expect(verdictOf("The company said leakage had barely fallen.", article)).toBe("unsourced");
    expect(verdictOf("River Watch Tamsley said leakage had barely fallen.", article)).toBe("supported");
    // A saying inside another's is still the first speaker's.
    expect(verdictOf("The regulator said prices could have risen.", " date 2026-10-12 The regulator said its investigation had found that prices could have risen.\n")).toBe("supported");
  });

  it("is not said by a speaker named in a paragraph after the quotation", () => {
    expect(verdictOf("Kendall Sherwood said the audience response to the series has been phenomenal.", renewal.join(" "))).toBe("unsourced");
    expect(verdictOf("Kendall Sherwood said she was grateful.", renewal.join(" "))).toBe("supported");
  });

  it("reads 'according to' someone as that someone saying it, before the statement or after it", () => {
    const outage = corpusOf({
      "outage.md": "---\ndate: 2026-07-20\n---\n\nSkyline Air cancelled 340 flights on Sunday. The airline's chief operating officer, Paula Renn, said the fault was caused by a software update. Chief executive Omar Quist apologised to passengers.\n",
    });
    expect(judgeClaim(claimOf("The fault was caused by a software update, according to Paula Renn."), outage).verdict).toBe("supported");
    expect(judgeClaim(claimOf("According to Paula Renn, the fault was caused by a software update."), outage).verdict).toBe("supported");
    const other = judgeClaim(claimOf("The fault was caused by a software update, according to Omar Quist."), outage);
    expect(other.verdict).toBe("unsourced");
    expect(other.trace.atoms.map((a) => a.atom)).toContain("according Omar Quist");
  });

  it("is not said by another person who shares a title with the claim's ('Judge Linda Voss' is not 'Judge Paul Reyes')", () => {
    expect(judgeClaim(claimOf("Judge Paul Reyes dissented, arguing that the ban protected residents."), court).verdict).toBe("unsourced");
    expect(judgeClaim(claimOf("Judge Linda Voss dissented, arguing that the ban protected residents."), court).verdict).toBe("supported");
  });
});

describe("a value set beside a name", () => {
  it("is the age of a subject said by its noun where the passage says that noun beside the name", () => {
    const trial = " date 2026-03-03 Martin Keller, the former director of the food bank, was jailed for six years on Tuesday.\n\nKeller, 52, had denied 14 counts of fraud.\n";
    expect(verdictOf("The 52-year-old former director of the food bank was jailed for six years.", trial)).toBe("supported");
  });

  it("is not where the passage never says the noun of that name", () => {
    const board = " date 2026-03-03 The head of quality said the line had stopped.\n\nHer brother, Sigmund Tavelmoor, 63, who chairs the board, said the line had stopped.\n";
    expect(verdictOf("The 63-year-old head of quality said the line had stopped.", board)).toBe("unsourced");
  });
});

describe("a name an article has in part", () => {
  it("is not named by an article that has the last word of a long name as a common word", () => {
    const other = " date 2026-02-14 Avalanche closes Valmorrin resort\n\nThe Valmorrin mountain rescue team said 90 centimetres of snow fell overnight.\n";
    expect(verdictOf("The head of Brennholt Mountain Rescue said 80 centimetres of snow fell overnight.", other)).toBe("unsourced");
  });

  it("is named by a later article that gives a person by surname", () => {
    const later = " date 2026-06-02 Launch goes ahead\n\nGlenmure said the lights had been switched off, and he withdrew his complaint.\n";
    expect(verdictOf("Ewan Glenmure did not withdraw his complaint.", later)).toBe("conflicting");
  });
});

describe("a claim that says why", () => {
  const claim = "The orchestra cancelled its tour because the sponsor withdrew its support.";

  it("is supported by a sentence that gives both halves and says one is why", () => {
    expect(verdictOf(claim, " date 2025-01-10 The orchestra cancelled its tour after the sponsor withdrew its support.\n")).toBe("supported");
  });

  it("is not supported by the two halves said in two sentences", () => {
    const apart = " date 2025-01-10 The orchestra cancelled its tour. The sponsor withdrew its support, the orchestra said.\n";
    expect(verdictOf(claim, apart)).toBe("unsourced");
    expect(verdictOf("The orchestra cancelled its tour.", apart)).toBe("supported");
  });

  it("is supported by two sentences in a row, the later saying it follows from the earlier", () => {
    const story = " date 2025-01-10 The sponsor withdrew its support. The orchestra therefore cancelled its tour.\n";
    expect(verdictOf(claim, story)).toBe("supported");
    expect(verdictOf(claim, " date 2025-01-10 The sponsor withdrew its support. The orchestra cancelled its tour.\n")).toBe("unsourced");
  });

  it("is not supported by one sentence that gives the halves without saying one is why", () => {
    expect(verdictOf(claim, " date 2025-01-10 The orchestra cancelled its tour, and the sponsor withdrew its support.\n")).toBe("unsourced");
  });
});

describe("what a blind probe round found", () => {
  const quotes = " date 2026-03-12 The ship is owned by Kestrel Lines, whose chief executive is Osric Vane, 61. \"We deeply regret this,\" Vane said. His daughter, Mara Vane, 34, is the company's head of communications; she said the ship had passed its last inspection in January.\n";

  it("reads 'she' after a sentence's own doer as that doer, not as someone named before", () => {
    expect(verdictOf("Mara Vane said the ship had passed its last inspection in January.", quotes)).toBe("supported");
    expect(verdictOf("Osric Vane said the ship had passed its last inspection in January.", quotes)).toBe("unsourced");
  });

  it("takes no age from a sentence around that sets it beside another's name", () => {
    const arrest = " date 2026-03-24 Captain charged as Merrow Star spill grows\n\nThe Merrow Star spilled 310 tonnes of oil. Its captain, Anselm Roe, was arrested on March 18 and charged with negligent navigation. Chief prosecutor Dario Vell, 49, said Roe had switched off the depth alarm.\n";
    expect(verdictOf("The captain of the Merrow Star is in his forties.", arrest)).toBe("unsourced");
  });

  it("does not find a word inside a hyphenated noun WordNet knows whole", () => {
    const appointed = " date 2026-06-16 Foreign Minister Teodora Vasquell was elected leader of the Workers' Party on Saturday.\n\nVasquell becomes the party's ninth leader and the first woman to hold the post. On Monday, Vasquell named Quorne as her deputy leader and appointed her brother-in-law, Lucan Aldash, 57, an accountant from Saltharrow, as party treasurer in place of Wilhelmina Lisz.\n";
    expect(verdictOf("Lucan Aldash is Teodora Vasquell's brother.", appointed)).toBe("unsourced");
    expect(verdictOf("Lucan Aldash is the party treasurer.", appointed)).toBe("supported");
  });

  it("reads a name 'in place of' which another is named as ruled out of that place", () => {
    const appointed = " date 2026-06-16 Vasquell appointed Lucan Aldash, 57, an accountant from Saltharrow, as party treasurer in place of Wilhelmina Lisz.\n";
    expect(verdictOf("Lucan Aldash is the party treasurer.", appointed)).toBe("supported");
    expect(verdictOf("Wilhelmina Lisz is the party treasurer.", appointed)).toBe("conflicting");
  });

  it("reads the value after 'from' that follows where a change went as where it started", () => {
    const revised = " date 2026-09-03 The regional average pass rate was revised up to 72.0 percent from the 71.4 percent first published.\n";
    expect(verdictOf("The regional average pass rate is 72.0 percent.", revised)).toBe("supported");
    expect(verdictOf("The regional average pass rate is 71.4 percent.", revised)).toBe("conflicting");
    expect(verdictOf("Sales were $4 million.", " date 2026-09-03 Sales rose to $5 million from $4 million.\n")).toBe("conflicting");
    // Likewise after how much it changed: the claim's new value is not the old one.
    const rise = " date 2024-03-12 Her salary was £412,000 in 2023.\n\nHer salary rose by 9 per cent from £378,000 a year earlier.\n";
    expect(verdictOf("Her salary rose by 9 per cent, from £378,000 to £412,000.", rise)).toBe("supported");
    // Where the claim has the change go to the value it started from, the two cannot both hold.
    expect(verdictOf("Sales rose 25 percent to $4 million.", " date 2026-09-03 Sales rose 25 percent from $4 million.\n")).toBe("conflicting");
  });

  it("does not take a post said of the speaker for what the speaker said", () => {
    const coalition =
      " date 2026-06-16 Vasquell elected leader\n\nFormer minister Ilsa Quorne withdrew on June 8 and endorsed Vasquell, saying the Workers' Party \"needs a leader who can win a general election.\" Turnout rose to 72.9 percent.\n\nVasquell becomes the party's ninth leader.\n\nPrime Minister Benedek Oranth, whose Civic Union governs in coalition with the Workers' Party, congratulated Vasquell and said the coalition would serve out its full term.\n";
    expect(verdictOf("Prime Minister Benedek Oranth said the coalition would serve out its full term.", coalition)).toBe("supported");
    expect(verdictOf("Prime Minister Benedek Oranth said the Workers' Party \"needs a leader who can win a general election.\"", coalition)).toBe("unsourced");
  });

  it("gives a value a noun of the claim's subject takes with 'of' to that noun", () => {
    const rates = " date 2026-04-28 The share of Marrowfield children who have received both doses has risen to 86 percent, still short of the national target of 95 percent.\n";
    expect(verdictOf("The national target for children receiving both doses is 95 percent.", rates)).toBe("supported");
    expect(verdictOf("The national target for children receiving both doses is 86 percent.", rates)).toBe("conflicting");
  });

  it("gives a value set after a name and a comma to that person", () => {
    const charged = " date 2025-03-18 Caspian Dunmorrow, 41, and his younger brother, Oswin Dunmorrow, 37, were charged on Sunday.\n";
    expect(verdictOf("Oswin Dunmorrow is 37.", charged)).toBe("supported");
    expect(verdictOf("Oswin Dunmorrow is 41.", charged)).toBe("conflicting");
    expect(verdictOf("Oswin Dunmorrow, 41, and his younger brother, Caspian Dunmorrow, 37, were charged on Sunday.", charged)).toBe("conflicting");
  });

  it("takes, of two values as near the atom, the one that follows the passage's own verb", () => {
    const plea = " date 2024-03-04 Torvald Brathwick pleaded guilty last month to a safety offence and is due to be sentenced on 26 April.\n";
    const verdict = judgeClaim(claimOf("Torvald Brathwick is due to be sentenced on 10 May."), corpusOf({ "001": plea }));
    expect(verdict.verdict).toBe("conflicting");
    expect(verdict.reason).toContain("says April 26");
  });

  it("takes the owner of a thing the passage names from the sentence before", () => {
    const sale = " date 2026-02-26 Tessaline Technologies will cut 850 jobs, it said. The Tollbridge factory will no longer close and will instead be sold to Corvanth Robotics.\n";
    expect(verdictOf("Tessaline's Tollbridge factory will close.", sale)).toBe("conflicting");
    expect(verdictOf("Orvane's Tollbridge factory will close.", sale)).toBe("unsourced");
  });

  it("lets a newer date a thing was moved to stand over the older one it was due on", () => {
    const plea = " date 2024-03-04 Torvald Brathwick pleaded guilty last month and is due to be sentenced on 26 April.\n";
    const moved = " date 2024-04-19 The sentencing of Torvald Brathwick was moved from 26 April to 10 May at the request of his lawyers.\n";
    expect(verdictOf("Torvald Brathwick is due to be sentenced on 10 May.", plea, moved)).toBe("supported");
    expect(verdictOf("Torvald Brathwick is due to be sentenced on 26 April.", plea, moved)).toBe("conflicting");
  });

  it("dates 'the following day' from the date the sentence told before it", () => {
    const charged = " date 2026-03-25 Ann Lee was arrested on March 18 and charged the following day.\n";
    expect(verdictOf("Ann Lee was charged on March 19.", charged)).toBe("supported");
    expect(verdictOf("Ann Lee was charged on March 18.", charged)).toBe("conflicting");
  });

  it("does not carry a negation into a clause that 'when' opens", () => {
    const remarked = " date 2026-09-03 Once the scripts were re-marked, the school's pass rate rose to 95.1 percent.\n";
    expect(verdictOf("Brindle Academy's pass rate did not change when the scripts were re-marked.", remarked)).not.toBe("conflicting");
  });
});
