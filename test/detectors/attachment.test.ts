import { describe, expect, it } from "vitest";
import { attachment } from "../../src/judge/detectors/attachment.js";
import { findingsOf, passageView } from "../helpers/judge.js";

describe("the attachment detector", () => {
  it.each([
    ["the argument right after the relation", "Ballard is a spinoff of Bosch.", "Ballard is a spinoff of the 'Bosch' franchise."],
    ["through an apposition", "Ballard is a spinoff of Bosch.", "The series is a spinoff of one of the most popular shows, Bosch, set in Los Angeles."],
    ["the argument right before the relation", "Ballard is a spinoff of Bosch.", "Ballard, the Bosch spinoff, premiered."],
    ["a post left, set beside its holder before the verb of leaving", "Radmila Varhagen resigned as principal conductor.", "Radmila Varhagen, the principal conductor of the orchestra, resigned on Monday."],
    ["what a passive verb is done to, before it", "The state funded the renovation.", "The renovation was funded mostly by the state."],
    ["what a participle set after a comma is done to, its doer after a date", "Maddock Haudry founded the Vestrey Gallery.", "The Vestrey Gallery, founded in 1974 by Maddock Haudry, sold the painting in June."],
    ["the same stance", "Nuala Gallimore voted against the override.", "Nuala Gallimore voted against the override on Monday."],
    ["past a participle between a number and its noun", "The ban blocked more than 10 proposed warehouses.", "The ban blocked at least 14 proposed warehouses, according to court filings."],
    ["before a participle and its 'by', 'be' left out", "Jonas Feld designed the west wing.", "The west wing, designed by Jonas Feld, houses ship models."],
    ["past a participle between a preposition and its noun", "Two of the victims were struck by falling trees.", "Two of the victims were struck by falling trees in Harwick."],
    ["a preposition before the argument in both", "The city will appeal to the Supreme Court.", "The city will appeal to the state Supreme Court."],
    ["what the verb takes itself in both", "Acme bought Beta Foods.", "Acme bought the snack maker Beta Foods for $2 billion."],
    ["words that describe the argument, wherever the passage puts them", "Jonas Feld designed the museum's new west wing.", "The new west wing of the museum was designed by Jonas Feld."],
    ["a describing word in the phrase of the noun it describes", "Acme bought the largest snack maker.", "Acme bought Beta Foods, the largest snack maker in Leeds."],
    ["a describing word before another describing word", "Acme bought a small snack maker.", "Acme bought a small family-run snack maker."],
    ["what a passive verb is done to, before it, past two asides", "A falling tree struck Tomas Reyes.", "Tomas Reyes, 48, a volunteer from Alder Bay, was struck by a falling tree."],
    ["a name that a verb in -ing takes, not one it describes", "Ann Lee is grateful to Bo Ray for playing Rosa.", "I'm grateful to Bo Ray for playing Rosa so well, Ann Lee said."],
    ["past a participle between a verb and its noun", "Ann Lee was charged with handling stolen goods.", "Ann Lee was also charged with handling stolen goods."],
    ["a name inside a describing word joined by a hyphen", "The Orla is a Greek-flagged tanker.", "The Orla, a Greek-flagged tanker, ran aground."],
    ["what a verb whose two sides may change places takes, standing as its doer", "Sarah Quinn met Anil Rao.", "Business secretary Anil Rao, who met Sarah Quinn on Thursday, said he would help."],
    ["where a move goes in both, a place in its phrase", "Production will move to Corby.", "Production will move to the company's larger plant in Corby."],
    ["where a move starts and where it goes, each after its own word", "The team moved from Leeds to Derby.", "The team moved from Leeds to Derby in 2019."],
    ["past a verb in -ing that describes the noun after an owner's word", "The council will review its counting procedures.", "The council said it would review its counting procedures."],
    ["a describing word in the phrase of the noun said the second time", "Acme appointed Ann Lee chief engineer.", "Acme appointed the Finnish engineer Ann Lee as its chief engineer."],
    ["an owner's noun before the argument in both", "The portrait was painted by a pupil of Joris van Aelst.", "The portrait was probably painted by a pupil of Joris van Aelst."],
    ["a role the verb takes, the claim's preposition not before it", "Maggie Q stars as Renée Ballard.", "Maggie Q plays the role of Renée Ballard."],
    ["a passive claim's doer before the passage's active verb, a date between", "Jonas Larsen was appointed as governor of the central bank by Eva Holt.", "Eva Holt on Thursday appointed Jonas Larsen as governor of the central bank."],
    ["a verb after the auxiliaries of its own voice", "Acme has agreed to be sold to Beta.", "Acme has agreed to be sold to the investment group Beta for £52 million."],
    ["likewise after its noun", "The trust said the collars would show whether the animals were staying.", "The trust said the collars would show within months whether the animals were staying in the glen."],
  ])("finds nothing wrong: %s", (_, claim, passage) => {
    expect(findingsOf(attachment, claim, passage)).toEqual([]);
  });

  it.each([
    ["a name in a cast list, not what the series spins off", "Ballard is a spinoff of Nikita.", "The spinoff series stars Maggie Q and Noah Bean (Nikita)."],
    ["a name after another verb", "Maggie Q starred in Nikita.", "Maggie Q starred in a drama which borrowed from Nikita."],
    ["a post beside its holder, with a verb in the aside before the verb of leaving", "Radmila Varhagen resigned as principal conductor.", "Radmila Varhagen, who admired the principal conductor, resigned on Monday."],
    ["the argument before another verb", "The state funded the library.", "The library was closed, and the state funded the park."],
    ["the argument across a clause of contrast", "Admission is free for adults.", "Admission remains free for children under 12, while adults pay $15."],
    ["what a passive claim was done to, after the active verb in another phrase", "Marit Dahl was appointed as governor by Eva Holt.", "Eva Holt appointed Jonas Larsen as governor, replacing Marit Dahl."],
    ["a passive claim's doer before the active verb, another verb between", "The bank was sold by Ann Lee.", "Ann Lee said the family sold the bank in 1990."],
    ["what the verb takes standing as its doer, the claim's doer after it", "Sarah Quinn thanked Anil Rao.", "Business secretary Anil Rao, who thanked Sarah Quinn on Thursday, said he would help."],
  ])("finds %s", (_, claim, passage) => {
    expect(findingsOf(attachment, claim, passage)).toEqual([expect.objectContaining({ effect: "lacks", why: expect.stringContaining("but not as what") })]);
  });

  it("lets a name the title gives go untied to the relation, unless the sentence names another the title gives", () => {
    const title = "Kessingham beat Ardley to reach the cup final";
    const passage = passageView("Kessingham manager Erin Walsh, who played for Ardley for eight seasons, was pleased.", { title });
    expect(findingsOf(attachment, "Erin Walsh manages Ardley.", passage)).toEqual([expect.objectContaining({ effect: "lacks", why: expect.stringContaining("but not as what") })]);
    const alone = passageView("Manager Erin Walsh said the fans of Ardley deserved it.", { title: "Ardley reach the cup final" });
    expect(findingsOf(attachment, "Erin Walsh manages Ardley.", alone)).toEqual([]);
  });

  it("reads a describing word before 'than' as describing no noun after it", () => {
    const findings = findingsOf(attachment, "Boys were more likely than girls to use a phone.", "Girls were more likely than boys to use a phone.");
    expect(findings.map((f) => f.why)).not.toContainEqual(expect.stringContaining('says "likely"'));
  });

  it.each([
    ["what the verb takes only through a preposition", "The probe will launch an Ariane rocket.", "The probe will launch on an Ariane rocket from Kourou.", 'after "on"'],
    ["a stake in a company for the company", "Acme bought Beta Foods.", "Acme bought a stake in Beta Foods.", 'after "in"'],
    ["a describing word said of another noun", "Acme bought the largest snack maker Beta Foods.", "Acme bought the snack maker Beta Foods, its largest acquisition since 1962.", 'says "largest" of something other than maker'],
    ["a name another noun owns, after the claim's preposition", "The portrait was painted by Joris van Aelst.", "The portrait was probably painted by a pupil of Joris van Aelst rather than by the master himself.", 'after "a pupil of"'],
    ["where a move starts for where it goes", "Production will move from Corby.", "Production will move to the company's larger plant in Corby.", 'after "to", where the claim has "from"'],
    ["where a move goes for where it starts", "The herd moved into the valley.", "The herd moved from the valley to the hills.", 'after "from", where the claim has "into"'],
    [
      "what a name owns for what another verb takes, the name the article's subject",
      "Brightleaf will close Pellingham's shops.",
      passageView("Brightleaf said it would keep all of Pellingham's shops but would close its warehouse.", { title: "Pellingham sold to Brightleaf" }),
      'names shops, but not as what "close" links to',
    ],
  ])("finds %s", (_, claim, passage, why) => {
    expect(findingsOf(attachment, claim, passage)).toEqual([expect.objectContaining({ effect: "lacks", why: expect.stringContaining(why) })]);
  });

  it.each([
    ["a vote against for a vote for", "Nuala Gallimore voted for the override.", "Nuala Gallimore voted against the override on Monday.", 'after "against", where the claim has "for"'],
    ["a campaign for for a campaign against", "The union campaigned against the merger.", "The union campaigned for the merger.", 'after "for", where the claim has "against"'],
  ])("finds a stance the other way: %s", (_, claim, passage, why) => {
    expect(findingsOf(attachment, claim, passage)).toEqual([expect.objectContaining({ effect: "contradicts", why: expect.stringContaining(why) })]);
  });
});
