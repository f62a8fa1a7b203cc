// The vocabulary of facts: number words, scales, currencies, months, hedges, counted things.
// Lookup tables are Maps, not objects: a word of the text such as "constructor" must find
// nothing, not a property every object inherits.

function table<V>(entries: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  return new Map(Object.entries(entries));
}

export const NUMBER_WORDS: ReadonlyMap<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
});

export const ORDINAL_WORDS: ReadonlyMap<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, sophomore: 2,
  debut: 1, inaugural: 1,
});

/** Ordinal-word adjectives that only count when a listed noun follows ("debut season"). */
export const WEAK_ORDINALS: ReadonlySet<string> = new Set(["debut", "inaugural", "sophomore"]);

export const SCALES: ReadonlyMap<string, number> = table({
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12,
});

export const SCALE_NAMES: ReadonlyArray<[number, string]> = [
  [1e12, "trillion"], [1e9, "billion"], [1e6, "million"], [1e3, "thousand"],
];

export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = table({ $: "$", "€": "€", "£": "£", "¥": "¥" });
export const CURRENCY_WORDS: ReadonlyMap<string, string> = table({
  dollar: "$", dollars: "$", usd: "$", euro: "€", euros: "€", eur: "€", pound: "£", pounds: "£",
  gbp: "£", yen: "¥",
});

export const MONTHS: ReadonlyMap<string, number> = table({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});
export const MONTH_NAMES = [
  "", "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
] as const;

/** Days relative to the source's date. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = table({ today: 0, yesterday: -1, tomorrow: 1, tonight: 0 });

/** How a hedge widens a stated amount: the value's interval as [low, high] factors or bounds. */
export type HedgeRule = "approximate" | "below" | "above" | "atLeast" | "atMost";
export const HEDGES: ReadonlyArray<[readonly string[], HedgeRule]> = [
  [["nearly"], "below"], [["almost"], "below"], [["just", "under"], "below"], [["close", "to"], "approximate"],
  [["about"], "approximate"], [["around"], "approximate"], [["approximately"], "approximate"],
  [["roughly"], "approximate"], [["some"], "approximate"], [["an", "estimated"], "approximate"],
  [["estimated"], "approximate"], [["circa"], "approximate"], [["~"], "approximate"],
  [["more", "than"], "above"], [["over"], "above"], [["upwards", "of"], "above"], [["just", "over"], "above"],
  [["in", "excess", "of"], "above"], [["at", "least"], "atLeast"], [["no", "fewer", "than"], "atLeast"],
  [["less", "than"], "atMost"], [["fewer", "than"], "atMost"], [["under"], "atMost"],
  [["up", "to"], "atMost"], [["at", "most"], "atMost"], [["no", "more", "than"], "atMost"],
];
/** How far an approximate or "nearly" amount may stray, as a fraction of it. */
export const HEDGE_TOLERANCE = 0.1;

/** Nouns that take a number after them as an ordinal ("Season 2", "Episode three"). */
export const NUMBERED_NOUNS: ReadonlySet<string> = new Set([
  "season", "episode", "series", "part", "chapter", "volume", "book", "game", "round", "stage",
  "phase", "level", "act", "scene", "week", "day", "issue", "edition", "leg", "heat", "tier",
]);

/** Words that introduce a rank: "No. 4", "number 4", "#4". */
export const RANK_MARKERS: ReadonlySet<string> = new Set(["no", "number", "#", "nr"]);

/** Words a fact absorbs: they describe its value, not its subject ("a 77% score", "ranked"). */
export const FACT_WORDS: ReadonlyMap<string, readonly string[]> = table({
  percent: ["score", "rating", "percent", "cent", "approval"],
  score: ["score", "rating", "out"],
  rank: ["rank", "ranked", "ranking", "place", "spot", "position", "number"],
  age: ["age", "aged", "year", "years", "old"],
  money: ["dollar", "dollars", "worth", "sum", "amount"],
});

/** Words after a number that make it an age ("46 years old", "46-year-old"). */
export const AGE_AFTER: readonly (readonly string[])[] = [["years", "old"], ["year", "old"], ["yrs", "old"]];
export const AGE_BEFORE: ReadonlySet<string> = new Set(["aged", "age"]);
/** Words after a number that make it a time span or a share, not a count of things. */
export const NOT_COUNTED: ReadonlySet<string> = new Set(["percent", "per", "out", "of", "and", "or", "to"]);
