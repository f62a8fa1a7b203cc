// Word lists the matcher and judge consult. Data, not branches: extend a list, not an `if`.

/** Words too common to say what a sentence is about. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me
  more most my myself now of off on once only or other our ours ourselves out over own part same
  she should so some such than that the their theirs them themselves then there these they this
  those through to too under until up upon us very was we were what when where which while who whom
  why will with would you your yours yourself yourselves s t can may might must shall one's
  another whose per via among amongst whether though although yet still ever even also really
  currently now already recently soon later earlier being been get gets got`.split(/\s+/),
);

/** Words that negate the predicate they stand before. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
  "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
  "hasn't", "haven't", "hadn't", "couldn't", "wouldn't", "shouldn't", "mustn't", "ain't",
  "unable", "failed", "fails", "lack", "lacks", "lacked",
]);

/** Multi-word negators ("has yet to be renewed"): any of these sequences negates what follows. */
export const NEGATION_PHRASES: readonly (readonly string[])[] = [
  ["yet", "to"],
  ["has", "yet"],
  ["have", "yet"],
  ["had", "yet"],
  ["far", "from"],
  ["no", "longer"],
];

/** Irregular forms, mapped to the form the stemmer gives their regular relatives. */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(Object.entries({
  gave: "give", given: "give", won: "win", wrote: "write", written: "write", began: "begin",
  begun: "begin", said: "say", says: "say", told: "tell", held: "hold", holds: "hold", led: "lead",
  ran: "run", made: "make", took: "take", taken: "take", got: "get", gotten: "get", found: "find",
  saw: "see", seen: "see", spun: "spin", shot: "shoot", became: "become", brought: "bring",
  left: "leave", met: "meet", paid: "pay", sold: "sell", sent: "send", spent: "spend",
  stood: "stand", thought: "think", went: "go", gone: "go", grew: "grow", grown: "grow",
  knew: "know", known: "know", drew: "draw", drawn: "draw", chose: "choose", chosen: "choose",
  fell: "fall", fallen: "fall", rose: "rise", risen: "rise", bought: "buy", built: "build",
  caught: "catch", felt: "feel", kept: "keep", lost: "lose", meant: "mean", taught: "teach",
  understood: "understand", wore: "wear", worn: "wear", hid: "hide", hidden: "hide",
  children: "child", men: "man", women: "woman", people: "person",
}));

/**
 * Words that name the same thing in news prose, one group a line. Matching uses stems, so a
 * group lists each word once in any inflection.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["play", "star", "portray", "role", "cast", "starring"],
  ["premiere", "debut", "launch", "bow"],
  ["award", "grant", "allocate", "give", "receive"],
  ["spinoff", "spin", "offshoot"],
  ["head", "lead", "spearhead", "run", "chief", "helm"],
  ["unit", "division", "department", "squad", "bureau"],
  ["show", "series", "programme", "program", "drama"],
  ["film", "shoot"],
  ["say", "tell", "explain", "reveal", "remark", "speak"],
  ["record", "clock", "log", "tally", "garner", "draw"],
  ["writer", "author", "novelist"],
  ["novel", "book"],
  ["inspire", "base", "adapt"],
  ["critic", "reviewer"],
  ["unsure", "uncertain"],
  ["begin", "start", "commence"],
  ["end", "finish", "conclude"],
  ["buy", "purchase", "acquire"],
  ["kill", "slay"],
  ["die", "death"],
  ["cancel", "axe", "scrap"],
  ["hire", "employ", "recruit"],
  ["large", "big"],
  ["small", "little"],
  ["rank", "place", "chart"],
];

/**
 * Words that say the opposite of each other. A passage holding the opposite of a claim's word
 * contradicts it as a negation would ("well funded" against "poorly funded").
 */
export const ANTONYM_PAIRS: readonly (readonly [string, string])[] = [
  ["well", "poorly"], ["well", "badly"], ["good", "bad"], ["best", "worst"], ["better", "worse"],
  ["positive", "negative"], ["success", "failure"], ["successful", "unsuccessful"], ["win", "lose"],
  ["increase", "decrease"], ["rise", "fall"], ["gain", "loss"], ["profit", "loss"], ["higher", "lower"],
  ["high", "low"], ["larger", "smaller"], ["largest", "smallest"], ["biggest", "smallest"],
  ["open", "close"], ["accept", "reject"], ["approve", "reject"], ["confirm", "deny"], ["allow", "ban"],
  ["legal", "illegal"], ["true", "false"], ["alive", "dead"], ["cheap", "expensive"],
  ["older", "younger"], ["oldest", "youngest"], ["public", "private"], ["domestic", "foreign"],
  ["renew", "cancel"], ["hire", "fire"], ["arrive", "depart"], ["include", "exclude"],
  ["guilty", "innocent"], ["majority", "minority"], ["maximum", "minimum"], ["strong", "weak"],
  ["easy", "difficult"], ["funded", "underfunded"], ["known", "unknown"], ["likely", "unlikely"],
];
