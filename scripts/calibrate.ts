// Fits the judge's calibration (src/judge/calibration.ts) to the public labelled claims and
// writes src/generated/calibration.ts: `npm run calibrate`. Deterministic: the same sets give
// the same numbers. Prints cross-validated figures (five folds by claim id) for the best fit and
// the figures of the calibration in force, and writes the fit only when it does better with no
// more false supports.
//
//   node build/scripts/calibrate.js [--shared ../shared] [--dry-run]
//
// What it fits, and how:
// - the logistic weights of the words score: for each claim, every judgement of each atom
//   against each passage is recorded with its features and whether anything but the score
//   keeps it from stating the atom. A claim's score is that of its best source, whose score
//   is that of its weakest atom, whose score is that of its best passage. Weights are fitted
//   by alternating: pick those passages and atoms under the current weights, fit a
//   logistic regression on them (each set and each label weighing the same), repeat;
// - the threshold on that score: the one that maximises the mean supported-vs-not balanced
//   accuracy over the sets while no set has more false supports than FALSE_SUPPORT_LIMIT of
//   its claims that are not supported;
// - how much of an atom's words a contradicting passage may lack, and how many sentences
//   either side of a passage count (`reach`): each from a small grid, by the same figures.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Corpus } from "../src/check.js";
import { loadSources } from "../src/sources/load.js";
import { loadEnglish } from "../src/language/load.js";
import { judgeClaim } from "../src/judge/judge-claim.js";
import { atomFeatures, FEATURES, type Calibration, type Feature } from "../src/judge/calibration.js";
import { retrieve } from "../src/match/retrieve.js";
import shipped from "../src/generated/calibration.js";
import type { Claim } from "../src/types.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] ?? fallback : fallback;
};
const SHARED = join(REPO, option("shared", "../shared"));

/** The most false supports a set may have, as a share of its claims that are not supported. */
const FALSE_SUPPORT_LIMIT = 0.015;
const GRID = { reach: [1, 2, 3], conflictMissing: [0.25, 0.5, 0.75] };
const FOLDS = 5;
const ROUNDS = 4;

interface Alternative {
  /** Nothing but the score keeps this passage from stating the atom. */
  open: boolean;
  x: number[];
  /** The passage contradicts the atom, whatever share of its words it lacks. */
  contradicts: boolean;
  missing: number;
}

interface Example {
  set: string;
  id: string;
  label: string;
  fold: number;
  /** sources[s][a]: the judgements of atom a against the passages of source s. */
  sources: Alternative[][][];
  grounded: boolean[];
}

interface LabelledSet {
  name: string;
  claims: { id: string; text: string; label: string }[];
  sources: string;
}

function main(): void {
  const sets = findSets();
  if (sets.length === 0) throw new Error(`no labelled sets found under ${SHARED}`);
  const language = loadEnglish();
  let best: ReturnType<typeof summarise> | undefined;
  let inForce: ReturnType<typeof summarise> | undefined;
  const saved = option("examples", "");
  for (const reach of GRID.reach) {
    const file = saved ? `${saved}.${reach}.json` : "";
    const examples: Example[] = file && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Example[]) : sets.flatMap((set) => collect(set, language, { ...shipped, reach }));
    if (file && !existsSync(file)) writeFileSync(file, JSON.stringify(examples));
    if (reach === shipped.reach) inForce = validateShipped(examples, sets, reach, shipped.conflictMissing);
    for (const conflictMissing of GRID.conflictMissing) {
      const result = fitAndValidate(examples, sets, reach, conflictMissing);
      console.log(`reach ${reach}, conflictMissing ${conflictMissing}: cross-validated objective ${result.score.toFixed(3)}, false supports ${result.falseSupports}`);
      if (!best || result.score > best.score) best = result;
    }
  }
  console.log(`\nthe calibration in force (reach ${shipped.reach}, conflictMissing ${shipped.conflictMissing}): objective ${inForce!.score.toFixed(3)}, false supports ${inForce!.falseSupports}`);
  for (const line of inForce!.report) console.log(line);
  console.log(`\nthe best fit (reach ${best!.calibration.reach}, conflictMissing ${best!.calibration.conflictMissing}), cross-validated: objective ${best!.score.toFixed(3)}, false supports ${best!.falseSupports}`);
  for (const line of best!.report) console.log(line);
  // A fit replaces the numbers in force only when it does better on held-out folds, with no more false supports.
  const better = best!.score > inForce!.score && best!.falseSupports <= inForce!.falseSupports;
  if (!better) {
    console.log("\nkept the calibration in force: the fit does not beat it");
    return;
  }
  if (args.includes("--dry-run")) return;
  writeFileSync(join(REPO, "src/generated/calibration.ts"), moduleText(best!.calibration));
  console.log("wrote src/generated/calibration.ts");
}

function findSets(): LabelledSet[] {
  const sets: LabelledSet[] = [];
  const readGold = (file: string) =>
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as { id: string; text: string; label: string });
  const ballard = join(SHARED, "gold", "ballard-dev.jsonl");
  if (existsSync(ballard)) sets.push({ name: "ballard-dev", claims: readGold(ballard), sources: join(REPO, "sources") });
  const dev = join(SHARED, "dev");
  if (existsSync(dev)) {
    for (const file of readdirSync(dev).filter((f) => f.endsWith(".tar.gz")).sort()) {
      const folder = mkdtempSync(join(tmpdir(), "claimcheck-calibrate-"));
      execFileSync("tar", ["xzf", join(dev, file), "-C", folder]);
      sets.push({ name: file.replace(/\.tar\.gz$/, ""), claims: readGold(join(folder, "gold.jsonl")), sources: join(folder, "sources") });
    }
  }
  return sets;
}

function collect(set: LabelledSet, language: ReturnType<typeof loadEnglish>, calibration: Calibration): Example[] {
  const sources = loadSources([set.sources], { cwd: set.sources, onSkip: () => {} });
  const corpus = new Corpus(sources, { language, calibration });
  return set.claims.map((gold) => {
    const claim: Claim = { id: gold.id, text: gold.text, location: { file: set.name, line: 1, column: 1, endLine: 1, endColumn: 1 } };
    const example: Example = { set: set.name, id: gold.id, label: gold.label, fold: foldOf(gold.id), sources: [], grounded: [] };
    judgeClaim(claim, corpus, retrieve, undefined, (source, atom, judgement, grounded) => {
      const perSource = (example.sources[source] ??= []);
      example.grounded[source] = grounded;
      const features = atomFeatures(judgement.alignment);
      const others = judgement.findings.filter((f) => f.detector !== "coverage");
      (perSource[atom] ??= []).push({
        open: others.length === 0,
        x: FEATURES.map((f) => features[f]),
        contradicts: judgement.contradicts,
        missing: judgement.missing,
      });
    });
    return example;
  });
}

function foldOf(id: string): number {
  return createHash("sha256").update(id).digest()[0]! % FOLDS;
}

// ---- fitting --------------------------------------------------------------------------------

type Weights = { bias: number; w: number[] };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const scoreOf = (weights: Weights, x: readonly number[]) => sigmoid(x.reduce((z, v, i) => z + v * weights.w[i]!, weights.bias));

/** The claim's score and the features that gave it: best source, weakest atom, best passage. */
function claimScore(example: Example, weights: Weights, atoms: number): { score: number; x: number[] | undefined } {
  let best: { score: number; x: number[] | undefined } = { score: 0, x: undefined };
  for (const source of example.sources) {
    if (!source || source.length < atoms) continue;
    let weakest: { score: number; x: number[] } | undefined;
    for (let a = 0; a < atoms; a++) {
      let top: { score: number; x: number[] } | undefined;
      for (const alternative of source[a] ?? []) {
        if (!alternative.open) continue;
        const score = scoreOf(weights, alternative.x);
        if (!top || score > top.score) top = { score, x: alternative.x };
      }
      if (!top) {
        weakest = undefined;
        break;
      }
      if (!weakest || top.score < weakest.score) weakest = top;
    }
    if (weakest && weakest.score > best.score) best = weakest;
  }
  return best;
}

function atomCount(example: Example): number {
  return Math.max(0, ...example.sources.map((s) => s?.length ?? 0));
}

function fit(examples: readonly Example[]): Weights {
  let weights: Weights = { bias: shipped.bias, w: FEATURES.map((f) => shipped.weights[f]) };
  for (let round = 0; round < ROUNDS; round++) {
    const rows: { x: number[]; y: number; weight: number }[] = [];
    const groups = new Map<string, number>();
    const picked = examples.map((e) => ({ e, x: claimScore(e, weights, atomCount(e)).x }));
    for (const { e, x } of picked) if (x) groups.set(`${e.set}:${e.label === "supported"}`, (groups.get(`${e.set}:${e.label === "supported"}`) ?? 0) + 1);
    for (const { e, x } of picked) {
      if (!x) continue;
      const key = `${e.set}:${e.label === "supported"}`;
      rows.push({ x, y: e.label === "supported" ? 1 : 0, weight: 1 / groups.get(key)! });
    }
    weights = logistic(rows, weights);
  }
  return weights;
}

/** L2-regularised logistic regression by gradient descent: fixed steps, so the result is reproducible. */
function logistic(rows: readonly { x: number[]; y: number; weight: number }[], start: Weights): Weights {
  const weights: Weights = { bias: start.bias, w: [...start.w] };
  const total = rows.reduce((s, r) => s + r.weight, 0) || 1;
  const lambda = 0.01;
  const rate = 2;
  for (let step = 0; step < 3000; step++) {
    let gBias = 0;
    const g = weights.w.map(() => 0);
    for (const row of rows) {
      const error = (scoreOf(weights, row.x) - row.y) * row.weight;
      gBias += error;
      row.x.forEach((v, i) => (g[i]! += error * v));
    }
    weights.bias -= (rate * gBias) / total;
    weights.w = weights.w.map((w, i) => w - rate * (g[i]! / total + lambda * w));
  }
  return weights;
}

interface Figures {
  supportedRecall: number;
  specificity: number;
  falseSupports: number;
  notSupported: number;
}

function figures(examples: readonly Example[], predict: (e: Example) => boolean): Map<string, Figures> {
  const bySet = new Map<string, Figures & { supported: number; hits: number }>();
  for (const e of examples) {
    const f = bySet.get(e.set) ?? { supportedRecall: 0, specificity: 0, falseSupports: 0, notSupported: 0, supported: 0, hits: 0 };
    const said = predict(e);
    if (e.label === "supported") {
      f.supported++;
      if (said) f.hits++;
    } else {
      f.notSupported++;
      if (said) f.falseSupports++;
    }
    bySet.set(e.set, f);
  }
  for (const f of bySet.values()) {
    f.supportedRecall = f.supported > 0 ? f.hits / f.supported : 1;
    f.specificity = f.notSupported > 0 ? 1 - f.falseSupports / f.notSupported : 1;
  }
  return bySet;
}

/** The threshold with the best mean balanced accuracy whose false supports stay within the limit. */
function chooseThreshold(examples: readonly Example[], weights: Weights): number {
  const scores = examples.map((e) => claimScore(e, weights, atomCount(e)).score);
  const candidates = [...new Set(scores.filter((s) => s > 0))].sort((a, b) => a - b).map((s) => s - 1e-9);
  let best = { threshold: 1, value: -1 };
  for (const threshold of [...candidates, 1]) {
    const f = figures(examples, (e) => claimScore(e, weights, atomCount(e)).score >= threshold);
    const within = [...f.values()].every((x) => x.falseSupports <= FALSE_SUPPORT_LIMIT * x.notSupported);
    if (!within) continue;
    const value = mean([...f.values()].map((x) => (x.supportedRecall + x.specificity) / 2));
    if (value > best.value) best = { threshold, value };
  }
  return best.threshold;
}

/** How often a claim that is not supported would be reported conflicting, and how often rightly. */
function conflictF1(examples: readonly Example[], supported: (e: Example) => boolean, conflictMissing: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of examples) {
    const said =
      !supported(e) && e.sources.some((source, s) => e.grounded[s] !== false && source?.some((alternatives) => alternatives.some((a) => a.contradicts && a.missing <= conflictMissing)));
    if (e.label === "conflicting") said ? tp++ : fn++;
    else if (said) fp++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Whether the judge would find the claim contradicted: then it is not reported supported, whatever its score. */
function contradicted(example: Example, conflictMissing: number): boolean {
  return example.sources.some((source, s) => example.grounded[s] !== false && source?.some((alternatives) => alternatives.some((a) => a.contradicts && a.missing <= conflictMissing)));
}

/** The figures a calibration gives, without fitting: how the one in force does on these examples. */
function validateShipped(examples: readonly Example[], sets: readonly LabelledSet[], reach: number, conflictMissing: number) {
  const weights: Weights = { bias: shipped.bias, w: FEATURES.map((f) => shipped.weights[f]) };
  const predicted = (e: Example) => claimScore(e, weights, atomCount(e)).score >= shipped.threshold && !contradicted(e, conflictMissing);
  return summarise(examples, sets, predicted, conflictMissing, { ...shipped, reach, conflictMissing });
}

function summarise(examples: readonly Example[], sets: readonly LabelledSet[], predicted: (e: Example) => boolean, conflictMissing: number, calibration: Calibration) {
  const cv = figures(examples, predicted);
  const withConflicts = sets.filter((s) => s.claims.some((c) => c.label === "conflicting")).map((s) => s.name);
  const conflictScore = mean(withConflicts.map((name) => conflictF1(examples.filter((e) => e.set === name), predicted, conflictMissing)));
  const balanced = mean([...cv.values()].map((f) => (f.supportedRecall + f.specificity) / 2));
  const falseSupports = [...cv.values()].reduce((n, f) => n + f.falseSupports, 0);
  const report = [...cv.entries()].map(
    ([set, f]) => `  ${set.padEnd(16)} supported recall ${f.supportedRecall.toFixed(3)}, sup-bal-acc ${((f.supportedRecall + f.specificity) / 2).toFixed(3)}, false supports ${f.falseSupports}/${f.notSupported}`,
  );
  report.push(`  conflicting F1 (sets with conflicting claims): ${conflictScore.toFixed(3)}`);
  return { score: balanced + 0.25 * conflictScore, falseSupports, calibration, report };
}

function fitAndValidate(examples: readonly Example[], sets: readonly LabelledSet[], reach: number, conflictMissing: number) {
  // Cross-validation: fit on four folds, predict the fifth.
  const predicted = new Map<Example, boolean>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = examples.filter((e) => e.fold !== fold);
    const weights = fit(train);
    const threshold = chooseThreshold(train, weights);
    for (const e of examples.filter((x) => x.fold === fold)) predicted.set(e, claimScore(e, weights, atomCount(e)).score >= threshold && !contradicted(e, conflictMissing));
  }
  const weights = fit(examples);
  const threshold = chooseThreshold(examples, weights);
  const calibration: Calibration = {
    bias: round(weights.bias),
    weights: Object.fromEntries(FEATURES.map((f, i) => [f, round(weights.w[i]!)])) as Record<Feature, number>,
    threshold: round(threshold),
    conflictMissing,
    reach,
  };
  return summarise(examples, sets, (e) => predicted.get(e) === true, conflictMissing, calibration);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function moduleText(calibration: Calibration): string {
  return `// Written by \`npm run calibrate\` (scripts/calibrate.ts): fitted to the public labelled claims, it beat the numbers before it in cross-validation.
import type { Calibration } from "../judge/calibration.js";

const calibration: Calibration = ${JSON.stringify(calibration, null, 2).replace(/"(\w+)":/g, "$1:")};
export default calibration;
`;
}

main();
