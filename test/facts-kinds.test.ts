// Each fact kind with the sentences it must read, and those it must not, in the manner of
// ESLint's RuleTester; then every fact printed and read back, and a long text read in one pass.
import { describe, expect, it } from "vitest";
import { readFacts } from "../src/facts/read.js";
import { loadFactVocabulary } from "../src/facts/load-vocabulary.js";
import { readTokens } from "../src/language/english/tokens.js";
import { NEGATIONS, STOPWORDS } from "../src/text/lexicon.js";
import type { Fact, FactKind } from "../src/types.js";

const vocabulary = loadFactVocabulary();
const words = { stopwords: STOPWORDS, negations: NEGATIONS };
/** The source's date the date cases are read against: a Thursday. */
const SOURCE_DATE = "2025-07-17";

export function factsOf(text: string, date?: string): Fact[] {
  return readFacts(readTokens(text, words), vocabulary, { date }).facts;
}

interface Valid {
  text: string;
  /** The source's date; SOURCE_DATE unless set, "none" for a text without one. */
  date?: string;
  display: string;
  /** The text the fact covers. */
  span?: string;
  interval?: [low: number, high: number];
  /** Bounds excluded: "(" for the low, ")" for the high. */
  open?: "(" | ")" | "()";
  unit?: string;
  parts?: Fact["date"];
  ruledOut?: boolean;
}

interface Invalid {
  text: string;
  why: string;
  date?: string;
}

const dateOf = (c: { date?: string }) => (c.date === "none" ? undefined : (c.date ?? SOURCE_DATE));

const KINDS: Record<string, { kind: FactKind; valid: Valid[]; invalid: Invalid[] }> = {
  money: {
    kind: "money",
    valid: [
      { text: "a tax credit of $14.84 million", display: "$14.84 million", span: "$14.84 million", interval: [14_835_000, 14_845_000], open: "()", unit: "$" },
      { text: "It took in US$5 on day one.", display: "$5", unit: "$" },
      { text: "a €5m grant", display: "€5 million", unit: "€" },
      { text: "a $2bn deal", display: "$2 billion", interval: [1_500_000_000, 2_500_000_000], open: "()" },
      { text: "a $5.5-million budget", display: "$5.5 million" },
      { text: "It cost five dollars.", display: "$5" },
      { text: "It paid 5 USD.", display: "$5" },
      { text: "nearly $15 million", display: "nearly $15 million", interval: [13_500_000, 15_000_000], open: ")" },
      { text: "under $5", display: "less than $5", interval: [0, 5], open: ")" },
      { text: "between $5 million and $7 million", display: "$5-7 million", span: "between $5 million and $7 million", interval: [4_500_000, 7_500_000], open: "()" },
      { text: "It cost $10, not $12.", display: "$12", ruledOut: true },
    ],
    invalid: [
      { text: "Call 555-123-4567 for tickets.", why: "a telephone number is not money" },
      { text: "Call (555) 123-4567 for tickets.", why: "nor is one with its area code apart" },
      { text: "He lost 10 pounds.", why: "pounds weigh as often as they pay" },
    ],
  },
  percent: {
    kind: "percent",
    valid: [
      { text: "a 77% score", display: "77%", interval: [76.5, 77.5], open: "()" },
      { text: "77 percent of voters", display: "77%" },
      { text: "seventy per cent", display: "70%" },
      { text: "over 40%", display: "more than 40%", interval: [40, Infinity], open: "(" },
      { text: "10-12% of them", display: "10-12%" },
      { text: "a 2.5% rise", display: "2.5%", interval: [2.45, 2.55], open: "()" },
      { text: "The ministry cut the grant by a quarter.", display: "25%", span: "a quarter", interval: [24.5, 25.5], open: "()" },
      { text: "Sales rose by half.", display: "50%", span: "half" },
    ],
    invalid: [
      { text: "He scored 77 points.", why: "a number without a percent sign is not a percentage" },
      { text: "It was a quarter of the price.", why: "a fraction is a share only as how much a change changed" },
      { text: "She won it by a quarter of a second.", why: "nor after a 'by' no word of change comes before" },
      { text: "It reduced infections in a trial of a quarter of the town.", why: "nor after an 'of' that follows another noun than a word of change" },
    ],
  },
  score: {
    kind: "score",
    valid: [
      { text: "The critic gave it a 6/10.", display: "6/10", interval: [6, 6], unit: "/10" },
      { text: "an 8.5/10 review", display: "8.5/10" },
      { text: "6 out of 10", display: "6/10" },
      { text: "four out of five stars", display: "4/5", unit: "/5" },
    ],
    invalid: [{ text: "It premiered 7/9/2025.", why: "a date written with slashes is no score" }],
  },
  temperature: {
    kind: "temperature",
    valid: [
      { text: "The temperature reached 38.9C on Tuesday.", display: "38.9°C", interval: [38.85, 38.95], open: "()", unit: "°C" },
      { text: "It hit 38.9°C at the airport.", display: "38.9°C" },
      { text: "about 40 degrees Celsius", display: "about 40°C" },
      { text: "a high of 102F", display: "102°F", unit: "°F" },
    ],
    invalid: [{ text: "He got a grade 3 C in maths.", why: "a letter apart from the number, with no degree before it, is no scale" }],
  },
  time: {
    kind: "time",
    valid: [
      { text: "The window opens at 10am.", display: "10am", span: "10am", interval: [600, 600] },
      { text: "It closes at 6 pm on weekdays.", display: "6pm", span: "6 pm", interval: [1080, 1080] },
      { text: "Doors open at 7.30pm.", display: "7:30pm", span: "7.30pm", interval: [1170, 1170] },
      { text: "They reached the top at 11.20am on Monday.", date: "none", display: "11:20am", span: "11.20am", interval: [680, 680] },
      { text: "Polls closed at 10:15 p.m. in the east.", display: "10:15pm", span: "10:15 p.m." },
      { text: "The shop opened at 12pm.", display: "12pm", interval: [720, 720] },
      { text: "The shift began at 12am.", display: "12am", interval: [0, 0] },
      { text: "It reopens at 7.30pm on Friday.", date: "none", display: "7:30pm", span: "7.30pm" },
      { text: "It closes on Friday at 10am.", date: "none", display: "10am", span: "10am" },
    ],
    invalid: [
      { text: "Meet at 10 by the gate.", why: "a number with no half of the day is no time" },
      { text: "The 7.30 train was late.", why: "nor is one with minutes" },
      { text: "It was 13pm.", why: "a twelve-hour clock has no 13" },
      { text: "The 10 amateurs met.", why: "a word that only begins like a half of the day is none" },
    ],
  },
  result: {
    kind: "result",
    valid: [
      { text: "Harlow won after a 2-0 win at Brockton.", display: "2-0" },
      { text: "Dunmore beat Carrick 3-1 in the final.", display: "3-1" },
      { text: "The court ruled 2\u20131 that the city had gone too far.", display: "2-1" },
      { text: "The bill passed by 54 votes to 41, with five abstentions.", display: "54-41", span: "54 votes to 41" },
      { text: "Members accepted the offer by 1,020 votes to 310.", display: "1,020-310" },
      { text: "The council voted 7 to 2 to approve the plan.", display: "7-2", span: "7 to 2" },
      { text: "The vote was six to one.", display: "6-1" },
      { text: "It was approved in a 5 to 4 ruling.", display: "5-4" },
    ],
    invalid: [
      { text: "The 2019-20 season ended early.", why: "a span of years is no result" },
      { text: "About 10-12 people came.", why: "a range with what it counts is no result" },
      { text: "They won 3 to 5 seats.", why: "a range with what it counts is no result, after a word a result is said by too" },
      { text: "Between 5 to 10 people were hurt.", why: "'to' between two numbers is a range where no word says a result" },
      { text: "The score went from 2 to 3.", why: "a change from one number to another is no result" },
    ],
  },
  rank: {
    kind: "rank",
    valid: [
      { text: "It ended at No. 4 on the chart.", display: "No. 4", interval: [4, 4] },
      { text: "the no. 4 seed", display: "No. 4" },
      { text: "a #4 hit", display: "No. 4", span: "#4" },
      { text: "He is number one.", display: "No. 1" },
      { text: "a top 10 hit", display: "top 10", interval: [1, 10] },
      { text: "a top-10 hit", display: "top 10" },
      { text: "Top ten", display: "top 10" },
      { text: "It finished fourth place.", display: "No. 4", span: "fourth place" },
      { text: "It ranked fourth.", display: "No. 4" },
      { text: "She came second.", display: "No. 2" },
    ],
    invalid: [
      { text: "No, he said.", why: "a 'No' without its stop is an answer" },
      { text: "There were no 4-star reviews.", why: "'no' before a number is a negation" },
      { text: "the second season", why: "an ordinal before a noun other than a place is no rank" },
    ],
  },
  age: {
    kind: "age",
    valid: [
      { text: "Maggie Q, 46, explained", display: "46 years old", span: "46", interval: [46, 46] },
      { text: "Smith (46) said", display: "46 years old" },
      { text: "Godfrey Pennifold, now 71, and his wife", display: "71 years old", span: "now 71" },
      { text: "Maggie Q is 46.", display: "46 years old" },
      { text: "Maggie Q, the show's star, is 46.", display: "46 years old", span: "46" },
      { text: "Maggie Q, who is 46, said", display: "46 years old", span: "46" },
      { text: "Maggie Q, who turned 46 this month, said", display: "46 years old", span: "46" },
      { text: "a 46-year-old actress", display: "46 years old", span: "46-year-old" },
      { text: "She is forty-six years old.", display: "46 years old" },
      { text: "aged 46", display: "46 years old", span: "aged 46" },
      { text: "at the age of 46", display: "46 years old" },
      { text: "a man in his thirties", display: "30-39 years old", span: "in his thirties", interval: [30, 39] },
      { text: "She is older than 50.", display: "more than 50 years old", span: "older than 50", interval: [50, Infinity], open: "(" },
      { text: "Applicants must be no younger than 18.", display: "at least 18 years old", interval: [18, Infinity] },
      { text: "a woman in her early 40s", display: "40-43 years old", interval: [40, 43] },
      { text: "a man in his mid-40s", display: "43-46 years old" },
      { text: "a man in his late thirties", display: "37-39 years old" },
    ],
    invalid: [
      { text: "The score is 46.", why: "a copula after a common noun gives no age" },
      { text: "The score, as Ann Lee put it, is 46.", why: "nor after an aside that follows a common noun" },
      { text: "In the thirties, jazz boomed.", why: "a decade without 'in his' is an era" },
      { text: "He spent 46 years there.", why: "years spent are a duration" },
      { text: "Ann Lee is ten years older than Tom Hale.", why: "years older than another are a difference, not an age" },
      { text: "Ann Lee turned 46 pages.", why: "after a verb of reaching, a noun the number counts makes it no age" },
      { text: "The firm, which turned 46 this month, said", why: "'which' stands for no person whose age it is" },
    ],
  },
  ordinal: {
    kind: "ordinal",
    valid: [
      { text: "the second season", display: "season 2", unit: "season", interval: [2, 2] },
      { text: "Season 2 premiered", display: "season 2", unit: "season" },
      { text: "season two", display: "season 2" },
      { text: "its third album", display: "third album", unit: "album" },
      { text: "its 3rd album", display: "third album" },
      { text: "their third studio album", display: "third album" },
      { text: "the second season finale", display: "season 2" },
      { text: "the debut album", display: "first album" },
      { text: "the twenty-first season", display: "season 21" },
      { text: "the third-largest city", display: "third largest", unit: "largest", span: "third-largest" },
      { text: "the third-largest chemical spill", display: "third largest", unit: "largest", span: "third-largest" },
      { text: "It made the spill the second-largest in the county's history.", display: "second largest", unit: "largest" },
      { text: "her 45th film", display: "45th film" },
      { text: "the 911th film", display: "911th film", interval: [911, 911] },
    ],
    invalid: [
      { text: "Season alone tells us nothing.", why: "'Season' without a number is no ordinal" },
      { text: "He came first.", why: "an ordinal without a noun is a rank, or nothing" },
    ],
  },
  date: {
    kind: "date",
    valid: [
      { text: "It premiered on July 9.", display: "July 9", span: "July 9", parts: { year: 2025, month: 7, day: 9, inferredYear: true } },
      { text: "It premiered on July 9.", date: "none", display: "July 9", parts: { month: 7, day: 9 }, interval: [-Infinity, Infinity] },
      { text: "IT PREMIERED ON JULY 9.", display: "July 9", parts: { year: 2025, month: 7, day: 9, inferredYear: true } },
      { text: "it premiered on july 9.", display: "July 9" },
      { text: "It premiered on December 20.", date: "2026-01-05", display: "December 20", parts: { year: 2025, month: 12, day: 20, inferredYear: true } },
      { text: "on October 6, 2025", display: "October 6, 2025", parts: { year: 2025, month: 10, day: 6 } },
      { text: "It closed March 3rd 2024.", display: "March 3, 2024", span: "March 3rd 2024" },
      { text: "It aired 2025-10-06.", display: "October 6, 2025" },
      { text: "It aired 7/9/2025.", display: "July 9, 2025" },
      { text: "It opened 9 July 2025.", display: "July 9, 2025" },
      { text: "on the 4th of July", display: "July 4" },
      { text: "in March 2024", display: "March 2024", parts: { year: 2024, month: 3 } },
      { text: "The vote is in May.", display: "May", parts: { year: 2025, month: 5, inferredYear: true } },
      { text: "It was announced yesterday.", display: "July 16, 2025", parts: { year: 2025, month: 7, day: 16 } },
      { text: "It was announced yesterday.", date: "none", display: "yesterday", parts: { relative: { level: "day", offset: -1 } } },
      { text: "It happened on Saturday morning.", date: "none", display: "Saturday morning", parts: { weekday: 6, dayPart: 0 } },
      { text: "It was announced two days ago.", date: "none", display: "two days ago", parts: { relative: { level: "day", offset: -2 } } },
      { text: "It was announced three days ago.", display: "July 14, 2025" },
      { text: "It aired last Tuesday.", display: "Tuesday, July 15", parts: { year: 2025, month: 7, day: 15, weekday: 2, inferredYear: true } },
      { text: "It aired on Tuesday.", date: "none", display: "Tuesday", parts: { weekday: 2 } },
      { text: "on Tuesday, July 15, 2025", display: "Tuesday, July 15, 2025" },
      { text: "It closed a week after March 3.", display: "March 10", span: "a week after March 3", parts: { year: 2025, month: 3, day: 10, inferredYear: true } },
      { text: "It opened July 9 and closed two days later.", display: "July 11", span: "two days later" },
      { text: "It opened March 3, 2024, and closed a week later.", display: "March 10, 2024", parts: { year: 2024, month: 3, day: 10 } },
      { text: "He was arrested on March 18 and charged the following day.", display: "March 19", span: "the following day" },
      { text: "It opened on December 31, 2024, and closed the next day.", display: "January 1, 2025", span: "the next day", parts: { year: 2025, month: 1, day: 1 } },
      { text: "It ran from July 9 to July 12.", display: "July 12" },
      { text: "Earlier this month, it was renewed.", display: "July 2025", span: "Earlier this month" },
      { text: "It wrapped in mid-July.", display: "July", span: "mid-July", parts: { year: 2025, month: 7, inferredYear: true } },
      { text: "It reopens at 7.30pm on Friday.", date: "none", display: "Friday", span: "on Friday", parts: { weekday: 5 } },
      { text: "It closes on Friday at 10am.", date: "none", display: "Friday", span: "on Friday" },
    ],
    invalid: [
      { text: "She may leave soon.", why: "'may' the verb is no month" },
      { text: "May I go?", why: "nor is 'May' opening a question" },
      { text: "They march on.", why: "nor 'march' the verb" },
      { text: "The sun rose.", why: "'sun' is no Sunday" },
      { text: "He wed her.", why: "'wed' is no Wednesday" },
      { text: "It closed two days later.", why: "'later' with no date before it in the sentence counts from nothing" },
      { text: "It closed the next day.", why: "nor does 'the next day', which is not the day after the source's" },
      { text: "It happened last week.", why: "'last week' names no day" },
      { text: "It lasted for two weeks.", why: "a stretch of time is no date" },
      { text: "Meet at 10.", why: "a time is no date" },
      { text: "The critic gave it a 6/10.", why: "a score is no date" },
    ],
  },
  year: {
    kind: "year",
    valid: [
      { text: "It will premiere in 2026.", display: "2026", parts: { year: 2026 }, span: "2026" },
      { text: "the 2021 season", display: "2021" },
      { text: "since 2019", display: "2019" },
      { text: "He led the team at the Rio 2016 Olympic Games.", display: "2016", span: "2016" },
      { text: "Earlier this year, it was renewed.", display: "2025", span: "Earlier this year", parts: { year: 2025 } },
      { text: "Last year it was cancelled.", display: "2024" },
      { text: "He turned 50 last year.", display: "2024", span: "last year" },
      { text: "It will open next year.", date: "none", display: "next year", parts: { relative: { level: "year", offset: 1 } } },
      { text: "It closed last year.", date: "none", display: "last year", parts: { relative: { level: "year", offset: -1 } } },
    ],
    invalid: [
      { text: "2000 people came.", why: "a number before a noun counts it" },
      { text: "It cost $2021.", why: "money is no year" },
    ],
  },
  years: {
    kind: "years",
    valid: [
      { text: "during the 2018–19 academic year", display: "2018–2019", span: "2018–19", interval: [2018, 2019] },
      { text: "over the 2018-2019 academic year", display: "2018–2019", interval: [2018, 2019] },
      { text: "the 2019/20 budget", display: "2019–2020" },
      { text: "the war of 1939-45", display: "1939–1945" },
      { text: "the 1999-00 season", display: "1999–2000" },
      { text: "more frequent since the 1990s", display: "1990–1999", interval: [1990, 1999] },
    ],
    invalid: [
      { text: "The critic gave it a 6/10.", why: "a score is no span" },
      { text: "It rose 5-10 percent.", why: "a range of an amount is no span" },
      { text: "In 2018, 19 people died.", why: "a comma is no joiner" },
      { text: "the 2019-18 figures", why: "a span runs forward" },
    ],
  },
  count: {
    kind: "count",
    valid: [
      { text: "10 episodes", display: "10 episodes", unit: "episode", interval: [10, 10] },
      { text: "a ten-episode series", display: "10 episode", span: "ten-episode" },
      { text: "43 new cases", display: "43 cases", unit: "case" },
      { text: "Three lynx kittens were born.", display: "3 kittens", unit: "kitten", span: "Three lynx kittens" },
      { text: "It has ١٢ episodes.", display: "12 episodes", unit: "episode" },
      { text: "It has ４６ fans.", display: "46 fans" },
      { text: "It sold 3 million copies.", display: "3 million copies", interval: [2_500_000, 3_500_000], open: "()" },
      { text: "a dozen eggs", display: "12 eggs", interval: [12, 12] },
      { text: "It was found about a mile away.", display: "about 1 mile", unit: "mile", interval: [0.9, 1.1] },
      { text: "It was a mile long.", display: "1 mile", unit: "mile", interval: [1, 1] },
      { text: "dozens of people", display: "24-143 people", interval: [24, 143] },
      { text: "hundreds of thousands of fans", display: "200000-999000 fans" },
      { text: "It aired twice.", display: "2 times", unit: "time" },
      { text: "It aired three times.", display: "3 times", unit: "time" },
      { text: "more than 40 people", display: "more than 40 people", interval: [40, Infinity], open: "(" },
      { text: "It exceeded 40 people.", display: "more than 40 people" },
      { text: "at least 40 people", display: "at least 40 people", interval: [40, Infinity] },
      { text: "40 or more people", display: "at least 40 people" },
      { text: "almost 20 people", display: "nearly 20 people", interval: [18, 20], open: ")" },
      { text: "roughly 300 fans", display: "about 300 fans", interval: [270, 330] },
      { text: "about 2,000 people", display: "about 2000 people", interval: [1800, 2200] },
      { text: "fewer than 10 people", display: "less than 10 people", interval: [0, 10], open: ")" },
      { text: "up to 10 people", display: "at most 10 people", interval: [0, 10] },
      { text: "within 5 miles", display: "at most 5 miles", interval: [0, 5] },
      { text: "between 10 and 12 people", display: "10-12 people", span: "between 10 and 12 people", interval: [10, 12] },
      { text: "10-12 people", display: "10-12 people" },
      { text: "10–12 people", display: "10-12 people" },
      { text: "10 to 12 people", display: "10-12 people" },
      { text: "It rose from 10 to 12 people.", display: "12 people", span: "12 people" },
      { text: "not more than 40 people", display: "at most 40 people", interval: [0, 40] },
      { text: "It ran 10 miles, not 12.", display: "12 miles", span: "12", ruledOut: true, unit: "mile" },
      { text: "It ran not 12 miles but 10.", display: "12 miles", ruledOut: true },
      { text: "31 people were injured, not 23 as first reported.", display: "23 people", span: "23", ruledOut: true, unit: "people" },
      { text: "Twenty-three people were injured.", display: "23 people", span: "Twenty-three people", interval: [23, 23] },
      { text: "It had two hundred twenty-two seats.", display: "222 seats" },
    ],
    invalid: [
      { text: "It was one of the shows.", why: "'one of' takes one of many, it counts nothing" },
      { text: "10 of the episodes", why: "a share is not a count" },
      { text: "It was up 0.5 percentage points.", why: "percentage points are no count of percentages" },
      { text: "He turned 50 last year.", why: "a unit of time is measured, not counted" },
      { text: "It was found in a garden.", why: "an article stands for one only of a unit of measure" },
      { text: "Harlowe recalled its Kestrel 360 seats.", why: "a figure right after a name is the name's: it counts no seats" },
    ],
  },
  duration: {
    kind: "duration",
    valid: [
      { text: "It lasted two hours.", display: "2 hours", interval: [5400, 9000], open: "()", unit: "s" },
      { text: "It lasted 120 minutes.", display: "120 minutes", interval: [7170, 7230], open: "()" },
      { text: "It took a week.", display: "1 week" },
      { text: "Kelemu won in 2:06:12.", display: "2:06:12", span: "2:06:12", interval: [7571.5, 7572.5], open: "()" },
      { text: "Otieno finished in about 2:06:55.", display: "about 2:06:55" },
      { text: "It was called off on Saturday, 41 seconds before lift-off.", display: "41 seconds", span: "41 seconds" },
      { text: "a 90-minute film", display: "90 minutes" },
      { text: "1.5 hours", display: "1.5 hours", interval: [5220, 5580], open: "()" },
      { text: "a one-year deal", display: "1 year" },
      { text: "It lasted two hours, not three.", display: "3 hours", ruledOut: true },
      { text: "He got four and a half years.", display: "4.5 years" },
      { text: "about three weeks", display: "about 3 weeks" },
      { text: "a final that lasted two hours and 51 minutes", display: "171 minutes", span: "two hours and 51 minutes", interval: [10230, 10290], open: "()" },
      { text: "He won in 2 hours 5 minutes 41 seconds.", display: "7541 seconds", span: "2 hours 5 minutes 41 seconds" },
      { text: "It was restored on 22 March, eleven days after the intrusion was detected.", display: "11 days", span: "eleven days" },
      { text: "It took eleven days, rather than within 3 days.", display: "at most 3 days", ruledOut: true },
      { text: "It took eleven days, rather than the 3 days expected.", display: "3 days", ruledOut: true },
    ],
    invalid: [
      { text: "One day, he left.", why: "'One day' tells a story, it measures nothing" },
      { text: "a second season", why: "'second' before a noun is an ordinal" },
      { text: "adults who had at least eight migraines a month", why: "'a month' after a counted noun is a rate, per month" },
      { text: "Take it twice a day.", why: "likewise after how many times" },
      { text: "The charge is £8 a day.", why: "likewise after an amount" },
      { text: "It quotes John 3:16 on the 10:15 train.", why: "two parts with a colon, a verse or a clock time, are no time taken" },
    ],
  },
  number: {
    kind: "number",
    valid: [
      { text: "It rose to 12.", display: "12", interval: [12, 12] },
      { text: "at least 5", display: "at least 5" },
      { text: "It did not exceed 40.", display: "at most 40", interval: [0, 40] },
      { text: "Sales doubled.", display: "doubled", unit: "×", interval: [2, 2] },
      { text: "It was not 12 but 10.", display: "12", ruledOut: true },
      { text: "The count isn't 12.", display: "12", ruledOut: true },
      { text: "The toll has risen to five.", display: "5", interval: [5, 5] },
      { text: "Harlowe recalled its Kestrel 360 seats.", display: "360", span: "360" },
    ],
    invalid: [
      { text: "It was one of them.", why: "a number in words alone says too little" },
      { text: "It was not one of them.", why: "even after a 'not'" },
    ],
  },
};

for (const [name, { kind, valid, invalid }] of Object.entries(KINDS)) {
  describe(`the ${name} kind`, () => {
    it.each(valid)(`reads $text as $display`, (c) => {
      const found = factsOf(c.text, dateOf(c)).filter((f) => f.kind === kind && f.display === c.display && (c.ruledOut === true) === (f.ruledOut === true));
      expect(found, JSON.stringify(factsOf(c.text, dateOf(c)).map((f) => [f.kind, f.display, f.ruledOut]))).toHaveLength(1);
      const fact = found[0]!;
      if (c.span !== undefined) expect(c.text.slice(fact.start, fact.end)).toBe(c.span);
      if (c.interval) expect([fact.low, fact.high]).toEqual(c.interval);
      if (c.open !== undefined || c.interval) {
        expect(fact.lowOpen === true).toBe(c.open?.includes("(") === true);
        expect(fact.highOpen === true).toBe(c.open?.includes(")") === true);
      }
      if (c.unit !== undefined) expect(fact.unit).toBe(c.unit);
      if (c.parts) expect(fact.date).toEqual(c.parts);
    });

    it.each(invalid)(`finds none in $text: $why`, (c) => {
      expect(factsOf(c.text, dateOf(c)).filter((f) => f.kind === kind && !f.ruledOut).map((f) => f.display)).toEqual([]);
    });
  });
}

describe("printing facts", () => {
  const all = Object.values(KINDS).flatMap(({ valid }) => valid.filter((c) => !c.ruledOut));
  it.each(all)("prints the fact of $text so that it reads back the same", (c) => {
    const date = dateOf(c);
    const fact = factsOf(c.text, date).find((f) => f.display === c.display)!;
    const again = factsOf(fact.display, date);
    expect(again).toHaveLength(1);
    const pick = (f: Fact) => ({ kind: f.kind, unit: f.unit, low: f.low, high: f.high, lowOpen: f.lowOpen, highOpen: f.highOpen, date: f.date, display: f.display });
    expect(pick(again[0]!)).toEqual(pick(fact));
  });
});

describe("reading a text's facts", () => {
  it("locates each fact by its offsets and tokens, hedges included", () => {
    const text = "It clocked more than 2.5 billion minutes by July 21.";
    const tokens = readTokens(text, words);
    const { facts, consumed } = readFacts(tokens, vocabulary, { date: SOURCE_DATE });
    expect(facts.map((f) => text.slice(f.start, f.end))).toEqual(["more than 2.5 billion minutes", "July 21"]);
    expect(facts.map((f) => tokens.slice(f.firstToken, f.lastToken + 1).map((t) => t.raw).join(" "))).toEqual(["more than 2.5 billion minutes", "July 21"]);
    expect([...consumed].map((i) => tokens[i]!.raw)).toEqual(["more", "than", "2.5", "billion", "minutes", "July", "21"]);
  });

  it("takes a correction's words with the value it rules out", () => {
    const text = "It ran 10 miles, not 12.";
    const tokens = readTokens(text, words);
    const { facts, consumed } = readFacts(tokens, vocabulary);
    expect(facts.map((f) => [text.slice(f.start, f.end), f.ruledOut === true])).toEqual([["10 miles", false], ["12", true]]);
    expect([...consumed].map((i) => tokens[i]!.raw)).toEqual(["10", "miles", "not", "12"]);
  });

  it("reads less than a day counted from an event as a duration, not a date counted from the day before it", () => {
    expect(factsOf("It was called off on Saturday, 41 seconds before lift-off.", SOURCE_DATE).map((f) => [f.kind, f.display])).toEqual([
      ["date", "Saturday, July 19"],
      ["duration", "41 seconds"],
    ]);
  });

  it("reads the month, not the verb, in 'She may leave in May.'", () => {
    const text = "She may leave in May.";
    expect(factsOf(text).map((f) => [f.display, f.start])).toEqual([["May", text.lastIndexOf("May")]]);
  });

  it("reads a 1 MB text in one pass, each sentence's facts once", () => {
    // The tokens of a paragraph, repeated with their offsets moved on: the size is readFacts's
    // alone, without tokenising a megabyte.
    const paragraph =
      "On July 9, more than 40 people watched the second season, No. 4 in the U.S., for $14.84 million in two hours. " +
      "The critics loved it and the audience agreed. Nearly 15% of them came back twice. It was one of the shows of the year. ";
    const own = readTokens(paragraph, words);
    const repeats = Math.ceil(1_000_000 / paragraph.length);
    const tokens = Array.from({ length: repeats }, (_, r) => own.map((t) => ({ ...t, start: t.start + r * paragraph.length, end: t.end + r * paragraph.length }))).flat();
    const { facts } = readFacts(tokens, vocabulary, { date: SOURCE_DATE });
    const once = ["July 9", "more than 40 people", "season 2", "No. 4", "$14.84 million", "2 hours", "nearly 15%", "2 times"];
    expect(facts.slice(0, once.length).map((f) => f.display)).toEqual(once);
    expect(facts).toHaveLength(repeats * once.length);
    expect(facts.at(-1)?.start).toBe(paragraph.lastIndexOf("twice") + (repeats - 1) * paragraph.length);
  });
});
