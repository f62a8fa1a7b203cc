import { describe, expect, it } from "vitest";
import { title } from "../../src/judge/detectors/title.js";
import { findingsOf } from "../helpers/judge.js";

// What a claim says someone is, against a passage where those words are one name's title.
const valid: [string, string, string][] = [
  ["a noun owned by a pronoun, a name after it and a comma", "Senara Kinsella is a cousin.", "Coxswain Senara Kinsella led the crew. Her cousin, Niamh Dunleavy, was the mechanic."],
  ["the title's holder after a comma and a name that says whose", "Lucas Ferrand was the defending champion.", "Chidi Anyanwu won, beating the defending champion, Spain's Lucas Ferrand, in the final."],
  ["a subject name that only says whose", "Quillfern's technical director since 2019 resigned on 13 March.", "Quillfern's technical director, Ansel Ferrisby, 47, resigned on 13 March, the company said."],
  ["what the claim says someone does, said as their title", "Esmond Trevathan trains the colt.", "Esmond Trevathan, 54, the colt's trainer, said he was disappointed."],
  ["the post's owner named before it, as the claim names it", "Bronagh Tarrington is the sporting director of Castellbrook.", "Castellbrook sporting director Bronagh Tarrington said the club had accepted a lower fee."],
  ["the post's owner named before it by a word of the claim's name", "Bettany Roskell is the manager of Saltmarne United.", "Saltmarne manager Bettany Roskell said the striker would start."],
  ["the title before the claim's name", "Tom Brandt is a former police chief.", "Former police chief Tom Brandt is second in the poll."],
  ["the title after the claim's name and a comma", "Tom Brandt is a former police chief.", "Tom Brandt, a former police chief, is second in the poll."],
  ["said with a copula", "Tom Brandt is a former police chief.", "Tom Brandt is a former police chief and runs second."],
  ["a name the claim gives that title too", "Ann Lee stars as detective Maya Ross.", "Ann Lee plays detective Maya Ross in the series."],
  ["what someone does, not what they are", "Lena Varga leads the poll.", "Former police chief Tom Brandt said Lena Varga leads the poll."],
  ["a country's possessive before the claim's name", "Ana Ruiz is Ethiopian.", "Ethiopia's Ana Ruiz won the race, ahead of Kenya's Sofia Vega."],
];

const invalid: [string, string, string, string][] = [
  ["a post's holder named after it and a comma, another than the claim's", "Tadeusz Marwood chairs Quastel.", "Quastel's chairwoman, Ignatia Marwood, is the sister of Tadeusz Marwood.", `says "chairwoman" of Ignatia Marwood, not of Tadeusz Marwood`],
  ["what the claim says someone does, said as another's title", "Esmond Trevathan trains the colt.", "Esmond Trevathan said the colt had moved to Sorcha Maddenly, 41, the head trainer for Hollin Crest Farms.", `says "trainer" of Sorcha Maddenly, not of Esmond Trevathan`],
  ["a post another name says whose it is, the claim giving it another's", "Bronagh Tarrington is the sporting director of Saltmarne United.", "Castellbrook sporting director Bronagh Tarrington said Saltmarne United had made an offer.", `says "Castellbrook sporting director", not Saltmarne United's`],
  ["the title of another name, before it", "Lena Varga is a former police chief.", "Former police chief Tom Brandt is second, and Lena Varga trails.", 'says "Former police chief" of Tom Brandt, not of Lena Varga'],
  ["the title of another name, after it", "Lena Varga is a former police chief.", "Tom Brandt, a former police chief, and Lena Varga are running.", 'says "former police chief" of Tom Brandt, not of Lena Varga'],
  ["a country's possessive before another name", "Ana Ruiz is Kenyan.", "Ethiopia's Ana Ruiz won the race, ahead of Kenya's Sofia Vega.", `says "Kenya's" of Sofia Vega, not of Ana Ruiz`],
];

describe("the title detector", () => {
  it.each(valid)("finds nothing wrong: %s", (_, claim, passage) => {
    expect(findingsOf(title, claim, passage)).toEqual([]);
  });

  it.each(invalid)("finds %s", (_, claim, passage, why) => {
    expect(findingsOf(title, claim, passage)).toEqual([expect.objectContaining({ effect: "lacks", why })]);
  });

  it("takes a name the claim gives in another atom as another than this atom's", () => {
    const findings = findingsOf(title, "Tadeusz Marwood chairs Quastel, and Ignatia Marwood is Vellmora's finance chief.", "Vellmora's finance chief, Tadeusz Marwood, said Ignatia Marwood would speak.");
    expect(findings).toContainEqual(expect.objectContaining({ effect: "lacks", why: 'says "finance chief" of Tadeusz Marwood, not of Ignatia Marwood' }));
  });
});
