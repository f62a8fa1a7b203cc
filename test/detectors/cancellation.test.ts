import { describe, expect, it } from "vitest";
import { cancellation } from "../../src/judge/detectors/cancellation.js";
import { findingsOf } from "../helpers/judge.js";

describe("the cancellation detector", () => {
  it.each([
    ["the event held as planned", "The nurses will strike next week.", "The nurses will strike next week after rejecting the offer."],
    ["a claim that speaks of the calling off", "The nurses called off the strike.", "The nurses have called off next week's strike."],
    ["a calling off denied", "The nurses will strike next week.", "The nurses have not called off next week's strike."],
    ["a calling off only threatened", "The nurses will strike next week.", "The hospital threatened to cancel next week's strike talks."],
    ["a calling off that may happen", "The nurses will strike next week.", "The union could call off next week's strike."],
    ["a verb that takes another noun", "The nurses will strike next week.", "The union cancelled a meeting before next week's strike."],
    ["an end to what the claim says went on then", "The nurses were striking for better pay.", "The nurses ended their strike for better pay on Monday."],
    ["an end to what the claim says took place", "The nurses struck for better pay.", "The nurses ended their strike for better pay on Monday."],
    ["a beginning that took place", "The film is in production.", "Production of the film began in May."],
    ["an order lifted, against a claim that it was given", "An evacuation order was issued for Dunmore.", "The evacuation order for Dunmore was lifted on Friday."],
    ["a verb other than beginning denied", "The film is in production.", "Production of the film has not stopped despite the storm."],
    ["a post left, against a claim that it was held", "Simon Achebe was the headteacher of Kelbrook Academy.", "Simon Achebe has stepped down as headteacher of Kelbrook Academy."],
    ["a beginning not yet come, against a claim of what will be", "The film will be in production by June.", "With production yet to begin, the film has no release date."],
    ["a post the claim says was kept then", "Ann Lee remained chair of Acme.", "Ann Lee stepped down as chair of Acme in May."],
    ["a post the claim says was held then, by a verb in the past", "Ann Lee chaired the board.", "Ann Lee stepped down as chairman on Friday."],
    ["a post said in an aside of then, its noun read as a verb", "Ann Lee, then chair of Acme, said the deal was fair.", "Ann Lee stood down as chair of Acme in May."],
    ["a body left, against a post the claim says was held there then", "Ann Lee was head of sales at Acme Group.", "Ann Lee has since left Acme Group."],
    ["a body another has left", "Ann Lee is head of sales at Acme Group.", "Ann Lee said Bob Ray has left Acme Group."],
    ["a post the claim says was agreed to, not that it is held", "Ann Lee agreed to chair the board.", "Ann Lee stepped down as chairman on Friday."],
    ["a post to be left, against a claim that it is held now", "Jasper Ashbury is still the managing director of Tolleshunt Ferries.", "The sale will be completed in March, when Jasper Ashbury will step down as managing director."],
    ["a post another left, the claim's holder named after as who replaced them", "Zinnia Quelland is now the festival director.", "Felix Ostrander has stepped down as festival director and been replaced by Zinnia Quelland."],
    ["what the claim says is not meant, itself only meant", "Acme has no plans to sell the bakery.", "Acme plans to sell the bakery next year."],
    ["what the claim says is not meant, only hedged", "The board will not consider a merger.", "The two orchestras could merge next year."],
    ["what the claim says is not meant, denied", "Acme has no plans to sell the bakery.", "Acme has not sold the bakery."],
    ["a company one holder's kin leaves, said before the holder", "Colin Maddox is Linnea Maddox's husband.", "Linnea Maddox will stay on as chief executive; Colin Maddox will leave the company at the end of the year."],
    ["a post taken from another", "Bob Kerr is the chair of the council.", "The board removed Ann Lee as chair of the council and named Bob Kerr in her place."],
    ["a post taken in the passive, whose new holder is named after the verb", "Zinnia Quelland is the festival director.", "Felix Ostrander was replaced by Zinnia Quelland as festival director."],
    ["a post taken, against a claim of who took it", "The board removed Ann Lee as chair.", "The board removed Ann Lee as chair of the council on Tuesday."],
    ["what is set beside the holder, the verb of leaving naming a post of its own", "Celandine Pennefeather is the founder's daughter.", "Celandine Pennefeather, the founder's daughter, resigned as chief executive on Wednesday."],
  ])("finds nothing wrong: %s", (_, claim, passage) => {
    expect(findingsOf(cancellation, claim, passage)).toEqual([]);
  });

  it.each([
    ["the event called off", "The nurses will strike next week.", "The nurses have called off next week's strike.", "contradicts", "called off next week's strike"],
    ["the event scrapped, in the passive", "The agency will launch the probe in May.", "The agency said the launch of the probe in May was scrapped.", "contradicts", "launch of the probe in May was scrapped"],
    ["the event put off", "The council will vote on the budget on Monday.", "The council postponed Monday's vote on the budget.", "lacks", "postponed Monday's vote"],
    ["an end to what the claim says goes on now", "The board is searching for a new chief executive.", "The board named a new chief executive, ending a three-month search.", "contradicts", "ending a three-month search"],
    ["an order lifted, against a state the claim says holds now", "Residents of Dunmore are still under an evacuation order.", "The evacuation order for Dunmore was lifted on Friday.", "contradicts", "evacuation order for Dunmore was lifted"],
    ["a post left, against a claim that it is held now", "Simon Achebe is the headteacher of Kelbrook Academy.", "Simon Achebe has stepped down as headteacher of Kelbrook Academy.", "contradicts", "stepped down as headteacher"],
    ["a body left by what the passage calls it, the post and the body named in an aside about the holder", "Odette Ravensworth is Meridale's head of drama.", "Odette Ravensworth, who announced the cancellation last month as Meridale's head of drama, has left the broadcaster after 11 years.", "contradicts", 'says "left the broadcaster": the post is left'],
    ["a post taken from its holder", "Ann Lee is the chair of the council.", "The board removed Ann Lee as chair of the council on Tuesday.", "contradicts", "removed Ann Lee as chair"],
    ["a post another replaced its holder in", "Margaret Olway is the cabinet member for culture.", "Samir Dewhurst, 47, replaced Margaret Olway as cabinet member for culture last week.", "contradicts", "replaced Margaret Olway as cabinet"],
    ["likewise, its holder named in a phrase after the verb", "Ilsa Varnholt is the rector-elect.", "The board revoked its earlier certification of Professor Ilsa Varnholt as rector-elect.", "contradicts", "the post is taken away"],
    ["a post given up", "Heloise Vandoorn is the chair of the infrastructure committee.", "Heloise Vandoorn resigned from the council, giving up the chair of the infrastructure committee.", "contradicts", "giving up the chair"],
    ["a post set beside its holder, then the verb of leaving", "Elspet Abernant is the head teacher of Corrowdale Academy.", "Elspet Abernant, Corrowdale Academy's head teacher since 2014, resigned on Wednesday.", "contradicts", "head teacher since 2014, resigned"],
    ["a post left, whose it is said between", "Pernille Haudry is the director of the Vestrey Gallery.", "Pernille Haudry stepped down as the Vestrey Gallery's director in July.", "contradicts", "stepped down as the Vestrey Gallery's director"],
    ["likewise, stood down, a verb and particle the lexicon knows as one verb and WordNet does not", "Ann Lee is the chair of Acme.", "Ann Lee stood down as chair of Acme in May.", "contradicts", "stood down as chair"],
    ["likewise, resigned", "Ann Lee is the chief executive of Acme.", "Ann Lee resigned as chief executive of Acme on Monday.", "contradicts", "resigned as chief executive"],
    ["a post whose describing word reads as a verb", "Ann Lee is the managing director of Acme.", "Ann Lee stepped down as managing director of Acme on Friday.", "contradicts", "stepped down as managing director"],
    ["a body the holder has left, an aside about the holder between", "Ann Lee works at Acme Group.", "Ann Lee, who ran the May sale, has since left Acme Group.", "contradicts", 'says "left Acme Group": the post is left'],
    ["a post's holder, named beside it, leaving", "Ann Lee is the orchestra's chief executive.", "The orchestra's chief executive, Ann Lee, resigned on Friday.", "contradicts", "chief executive, Ann Lee, resigned"],
    ["a beginning not yet come", "The film is in production.", "With production yet to begin, the film has no release date.", "contradicts", "production yet to begin"],
    ["a beginning not yet come, against a claim of a month ('May' says nothing of what may be)", "The film was in production in May.", "With production yet to begin, the film has no release date.", "contradicts", "production yet to begin"],
    ["a beginning denied, with an auxiliary", "The film is in production.", "The studio said production of the film has not started.", "contradicts", "production of the film has not started"],
    ["a win taken away", "Ann Lee won the race.", "Ann Lee has been stripped of her victory in the race.", "contradicts", "stripped of her victory"],
    ["a post left, against a claim that its holder stays in it", "Ann Lee will remain chair of Acme.", "Ann Lee stepped down as chair of Acme in May.", "contradicts", "stepped down as chair"],
    ["likewise, in the present", "Ann Lee remains the chair of Acme.", "Ann Lee resigned as chair of Acme in May.", "contradicts", "resigned as chair"],
    ["a post to be left, against a claim that its holder stays in it then", "Ann Lee will remain chair of Acme after March.", "Ann Lee will step down as chair of Acme in March.", "contradicts", "step down as chair"],
    ["a plan put off to the time the claim gives", "The trust plans to release more lynx by 2031.", "The trust has postponed the release of further lynx until 2031.", "lacks", "postponed the release"],
    ["a plan put off past the time the claim gives", "The trust plans to release more lynx by 2029.", "The trust has postponed the release of further lynx until 2031.", "contradicts", "postponed the release of further lynx until 2031"],
    ["likewise after 'will'", "The trust will release more lynx in 2029.", "The trust has postponed the release of further lynx until 2031.", "contradicts", "put off to another time"],
    ["what the claim says is not meant, taking place", "Acme has no plans to sell the bakery.", "The bakery has been sold by Acme to Crumb Holdings.", "contradicts", 'says "has been sold": what the claim says is not meant takes place'],
    ["a thing the claim says is not weighed, to take place", "The board will not consider a merger with another orchestra.", "The board announced that the two orchestras will merge in January.", "contradicts", 'says "will merge"'],
  ])("finds %s", (_, claim, passage, effect, words) => {
    expect(findingsOf(cancellation, claim, passage)).toEqual([expect.objectContaining({ effect, why: expect.stringContaining(words) })]);
  });

  it("contests the words naming a post held at a body its holder has left", () => {
    const findings = findingsOf(cancellation, "Ann Lee is head of sales at Acme Group.", "Ann Lee has since left Acme Group.");
    expect(findings.map((f) => [f.effect, f.match?.part.text])).toEqual([
      ["contradicts", "head"],
      ["contradicts", "sales"],
    ]);
  });

  it("takes the post the claim names whole for the post the passage names by its head", () => {
    const findings = findingsOf(cancellation, "Ann Lee is chair of the board of Acme.", "Ann Lee stepped down as chair when the deal was agreed.");
    expect(findings.map((f) => [f.effect, f.match?.part.text])).toEqual([
      ["contradicts", "chair"],
      ["contradicts", "board"],
      ["contradicts", "Acme"],
    ]);
    // A verb in the present says the post is held now, and names it whole by what it takes.
    expect(findingsOf(cancellation, "Ann Lee chairs the Acme Group's board.", "Ann Lee stepped down as chairman on Friday.").map((f) => f.match?.part.text)).toEqual(["chairs", "Acme Group", "board"]);
    // Not where the passage names the post whole, another one.
    expect(findingsOf(cancellation, "Ann Lee is chair of the board of Acme.", "Ann Lee stepped down as chair of the trust.").map((f) => f.match?.part.text)).toEqual(["chair"]);
    // A verb of holding a post said here by another verb, the post left said as a noun.
    expect(findingsOf(cancellation, "Lucasta Strachwood heads the cardiology department.", "Lucasta Strachwood, who led the study, resigned as head of the cardiology department.").map((f) => [f.effect, f.why])).toEqual([
      ["contradicts", 'says "resigned as head": the post is left'],
    ]);
    // Its owner before it, and its words after a post of two words.
    expect(findingsOf(cancellation, "Ann Lee is Acme's chief financial officer.", "Ann Lee resigned as chief financial officer on February 9.").map((f) => [f.why, f.match?.part.text])).toEqual([
      ['says "resigned as chief financial officer": the post is left', "chief"],
      ['says "resigned as chief financial officer": the post is left', "Acme"],
    ]);
    expect(findingsOf(cancellation, "Ann Lee is the Acme Group's chairman.", "Ann Lee stepped down as chairman on Friday.").map((f) => f.match?.part.text)).toEqual(["chairman", "Acme Group"]);
    expect(findingsOf(cancellation, "Kezia Vantrell is Tenbrook's managing director.", "Kezia Vantrell has resigned as managing director.").map((f) => f.match?.part.text)).toEqual(["director", "Tenbrook"]);
    expect(findingsOf(cancellation, "Taddeo Ostrowe is the head chef of the Oyster House.", "Taddeo Ostrowe has stepped down as head chef.").map((f) => f.match?.part.text)).toEqual(["head", "Oyster House"]);
  });
});
