import { describe, expect, it } from "vitest";
import { claimView } from "./helpers/judge.js";

const atomsOf = (text: string) => claimView(text).atoms.map((a) => a.text);
const rolesOf = (text: string) => claimView(text).atoms.map((a) => a.parts.map((p) => `${p.role}:${p.text}`));

describe("splitting a claim into atoms", () => {
  it.each([
    ["a simple statement is one atom", "Maggie Q stars as LAPD detective Renée Ballard.", ["Maggie Q stars as LAPD detective Renée Ballard"]],
    ["a list of subjects gives one atom each", "The mayor and the treasurer signed the budget.", ["mayor signed the budget", "treasurer signed the budget"]],
    ["a list of arguments gives one atom each", "Maggie Q previously starred in Nikita and Designated Survivor.", ["Maggie Q previously starred in Nikita", "Maggie Q previously starred in Designated Survivor"]],
    ["a relative clause is an atom about what it hangs on", "Bosch, which stars Titus Welliver, was renewed by Amazon.", ["Bosch stars Titus Welliver", "Bosch renewed by Amazon"]],
    ["an apposition is an atom", "Maggie Q, 46, explained that the show was renewed.", ["Maggie Q 46", "Maggie Q explained", "show renewed"]],
    ["two clauses joined by 'and' are two atoms", "The couple married in New York in December 2012, and their son was born the next year.", ["couple married in New York in December 2012", "son born the next year"]],
    ["a reported statement is an atom of its own, its pronoun standing for the speaker", "Maggie Q said she was looking to lead a show again.", ["Maggie Q said", "Maggie Q looking to lead a show"]],
    ["a participle and its doer after a noun are a clause about that noun, done to it", "The coins found by Gary Pell were dated to the early fourth century.", ["coins found by Gary Pell", "coins dated to the early fourth century"]],
    ["what a subject is expected to do is its relation, as after 'will'", "The project is expected to cost €240 million.", ["project cost €240 million"]],
    ["'is expected to be finished' keeps its own voice", "The bridge is expected to be finished in 2027.", ["bridge finished in 2027"]],
    ["likewise 'is due to be', a describing word of meaning to", "The bridge is due to be finished in 2027.", ["bridge finished in 2027"]],
    ["a participle before the object's noun describes it, and is not the verb", "The researchers studied decaffeinated coffee separately.", ["researchers studied decaffeinated coffee separately"]],
    ["'according to' names who said the rest", "The fault was caused by a software update, according to Paula Renn.", ["fault caused by a software update", "according Paula Renn"]],
    ["a word that says what a value is belongs to it", "Its market share is 20 percent.", ["market 20 percent"]],
    ["such a word the subject of another verb is the subject's", "Lakeside's shares rose 19 percent.", ["Lakeside's shares rose 19 percent"]],
    ["a relative clause without commas ends where the main clause's verb starts", "The woman who won the race was 34.", ["woman won the race", "woman 34"]],
    ["likewise right after the relative clause's own verb", "The fisherman who drowned was 76.", ["fisherman drowned", "fisherman 76"]],
    ["a relative clause's verb right after 'who' is its verb, not a word describing a name", "The player who replaced Marek Novak scored 19 goals.", ["player replaced Marek Novak", "player scored 19 goals"]],
    ["after an aside 'who' opens, the verb the sentence goes on with, which the tagger reads as a noun", "Maggie Q, who is 46, starred in Designated Survivor.", ["Maggie Q 46", "Maggie Q starred in Designated Survivor"]],
    ["a relative clause with a subject of its own says something of what it hangs on", "The company that Ann Lee founded employs 300 people.", ["company Ann Lee founded", "company employs 300 people"]],
    ["a participle and its phrases after a noun, then the sentence's own verb", "The painting stolen from the gallery was painted in 1887.", ["painting stolen from the gallery", "painting painted in 1887"]],
    ["a relative clause whose verb after 'will' the tagger reads as an adverb", "The plant that Acme will close opened in 1962.", ["plant Acme close", "plant opened in 1962"]],
    ["likewise before a verb with no auxiliary", "The firm based in Leeds employs 300 people.", ["firm based in Leeds", "firm employs 300 people"]],
    ["nor a verb joined to the next by 'and'", "The company expanded into Asia and hired 300 people.", ["company expanded into Asia", "company hired 300 people"]],
    ["'since' before a date and a relative clause opens no clause of its own", "Production has been halted since March 20 at the plants that bought solvent.", ["Production halted since March 20 at the plants", "plants bought solvent"]],
    ["each named person's age, in a list of two, is theirs", "Oswin Dunmorrow, 41, and Caspian Dunmorrow, 37, were charged.", ["Oswin Dunmorrow 41", "Caspian Dunmorrow 37", "Oswin Dunmorrow and Caspian Dunmorrow charged"]],
    ["an age then a post, two asides about one name", "Ruairi Trevannion, 61, the harbour master at Glenmorva, said the fault was mechanical.", ["Ruairi Trevannion 61", "Ruairi Trevannion the harbour master at Glenmorva", "Ruairi Trevannion said", "fault mechanical"]],
    ["a name after 'the chair of the judges' names the chair, a noun that may be a person", "The chair of the judges, Ann Lee, resigned.", ["chair of the judges Ann Lee", "chair of the judges Ann Lee resigned"]],
    ["and the king after 'the death of the king', a noun that is none", "The death of the king, Charles, shocked the nation.", ["king Charles", "death of the king shocked the nation"]],
    ["a date after a comma says when the verb was, not what the noun before it is", "Ann Lee was charged on the same day, March 18.", ["Ann Lee charged on the same day, March 18"]],
    ["what follows a date and a comma goes on with the clause", "Ann Lee was born on 2 May 1990, in Paris.", ["Ann Lee born on 2 May 1990, in Paris"]],
    ["a subordinator the tagger reads as a preposition opens a clause with its own subject and verb", "Marta Quell was made interim director after her deputy, Oskar Fenn, took a leave of absence.", ["deputy Oskar Fenn", "Marta Quell made interim director", "deputy Oskar Fenn took a leave of absence"]],
    ["but not before a noun phrase with no verb of its own", "The board met after the vote.", ["board met after the vote"]],
    ["after a word of the whole, 'but' leaves some out, and opens no clause", "All but one board member voted to withdraw the prize.", ["one board member voted to withdraw the prize"]],
    ["a date cut off by a comma stays with its clause", "On August 22, 2017, Richard Amardi was selected for the national team.", ["August 22, 2017, Richard Amardi selected for the national team"]],
  ])("%s", (_, claim, atoms) => {
    expect(atomsOf(claim)).toEqual(atoms);
  });

  it("gives each part its role: subject, relation, argument", () => {
    expect(rolesOf("Ballard is a spinoff of Bosch.")).toEqual([["subject:Ballard", "relation:spinoff", "argument:Bosch"]]);
    // The tagger reads "rescued" between two nouns as a noun; WordNet knows it as a verb's past.
    expect(rolesOf("Firefighters rescued two teenagers.")).toEqual([["subject:Firefighters", "relation:rescued", "argument:two teenagers"]]);
    expect(rolesOf("Arsenal beat Chelsea.")).toEqual([["subject:Arsenal", "relation:beat", "argument:Chelsea"]]);
    // The tagger reads "plans" between a name and "to" as a plural noun.
    expect(rolesOf("The Corrow Valley Trust plans to release more lynx.")).toEqual([["subject:Corrow Valley Trust", "relation:plans", "argument:release", "argument:more", "argument:lynx"]]);
    // The tagger reads "cost" before an amount as a noun; the sentence has no other verb.
    expect(rolesOf("The tram line cost less than £300 million.")).toEqual([["subject:tram", "subject:line", "relation:cost", "argument:less than £300 million"]]);
    // The tagger reads "the south coast" as an adverb and a verb; no verb stands after "the".
    expect(rolesOf("The storm swept across the south coast.")).toEqual([["subject:storm", "relation:swept", "argument:south", "argument:coast"]]);
    // A function word keeps its part: "only" says how many.
    expect(rolesOf("Maggie Q is the only star of Ballard.")).not.toContainEqual(expect.arrayContaining(["relation:only"]));
    // A participle joined by a hyphen describes the noun after it: the bank sold, it owned nothing.
    expect(rolesOf("The state-owned bank sold its stake.")).toEqual([["subject:state", "subject:owned", "subject:bank", "relation:sold", "argument:stake"]]);
  });

  it("has the one an apposition names do what its subject does", () => {
    expect(rolesOf("Her deputy, Oskar Fenn, resigned.")).toEqual([["subject:deputy", "argument:Oskar Fenn"], ["subject:deputy", "subject:Oskar Fenn", "relation:resigned"]]);
    // A subject that names someone keeps its own name.
    expect(rolesOf("Ann Lee, the mayor, signed the budget.")).toEqual([["subject:Ann Lee", "argument:mayor"], ["subject:Ann Lee", "relation:signed", "argument:budget"]]);
  });

  it("lets a verb that says what a value is head its clause ('finished third')", () => {
    expect(rolesOf("Kulp finished third in the count.")).toEqual([["subject:Kulp", "argument:third", "argument:count"]]);
  });

  it("reads what a possessive owns as a noun, though the tagger makes it a verb", () => {
    expect(claimView("Harlowe's recall covers 48,500 seats.").analysis.tokens.find((t) => t.norm === "recall")!.pos).toBe("NOUN");
    // So does a pronoun that says whose ("since his hamstring injury").
    expect(claimView("Ketterby has not raced since his hamstring injury.").analysis.tokens.find((t) => t.norm === "hamstring")!.pos).toBe("NOUN");
    // A participle after it describes the noun that follows.
    expect(claimView("Harlowe's recalled seats were returned.").analysis.tokens.find((t) => t.norm === "recalled")!.pos).toBe("VERB");
  });

  it("gives a verb its particle after a short object that ends the clause", () => {
    expect(claimView("The zoo had let both animals down.").analysis.tokens.find((t) => t.norm === "let")!.lemma).toBe("let_down");
    // A preposition before its own noun is none.
    expect(claimView("He put the book down the stairs.").analysis.tokens.find((t) => t.norm === "put")!.lemma).toBe("put");
  });

  it("takes a figure and 'of' into the opening phrase where no verb is tagged ('drowned' read as an adjective)", () => {
    expect(rolesOf("Two of the victims drowned.")).toEqual([["subject:Two", "subject:victims", "relation:drowned"]]);
  });

  it("takes the last auxiliary for the verb where there is no other: 'has never been a member'", () => {
    expect(rolesOf("Osei has never been a member of the council.")).toEqual([["subject:Osei", "relation:member", "argument:council"]]);
  });

  it("reads the last noun of a compound after a preposition as a noun, though the tagger makes it a verb", () => {
    const tokens = claimView("Vartan was stripped of stage win after a ruling.").analysis.tokens;
    expect(tokens.find((t) => t.norm === "win")!.pos).toBe("NOUN");
    // A verb after a preposition's noun that takes an object stays one.
    expect(claimView("The cost of housing rose.").analysis.tokens.find((t) => t.norm === "rose")!.pos).toBe("VERB");
  });

  it("reads a word in -s between a doer and what it is done to as a present verb, in a sentence with no verb", () => {
    const tokens = claimView("Caddon Water supplies 1.2 million homes.").analysis.tokens;
    expect(tokens.find((t) => t.norm === "supplies")!.pos).toBe("VERB");
    // With a verb of its own, the sentence keeps the noun.
    expect(claimView("The clinic's supplies ran out on Monday.").analysis.tokens.find((t) => t.norm === "supplies")!.pos).toBe("NOUN");
  });

  it("reads a verb of saying or showing between a noun and 'that' as a verb", () => {
    const tokens = claimView("Revised figures from the infirmary show that 31 people were injured.").analysis.tokens;
    expect(tokens.find((t) => t.norm === "show")!.pos).toBe("VERB");
    // A noun owned by "its" stays one: what it holds is only claimed.
    expect(claimView("Summitline has withdrawn its claim that the pair reached the summit.").analysis.tokens.find((t) => t.norm === "claim")!.pos).toBe("NOUN");
  });

  it("reads a verb joined to a particle by a hyphen as the noun WordNet knows the two as", () => {
    const tokens = claimView("The launch was called off 41 seconds before lift-off.").analysis.tokens;
    expect(tokens.find((t) => t.norm === "lift")!.pos).toBe("NOUN");
    // A verb and its particle apart stay a verb.
    expect(claimView("The rocket will lift off at dawn.").analysis.tokens.find((t) => t.norm === "lift")!.pos).toBe("VERB");
  });

  it("reads a quantifier or a describing word that starts the claim as no name", () => {
    expect(claimView("None of the authors has received fees.").analysis.names).toEqual([]);
    expect(claimView("Several volunteers helped.").analysis.names).toEqual([]);
  });

  it("reads a capitalised plural that opens a sentence as the common noun WordNet knows in the singular", () => {
    const critics = claimView("Critics have accused the board of hiding a deficit.").analysis;
    expect(critics.names).toEqual([]);
    expect(critics.tokens[0]).toMatchObject({ pos: "NOUN", lemma: "critic" });
    expect(claimView("Officials said the bridge would reopen.").analysis.tokens[0]).toMatchObject({ pos: "NOUN", lemma: "official" });
    // A surname WordNet lists as written stays a name; so does a plural before another capital.
    expect(claimView("Banks said the plan had failed.").analysis.names.map((n) => n.words)).toEqual([["banks"]]);
    expect(claimView("Rangers Stadium opened in 1994.").analysis.names.map((n) => n.words)).toEqual([["rangers", "stadium"]]);
  });

  it("reads a light verb whose doer 'by' names as the deed it is", () => {
    expect(claimView("Orvatinib is made by Pellham Bio.").atoms[0]).toMatchObject({ passive: true, light: false });
    expect(claimView("The film made a lot of money.").atoms[0]).toMatchObject({ light: true });
    // Nor is one with its particle: "put out" says a deed.
    expect(claimView("The fire was put out by 8:30 a.m.").atoms[0]).toMatchObject({ light: false });
  });

  it("marks a negated relation, and a passive one", () => {
    const [atom] = claimView("Ballard has yet to be renewed for a second season.").atoms;
    expect(atom).toMatchObject({ negated: true, passive: true });
  });

  it("reads a negation inside a quotation as the verb group's", () => {
    const [, said] = claimView('The judge said maintenance was "not optional".').atoms;
    expect(said).toMatchObject({ negated: true });
  });

  it("gives a negation after a verb of saying to what is said, not to the saying", () => {
    const [saying, said] = claimView("Acme said no card details were taken.").atoms;
    expect(saying).toMatchObject({ reporting: true, negated: false });
    expect(said!.parts.map((p) => p.text)).toContain("taken");
    const [denied] = claimView("Acme did not say card details were taken.").atoms;
    expect(denied).toMatchObject({ reporting: true, negated: true });
  });

  it("reads 'not … before' as a denial of what was done, and as saying when of what is to come", () => {
    expect(claimView("Stollworth did not lose a game before the final.").atoms[0]).toMatchObject({ negated: true });
    expect(claimView("The pier will not reopen before the summer.").atoms[0]).toMatchObject({ negated: false });
    expect(claimView("The pier did not reopen until the summer.").atoms[0]).toMatchObject({ negated: false });
    expect(claimView("The aircraft did not leave before 4:30 p.m.").atoms[0]).toMatchObject({ negated: false });
  });

  it("leaves a clause that 'when' opens outside a negation before it", () => {
    const atoms = claimView("The rate did not change when the scripts were re-marked.").atoms;
    const remarked = atoms.find((a) => a.parts.some((p) => p.text === "re-marked"));
    const changed = atoms.find((a) => a.parts.some((p) => p.text === "change"));
    expect(remarked).toMatchObject({ negated: false });
    expect(changed).toMatchObject({ negated: true });
  });

  it("leaves a participle that says which of the things a negation counts outside it", () => {
    const atoms = claimView("None of the firefighters injured in the fire was seriously hurt.").atoms;
    expect(atoms.find((a) => a.parts.some((p) => p.text === "injured"))).toMatchObject({ negated: false });
    expect(atoms.find((a) => a.parts.some((p) => p.text === "hurt"))).toMatchObject({ negated: true });
    // Where the participle is the verb the negation holds, it stays denied.
    expect(claimView("None of the firefighters was injured.").atoms[0]).toMatchObject({ negated: true });
  });

  it("keeps the link of a prepositional argument", () => {
    const [atom] = claimView("Ballard is streaming on Netflix.").atoms;
    expect(atom!.parts.find((p) => p.text === "Netflix")).toMatchObject({ role: "argument", link: "on" });
  });
});
