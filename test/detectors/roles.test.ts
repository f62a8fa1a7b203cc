import { describe, expect, it } from "vitest";
import { roles } from "../../src/judge/detectors/roles.js";
import { findingsOf, judgeAtoms } from "../helpers/judge.js";

const valid: [string, string, string][] = [
  ["a light verb's doer after a word that opens a clause of a verb in -ing, the claim's", "Glenvarrow took 14 of the flights.", "The flights landed at Hobcastle and Ebbington, with Glenvarrow, to the south, taking 14 of them."],
  ["a verb of saying after a long aside set beside the claim's speaker", "Rhea Brankovic said the hospital had treated two children.", "Rhea Brankovic, 35, a paediatrician at Kellaway General Hospital and the sister of Radek Brankovic, said the hospital had treated two children."],
  ["a colon the claim writes too, in a title", "The character made her debut in Bosch: Legacy.", "The character made her debut in Bosch: Legacy, another spinoff set in the same world."],
  ["a verb of saying after an aside that ends with another name", "Solvang said a second trial began in June.", "Solvang, who led the trial at Harrowfield University, said a second trial began in June."],
  ["a quote's own 'and' before the speaker's verb of saying", "Casimir Mewburn said he had never given a banned substance to any horse.", "\"I have never given a banned substance to any horse, and I will prove it,\" Mewburn said."],
  ["a semicolon before a verb whose subject is a noun 'his' owns", "The runner is not thought to be in a serious condition.", "A runner was taken to hospital; his condition is not thought to be serious."],
  ["what the claim says its subject is, in apposition to it after its age", "Maelor Breuning is a trainee physiotherapist.", "Maelor Breuning, 27, a trainee physiotherapist, finished second."],
  ["a light verb's subject and what it has after a semicolon", "Crumb Holdings has 130 bakeries.", "Ashcombe's has 42 shops; Crumb Holdings, its new owner, has 130 bakeries in the Midlands."],
  ["the name beside the claim's noun, the claim's subject", "Linnea Maddox is Walter Ashcombe's daughter.", "Walter Ashcombe's daughter, Linnea Maddox, has run the company since 2009."],
  ["a colon after a label, which says what the rest is about", "A firefighter died in the Varrow fire.", "Varrow fire: firefighter dies as blaze grows to 3,400 hectares"],
  ["a semicolon before a verb whose subject is left to the clause before it", "Forty-one of the coins were silver.", "None of the coins was gold; most were bronze, and 41 were silver."],
  ["the opposite relation with the names turned round", "Dunmore beat Carrick.", "Carrick lost to Dunmore on Sunday."],
  ["the same order, active", "Arsenal beat Chelsea.", "Arsenal beat Chelsea on Sunday."],
  ["what the verb takes, with who reports it after", "Tom Ray was suspended by the board.", "The board suspended Tom Ray on Thursday, board chair Ann Lee said."],
  ["a name after a verb of saying that opens what is said, not who says it (the detector leaves it to the others)", "The board will hear Tom Ray.", "The board will hear the case, a spokesman said, and said Tom Ray would attend."],
  ["a name the claim too gives as who reports it", "Speaking about a second season, Ann Lee revealed that a story arc is planned.", "Speaking about a second season, Ann Lee revealed that a story arc is planned."],
  ["what the verb takes, right before another's verb of saying", "Detectives questioned Ann Lee.", "Detectives who questioned Ann Lee told reporters she was calm."],
  ["a verb said as a noun, the name before it the doer of the sentence", "Anyanwu beat Ferrand.", "Anyanwu won the title on Sunday, beating Ferrand 6-4, 3-6, 6-3."],
  ["names after a preposition in the doer's phrase, which say which the doer is", "Firefighters fought the blaze.", "About 40 firefighters from Hallam Brook and Stenford fought the blaze for three hours."],
  ["a noun in a reported clause that may stand for the name opening the sentence", "Lumio spent $500 million on the hinge.", "Lumio's chief executive, Daniel Cho, said the company had spent $500 million on the hinge."],
  ["the names turned round under a verb whose two sides may change places", "Sarah Quinn met Anil Rao.", "Anil Rao met Sarah Quinn on Thursday."],
  ["likewise after 'who'", "Sarah Quinn met Anil Rao.", "Business secretary Anil Rao, who met Sarah Quinn on Thursday, said he would help."],
  ["the passage in the passive", "Arsenal beat Chelsea.", "Chelsea were beaten by Arsenal on Sunday."],
  ["the claim in the passive", "Chelsea were beaten by Arsenal.", "Arsenal beat Chelsea on Sunday."],
  ["a participle spelled as its verb, after the noun it describes", "Ann Lee set the course record in 2019.", "Bo Ray broke the course record set by Ann Lee in 2019."],
  ["a spinoff of the same show", "Ballard is a spinoff of Bosch.", "Ballard is a spinoff of the Bosch franchise."],
  ["the participle is the relation itself", "Ann Lee stars in Riverside.", "Riverside: Ann Lee-starring drama returns."],
  ["the name the noun phrase ends on", "The studio renewed Riverside.", "The Acme spinoff series Riverside was renewed by the studio."],
  ["a name that says which one in the claim too", "Ann Lee's new drama Riverside was renewed.", "Ann Lee's new drama Riverside was renewed for a second season."],
  ["one of the doers joined by 'and'", "Ann Lee wrote the play.", "Ann Lee and Bob Ray wrote the play in 2019."],
  ["the doer after 'by', a title before the name", "Bob Ray inspired the series.", "The series was inspired by the novelist Bob Ray and follows a detective."],
  ["a doer the claim names too, in the other slot", "Ann Lee stars in Riverside.", "Riverside stars Ann Lee as a detective."],
  ["'by' before an amount is no doer", "The vaccine cut infections by 62 percent.", "A vaccine developed by Corvin Labs reduced infections by 62 percent in a trial."],
  ["a participle with its doer a few words on", "Anders Holm founded Lakeside.", "Lakeside, founded in 1952 by Anders Holm, employs 3,400 people."],
  ["a participle with its doer, 'be' left out", "Jonas Feld designed the west wing.", "The new west wing, designed by Jonas Feld, houses the ship models."],
  ["the claim's subject is what 'which' stands for", "The renovation of the museum cost $31 million.", "The museum reopened after a renovation that cost $31 million."],
  ["a noun for the claim's name before 'which'", "The Okafor Foundation gave $20 million.", "Ann Lee thanked the foundation, which gave $20 million."],
  ["a name the claim gives too before 'which'", "Titus Welliver plays Harry Bosch.", "The show is a spinoff of Bosch, which stars Titus Welliver as Harry Bosch."],
  ["the same owner before the noun", "Corvin's shares rose 6 percent.", "Corvin's shares rose 6 percent on Monday."],
  ["the same owner by its last word", "Corvin Labs' new shares rose 6 percent.", "Labs' new shares rose 6 percent on Monday."],
  ["an owner the claim does not give", "The shares rose 6 percent.", "Corvin's shares rose 6 percent on Monday."],
  ["the claim's doer after a verb said in its own words", "Ann Lee thanked the council.", "Ann Lee thanked the council, and the council thanked the residents."],
  ["the claim's argument missing, its subject after the same word", "Ballard is a spinoff of Titanic.", "Bosch is a spinoff of Ballard."],
  ["a noun and a participle that takes it, its doer after 'by'", "The council approved the plan.", "The plan approved by the council on Tuesday cuts harbour fees."],
  ["both after the verb, the claim's doer first", "Titus Welliver plays Harry Bosch.", "The show is a spinoff of Bosch, which stars Titus Welliver as Harry Bosch."],
  ["a subject before a clause of contrast whose 'it' stands for it", "The board agreed to study a bus route.", "The board did not approve the tram line, but it agreed to study a bus route."],
  ["an apposition naming the doer", "Anders Holm said the plant would close.", "The company's founder, Anders Holm, said the plant would close."],
  ["the claim's own noun heading the doer", "Solberg's trilogy sold a million copies.", "Ingrid Solberg, whose trilogy about a fishing family sold a million copies, died."],
  ["nouns in the same order, an adjective before one", "The committee rejected the proposal.", "The planning committee rejected the revised proposal."],
  ["the claim's doer after the verb, no doer before it", "Ann Lee said the vote was close.", "The vote was close, said Ann Lee."],
  ["a name that says which one in the passage, and which role in the claim", "Petra Lind stepped down as Norvale's chief executive.", "Norvale chief executive Petra Lind stepped down."],
  ["the doer after 'by', in apposition to the noun 'by' takes", "Leila Noor directed Glass Rooms.", 'The prize went to Selma Noor for "Glass Rooms", directed by her sister, Leila Noor.'],
  ["the claim's subject as what a passive verb was done to, where the claim's verb takes no object", "The plant opened in 1962.", "The plant was opened in 1962 by the mayor."],
  ["a name after a passive verb that is the doer of a verb of its own", "Police found two bodies.", "The toll rose to five after two bodies were found near Dunmere on Tuesday, police said."],
  ["'be to' and a verb, which says what is due in the active voice", "Ann Lee will lead the review.", "Ann Lee is to lead the review, the council said."],
  ["the doer before a relative clause set off before the verb", "Priya Desmukh called the vote a victory.", "Councillor Priya Desmukh, who lost to Achterberg's ally Gareth Penhallow, called the vote a victory."],
  ["the first of two doers joined by 'and', ages and a description between", "Ann Lee reached the summit.", "Ann Lee, 38, and her climbing partner, Tom Roe, 45, reached the summit on Monday."],
];

/** The same two names in each other's roles, through the same relation: the passage says the opposite. */
const contradicting: [string, string, string, string, string][] = [
  ["subject and object reversed", "Arsenal beat Chelsea.", "Chelsea beat Arsenal on Sunday.", "Arsenal beat Chelsea", "Chelsea beat Arsenal"],
  ["reversed through the passive", "Arsenal beat Chelsea.", "Arsenal were beaten by Chelsea.", "Arsenal beat Chelsea", "Chelsea beat Arsenal"],
  ["the claim's subject in the argument's slot", "Ballard is a spinoff of Bosch.", "Bosch is a spinoff of Ballard.", "Ballard spinoff Bosch", "Bosch spinoff Ballard"],
  ["two nouns reversed", "The minister criticised the report.", "The report criticised the minister on Monday.", "minister criticised report", "report criticised minister"],
  ["a name and a noun reversed", "The camera supplied Orbis.", "Orbis supplied the main camera for the probe.", "camera supplied Orbis", "Orbis supplied camera"],
  ["two nouns reversed through the passive", "The virus was destroyed by the cells.", "The cells were destroyed by the virus within hours.", "cells destroyed virus", "virus destroyed cells"],
];

/** Another doer of the same verb, done to one thing the claim names or says "the" of: the passage rules the claim's doer out. */
const anotherDoer: [string, string, string, string, string, string][] = [
  ["after 'by', the claim's name elsewhere", "Ann Lee created the series.", "The series was created by the novelist Bob Ray, and follows Ann Lee's detective.", "says Bob Ray created it, not Ann Lee", "Ann Lee created", "Bob Ray created"],
  ["after 'by', a phrase saying when between the verb and 'by'", "Ruth Ames discovered the coins.", "The coins were discovered in April by a metal detectorist, Gary Pell, who reported the find to Ruth Ames.", "says Gary Pell discovered it, not Ruth Ames", "Ruth Ames discovered", "Gary Pell discovered"],
  ["after 'by', a description and a comma between, the claim's surname shared", "Selma Noor directed the film.", "The prize went to Selma Noor for the film, directed by her sister, Leila Noor.", "says Leila Noor directed it, not Selma Noor", "Selma Noor directed", "Leila Noor directed"],
  ["named by the claim in another role", "Alvor signed Diogo Costa from Redhaven.", "Redhaven have signed Diogo Costa from Alvor.", "says Redhaven signed it, not Alvor", "Alvor signed", "Redhaven signed"],
  ["likewise where the tagger reads the verb as a noun", "Alvor signed Diogo Costa from Redhaven.", "Redhaven sign Diogo Costa from Alvor", "says Redhaven sign it, not Alvor", "Alvor signed", "Redhaven sign"],
  ["before the verb", "Ann Lee wrote the play.", "Bob Ray wrote the play for Ann Lee.", "says Bob Ray wrote it, not Ann Lee", "Ann Lee wrote", "Bob Ray wrote"],
];

/**
 * A verb one doer does to one thing ("ordered", "led", "founded"), its doer in the passage a name
 * the claim does not give, the claim's own doer nowhere in the sentence.
 */
const soleDoer: [string, string, string, string, string, string][] = [
  ["before an active verb, what it was done to a name the passage gives", "Ann Lee founded Lakeside Dairy.", "Anders Holm founded Lakeside Dairy in 1952.", "says Anders Holm founded it, not Ann Lee", "Ann Lee founded", "Anders Holm founded"],
  ["after 'by'", "Netflix renewed Riverside.", "Riverside was renewed by Prime Video for a second season.", "says Prime Video renewed it, not Netflix", "Netflix renewed", "Prime Video renewed"],
  ["for a passive claim's doer after 'by', the passage active", "Riverside was directed by Ann Lee.", "Bob Ray directed Riverside in 2019.", "says Bob Ray directed it, not Ann Lee", "Ann Lee directed", "Bob Ray directed"],
];

/** Another doer where the claim's is nowhere in the sentence, that does not rule the claim's out. */
const notSoleDoer: [string, string, string][] = [
  ["of a thing many may do to it", "Eva Holt criticised Riverside.", "Kari Moe criticised Riverside on Monday."],
  ["where the claim's name only says which of its doer", "The Labour councillor proposed the motion.", "The motion was proposed by Eamonn Quarrington, the Labour councillor who chairs the committee."],
  ["in an article that names neither the claim's doer nor what it was done to", "Ann Lee founded the company.", "Bob Ray founded the company in 1990."],
  ["named after a preposition before the verb, a title between", "Ann Lee sold Harbour Lights.", "A dealer in paintings by the artist Clara Voss sold Harbour Lights in 1990."],
  ["for another time than the claim's", "Jonas Feld led the Harbor Museum from 1997 to 2019.", "Priya Nair has led the Harbor Museum since 2019."],
];

const invalid: [string, string, string, string][] = [
  ["a light verb's doer after a word that opens a clause of a verb in -ing", "Hobcastle took 14 of the flights.", "The flights landed at Hobcastle and Ebbington, with Glenvarrow, to the south, taking 14 of them.", "says Glenvarrow taking it, not Hobcastle"],
  ["a speaker named only in a long aside set beside another name", "Radek Brankovic said the hospital had treated two children.", "Rhea Brankovic, 35, a paediatrician at Kellaway General Hospital and the sister of Radek Brankovic, said the hospital had treated two children.", "says Rhea Brankovic said it, not Radek Brankovic"],
  ["reversed through a more specific verb only", "Arsenal beat Chelsea.", "Chelsea outplayed Arsenal on Sunday.", "the other way round"],
  ["a verb said as a noun, the name the doer of another clause's verb", "Ann Lee won on Sunday.", "The win was awarded to Bo Ray on Sunday, and Ann Lee was relegated.", "opening a clause of its own after \"win\""],
  ["a noun doing the verb in another clause, where the claim's name hangs on a preposition", "Severn Vale Water overstated the harm.", "A tribunal cut the fine on Severn Vale Water, saying the regulator had overstated the harm.", "says the regulator overstated"],
  ["the opposite relation done by another name, in a clause a subordinator opens", "Anyanwu won the title.", "Anyanwu rose to No. 8 in the rankings on Monday, after Daniel Vost lost points.", "says Daniel Vost lost, not Anyanwu"],
  ["the opposite relation done by what the claim links its verb to: the claim turned round, not ruled out", "Ferrand lost to Anyanwu.", "Anyanwu won the Brennick Open on Sunday, beating Ferrand.", "says Anyanwu won, the claim's \"lost\" turned round"],
  ["the claim's doer and what it is done to reversed, one named by its place", "The sixth form praised the inspectors.", "Inspectors praised the school's sixth form, which they rated good.", "the other way round"],
  ["what the claim's verb is done to, standing as the passage verb's doer", "Kelbrook Academy rated the inspectors inadequate.", "Simon Achebe has stepped down as head of Kelbrook Academy, two weeks after inspectors rated the school inadequate.", "has inspectors as who rated"],
  ["a name joined to another participle", "Netflix renewed the drama.", "The Netflix-produced drama was renewed by the studio.", "only in a modifier"],
  ["a name joined to another participle, under the opposite relation", "Ann Lee cancelled the show.", "The Ann Lee-starring show Riverside was renewed for a second season.", "only in a modifier"],
  ["a participle joined to another name", "Bob Ray stars in Riverside.", "Author Bob Ray and the Ann Lee-starring drama Riverside return.", "said of another name"],
  ["a name before the head of what a joined participle takes", "Ann Lee stars in Bosch.", "The Ann Lee-starring \"Bosch\" spinoff series Riverside was renewed.", "names Bosch only to say which Riverside"],
  ["a name outside what a joined participle takes", "Ann Lee stars in Bosch.", "When the Bosch spinoff was funded, the Ann Lee-starring Riverside was renewed.", "not as what"],
  ["a name that only says which one", "The studio renewed Acme.", "The Acme spinoff series Riverside was renewed by the studio.", "only to say which Riverside"],
  ["another doer before the verb, an aside between, of a thing anyone may do ('19 goals')", "Ann Lee scored 19 goals.", "Bob Ray, 24, scored 19 goals and replaces Ann Lee.", "says Bob Ray scored it, not Ann Lee"],
  ["another doer of a thing the claim says no 'the' of", "Ann Lee wrote a play.", "Bob Ray wrote a play for Ann Lee.", "says Bob Ray wrote it, not Ann Lee"],
  ["another doer sharing a word with the claim's", "Samsung's Galaxy Z Fold weighs 238 grams.", "The Fold One weighs 238 grams, lighter than Samsung's Galaxy Z Fold.", "says Fold One weighs it, not Samsung"],
  ["another name before 'who'", "Priya Nair retired after 22 years.", "Priya Nair replaced Walter Grimes, who retired after 22 years.", "says Walter Grimes retired, not Priya Nair"],
  ["both after the verb, the claim's doer second", "Harry Bosch plays Titus Welliver.", "The show is a spinoff of Bosch, which stars Titus Welliver as Harry Bosch.", "has Harry Bosch and Titus Welliver the other way round"],
  ["a subject across a clause 'and' opens, the verb with a subject of its own", "Jorunn Tavelmoor did not say how much the recall would cost.", "Jorunn Tavelmoor declined to comment, and the company did not say how much the recall would cost.", 'says Jorunn Tavelmoor on the other side of "and" from "say"'],
  ["a subject across a clause of contrast from a verb with a subject of its own", "The Popcornmeter holds a 100% on Rotten Tomatoes.", "It holds a 100% on Rotten Tomatoes, while the Popcornmeter holds a respectable 77%.", 'says Popcornmeter on the other side of "while" from "holds"'],
  ["a noun the claim lacks as the doer, the claim's name saying whose", "Henrik Aal bought the painting.", "The dealer Henrik Aal's gallery bought the painting in 1978.", "says the gallery bought, not Henrik Aal"],
  ["likewise for a passive claim's doer", "The painting was bought by Henrik Aal.", "The dealer Henrik Aal's gallery bought the painting in 1978.", "says the gallery bought, not Henrik Aal"],
  ["the claim's name in an aside that is more than a name for the doer", "Ana Ruiz bought the statue.", "The museum, according to its director Ana Ruiz, bought the statue in 1990.", "says the museum bought, not Ana Ruiz"],
  ["the head of the claim's subject only after the verb, another noun its doer", "Haldor's beer sales fell.", "Its operating profit fell 18 percent, as higher prices offset stronger sales of its beers.", 'has sales only after "fell", whose doer is "profit"'],
  ["likewise under the opposite relation", "Haldor's beer sales grew.", "Its operating profit fell 18 percent, as higher prices offset stronger sales of its beers.", 'has sales only after "fell", whose doer is "profit"'],
  ["a verb's -ing form after a preposition, the claim's doer its object", "Ardley beat Kessingham.", "Kessingham reached the final after beating Ardley 3-1.", "the other way round"],
  ["the claim's subject only after a verb whose doer comes before a long aside with a verb of its own", "Tom Ray was found alive.", "Ann Lee, the deckhand missing since the boat sank on Monday, has been found alive, and the engineer, Tom Ray, has been confirmed dead.", 'has Tom Ray only after "found", whose subject is "Lee"'],
  ["the claim's subject only after a verb whose doer is 'who', standing for the name before it", "Tom Ray has flown for Acme Air for 24 years.", "The captain was Ann Lee, 52, who has flown for Acme Air for 24 years and trained the first officer, Tom Ray.", 'has Tom Ray only after "flown", whose doer is "Lee"'],
  ["a passive claim's subject, in the passage only who reports it", "Ann Lee was suspended by the board.", "The board suspended Tom Ray on Thursday, board chair Ann Lee said.", 'names Ann Lee only as who said it, not in what "suspended" says'],
  ["likewise, the report's verb first", "Tom Ray suspended Ann Lee.", "The board suspended Tom Ray on Thursday, said Ann Lee.", 'names Ann Lee only as who said it'],
  ["a passive claim's subject, in the passage the doer of another verb", "Castell Rail is run by NorTram.", "It was built by Castell Rail and is run by NorTram.", 'names Castell Rail only as the doer of another verb, not as what is "run"'],
  ["names the other way round about a verb that shares the subject of the one before", "NorTram is run by Castell Rail.", "It was built by Castell Rail and is run by NorTram.", "the other way round"],
  ["describing words the other way round", "The old arena will replace the new stadium.", "The new stadium will replace the old arena, which closed in 2019.", "the other way round"],
  ["two nouns the other way round, the doer not plainly before the verb", "The bridge built the contractor.", "The contractor, after years of delays and a change of owner, finally built the bridge.", "the other way round"],
  ["counted nouns the other way round", "Two teenagers rescued firefighters.", "Firefighters rescued two teenagers on Saturday.", "the other way round"],
  ["another owner before the noun", "Lakeside's shares rose 4 percent.", "Orchard's shares rose 4 percent, while Lakeside's jumped 19 percent.", "says Orchard's shares, not Lakeside's shares"],
  ["another owner, through 'whose'", "Jonas Larsen's term ends in March.", "Larsen replaces Marit Dahl, whose term ends in March.", "says Marit Dahl, whose term, not Jonas Larsen's term"],
  ["another owner, an adjective between", "Acme's new drama was renewed.", "Ann Lee's new drama was renewed by Acme.", "says Ann Lee's new drama, not Acme's new drama"],
  ["the claim's doer after the verb, a pronoun before it", "The Acme Prize turned down Ann Lee.", "She turned down the Acme Prize in 1999.", 'has Acme Prize only after "turned down", whose doer is "she"'],
  ["the claim's doer after the verb, a noun before it", "The council thanked Ann Lee.", "The residents thanked Ann Lee and the council.", 'only after "thanked", whose doer is "residents"'],
  ["the claim's subject after a passive verb whose subject is another noun", "A fisherman was struck by a falling tree.", "Two of the victims were struck by falling trees; the third, a fisherman, drowned.", 'has fisherman only after "struck", whose subject is "victims"'],
  ["the claim's subject before a semicolon, the verb after it with a subject of its own", "The victims drowned off Dunmere.", "Two of the victims were struck by trees; the third, a fisherman, drowned off Dunmere.", 'says victims and "drowned" on either side of a semicolon'],
  ["the claim's subject after a semicolon that ends what the claim's noun is said of", "Peter Ashcombe is the company's finance director.", "Her husband, Colin Maddox, is the company's finance director; her brother, Peter Ashcombe, left the business in 2015.", "says Peter Ashcombe after a semicolon"],
  ["what the claim says its subject is, in apposition to another name", "Obadiah Ferrante is a trainee physiotherapist.", "Maelor Breuning, 27, a trainee physiotherapist, finished second, and Obadiah Ferrante, 34, was third.", 'says "trainee physiotherapist" of Maelor Breuning, not of Obadiah Ferrante'],
  ["a light verb's subject and what it has on either side of a semicolon", "Ashcombe's has its headquarters in Derby.", "Crumb Holdings has its headquarters in Derby; Ashcombe's, its new purchase, is based in Fenwright.", "on either side of a semicolon"],
  ["the claim's owner set beside its noun, as who the noun is", "Walter Ashcombe is Linnea Maddox's daughter.", "His daughter, Linnea Maddox, has run the company since 2009.", "names Linnea Maddox as the daughter itself, not as whose"],
  ["the claim's subject before a colon, the verb after it with a subject of its own", "The satellites were damaged.", "Only two satellites will fly in June: Nordmet withdrew a third after a solar panel was damaged.", 'says satellites and "damaged" on either side of a colon'],
  ["a passive participle after another name and a comma", "The Quiet Harbour was directed by Leila Noor.", 'The prize went to Selma Noor for "Glass Rooms", directed by her sister, Leila Noor.', "says Glass Rooms directed, not Quiet Harbour"],
  ["another noun before 'which'", "The Okafor Foundation contributed $20 million.", "The state, which contributed $20 million, was joined by the Okafor Foundation.", "says state contributed, not Okafor Foundation"],
  ["the claim's doer in what a passive verb was done to", "Corvane blamed a faulty valve.", "A faulty valve from a supplier, Corvane, was blamed for the fire.", 'has Corvane on the receiving end of "blamed"'],
  ["likewise after 'be to' before a verb that reads as passive there", "Ronvale blamed a faulty part.", "Marta Quist said a faulty part from a supplier, Ronvale, was to blame.", 'has Ronvale on the receiving end of "blame"'],
  ["the claim's doer after a passive verb, not after 'by'", "Beta Works bought Acme Tools.", "Acme Tools was bought last week, along with its rival Beta Works.", 'has Beta Works after "bought" but not as who did it'],
  ["a name inside a relative clause set off between the doer and the verb", "Rosalind Achterberg called the vote a victory.", "Councillor Priya Desmukh, who lost to Achterberg's ally Gareth Penhallow, called the vote a victory.", 'names Achterberg only inside a clause about another ("who …")'],
  ["the speaker after the verb of saying, which shares its doer with a verb before it", "Ronvale said a faulty part was to blame.", "Marta Quist, the chief executive, apologised and said a faulty part from a supplier, Ronvale, was to blame.", 'has Ronvale only after "said", whose doer is "Quist"'],
];

describe("the roles detector", () => {
  it.each(valid)("finds nothing wrong: %s", (_, claim, passage) => {
    expect(findingsOf(roles, claim, passage)).toEqual([]);
  });

  it("does not take a name after another verb for who did the claim's, the other way round", () => {
    // "said" has Acme: the reports were released by someone the passage does not say.
    const findings = findingsOf(roles, "Acme will release the reports.", "The reports released in March have been withdrawn, Acme said.");
    expect(findings.map((f) => f.effect)).not.toContain("contradicts");
  });

  it.each(contradicting)("finds %s, a contradiction", (_, claim, passage, claimValue, sourceValue) => {
    const findings = findingsOf(roles, claim, passage);
    expect(findings).toEqual([expect.objectContaining({ effect: "contradicts", why: expect.stringContaining("the other way round"), values: { kind: "role", claim: claimValue, source: sourceValue } })]);
  });

  it.each(anotherDoer)("finds another doer %s, a contradiction", (_, claim, passage, why, claimValue, sourceValue) => {
    expect(findingsOf(roles, claim, passage)).toEqual([expect.objectContaining({ effect: "contradicts", why, values: { kind: "role", claim: claimValue, source: sourceValue } })]);
  });

  it.each(soleDoer)("finds another doer of a deed one doer does %s, a contradiction", (_, claim, passage, why, claimValue, sourceValue) => {
    expect(findingsOf(roles, claim, passage)).toEqual([expect.objectContaining({ effect: "contradicts", why, values: { kind: "role", claim: claimValue, source: sourceValue } })]);
  });

  it.each(notSoleDoer)("does not rule the claim's doer out by another doer %s", (_, claim, passage) => {
    expect(findingsOf(roles, claim, passage).map((f) => f.effect)).not.toContain("contradicts");
  });

  it("contradicts an atom whose only name is its doer, where another did it to the one thing it names", () => {
    // What the deed was done to says which deed it is: the doer is the contested value.
    const [judgement] = judgeAtoms("Ruth Ames discovered the coins.", "The coins were discovered in April by a metal detectorist, Gary Pell, who reported the find to Ruth Ames.");
    expect(judgement!.outcome).toBe("contradicted");
    expect(judgement!.decisive).toMatchObject({ detector: "roles", why: "says Gary Pell discovered it, not Ruth Ames" });
  });

  it("finds another owner of the noun a name is set beside, in an atom with no verb", () => {
    const claim = "Ann Lee is the sister of Lakeside's owner, Tom Ray.";
    const judged = judgeAtoms(claim, "Orchard's owner, Tom Ray, spoke on Monday.");
    const apposition = judged.find((j) => !j.atom.parts.some((p) => p.role === "relation"));
    expect(apposition?.findings).toContainEqual(expect.objectContaining({ detector: "roles", effect: "lacks", why: "says Orchard's owner, not Lakeside's owner" }));
  });

  it.each(invalid)("finds %s", (_, claim, passage, why) => {
    const findings = findingsOf(roles, claim, passage);
    expect(findings).toEqual([expect.objectContaining({ effect: "lacks", why: expect.stringContaining(why) })]);
  });
});
