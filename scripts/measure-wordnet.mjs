// Measures the WordNet reader: the files' load time, and the cost of a lookup, a relation and the
// alternatives of a word. Run after a build:
//   npm run build && node scripts/measure-wordnet.mjs
// CPU time counts the garbage collector's threads too, so it may exceed the wall clock. The
// figures move with the machine's load: compare runs made on one machine at one time.
import { performance } from "node:perf_hooks";
import { WordNet } from "../dist/language/english/wordnet.js";
import { loadWordNetFiles } from "../dist/language/english/wordnet-files.js";

const VERBS = `say tell make take get give go come see know think find want use work call try ask need feel become
leave put mean keep let begin start seem help show hear play run move live believe hold bring happen write provide sit
stand lose pay meet include continue set learn change lead understand watch follow stop create speak read allow add
spend grow open walk win offer remember love consider appear buy wait serve die send expect build stay fall cut reach
kill remain suggest raise pass sell require report decide pull arrest charge sign veto hire fire sack resign quit
approve reject accept deny confirm announce claim rise drop increase decrease end finish close launch release vote`.split(/\s+/);
const NOUNS = `time year people way day man thing woman life child world school state family student group country
problem hand part place case week company system program question work government number night point home water room
mother area money story fact month lot right study book eye job word business issue side kind head house service friend
father power hour game line end member law car city community name president team minute idea kid body information
back parent face level office door health person art war history party result change morning reason research girl`.split(/\s+/);

/** Runs `work` and says how long it took: wall clock and this process's CPU time, in ms. */
function measure(work) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { result, wall, cpu: (used.user + used.system) / 1000 };
}
const ms = (value) => value.toFixed(1);
const us = (value, count) => ((value * 1000) / count).toFixed(2);

const load = measure(() => loadWordNetFiles());
const files = load.result;
const bytes = Object.values(files.index).concat(Object.values(files.data)).reduce((sum, b) => sum + b.length, 0);
console.log(`load: ${(bytes / 1e6).toFixed(1)} MB in ${ms(load.wall)} ms (CPU ${ms(load.cpu)} ms)`);

// Every 50th lemma of each index file: spread over the whole file.
const lemmas = [];
for (const [pos, index] of Object.entries(files.index)) {
  const lines = Buffer.from(index).toString("latin1").split("\n").filter((line) => line !== "" && !line.startsWith("  "));
  for (let i = 0; i < lines.length; i += 50) lemmas.push([lines[i].slice(0, lines[i].indexOf(" ")), pos]);
}
for (const round of ["first", "second"]) {
  const wordnet = new WordNet(files);
  const { result: found, wall, cpu } = measure(() => lemmas.filter(([lemma, pos]) => wordnet.senses(lemma, pos).length > 0).length);
  console.log(`senses, ${round} fresh instance: ${lemmas.length} lookups (${found} found) in ${ms(wall)} ms, ${us(wall, lemmas.length)} µs each (CPU ${us(cpu, lemmas.length)} µs)`);
}

/** Asks for the relation of every pair of `words` one way round (`a` before `b`), or the other. */
function relations(wordnet, words, pos, backwards) {
  let calls = 0;
  for (const a of words) for (const b of words) {
    if (a >= b) continue;
    const [claim, evidence] = backwards ? [b, a] : [a, b];
    wordnet.relation({ lemma: claim, pos }, { lemma: evidence, pos });
    calls++;
  }
  return calls;
}
for (const [name, words, pos] of [["verb", VERBS, "VERB"], ["noun", NOUNS, "NOUN"]]) {
  const wordnet = new WordNet(files);
  // First the pairs one way round: each word is looked up and its synsets parsed on first use.
  const first = measure(() => relations(wordnet, words, pos, false));
  // Then the other way round: new pairs, but of words the instance has read already, as in a run.
  const known = measure(() => relations(wordnet, words, pos, true));
  const again = measure(() => relations(wordnet, words, pos, true));
  const calls = first.result;
  console.log(`relation, ${calls} ${name} pairs: of new words ${us(first.wall, calls)} µs each (CPU ${us(first.cpu, calls)}); new pairs of known words ${us(known.wall, calls)} µs (CPU ${us(known.cpu, calls)}); asked again ${us(again.wall, calls)} µs`);
}

const wordnet = new WordNet(files);
const alternatives = measure(() => VERBS.map((verb) => wordnet.alternatives(verb, "VERB")));
console.log(`alternatives: ${VERBS.length} verbs on a fresh instance in ${ms(alternatives.wall)} ms (CPU ${ms(alternatives.cpu)} ms)`);
