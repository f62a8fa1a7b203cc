// The part of judging that is fitted, not written: how much an atom's words may go unmatched
// before a passage no longer states it. `npm run calibrate` fits these numbers to the public
// labelled claims and writes src/generated/calibration.ts; nothing here is set by hand.
import type { Alignment, PartMatch } from "./align.js";
import { states } from "./align.js";

/** What the fitted score reads of an alignment, each in 0..1. */
export const FEATURES = ["missing", "nearby", "weak", "nearbyNames", "partialNames", "missingCount", "relationAbsent", "light", "unsaid"] as const;
export type Feature = (typeof FEATURES)[number];

export interface Calibration {
  /** Logistic weights: an atom's words count as stated when sigmoid(bias + Σ weight × feature) ≥ threshold. */
  bias: number;
  weights: Readonly<Record<Feature, number>>;
  threshold: number;
  /** A contradiction needs the atom otherwise in the passage: at most this share of its words missing. */
  conflictMissing: number;
  /** Sentences either side of a passage where the rest of a statement may stand. */
  reach: number;
}

/** The words an atom is about besides its relation: matched or not, they weigh by rarity. */
function isSoft(match: PartMatch): boolean {
  return match.part.kind === "word" && match.part.role !== "relation";
}

/** Features of an alignment, for the fitted score; `contested` parts (another value there) count as found. */
export function atomFeatures(alignment: Alignment, contested: ReadonlySet<unknown> = new Set()): Record<Feature, number> {
  let soft = 0;
  let missing = 0;
  let nearby = 0;
  let words = 0;
  let weak = 0;
  let missingCount = 0;
  let names = 0;
  let nearbyNames = 0;
  let partialNames = 0;
  for (const match of alignment.parts) {
    const { weight } = match.part;
    if (match.part.kind === "name") {
      names++;
      if (match.found === "nearby") nearbyNames++;
      partialNames += match.partial ?? 0;
    }
    if (match.part.kind !== "word") continue;
    words += weight;
    if ((match.found === "here" || match.found === "nearby") && match.relation !== "same" && match.relation !== undefined && states(match.relation)) weak += weight;
    if (!isSoft(match)) continue;
    soft += weight;
    if (match.found === "nearby") nearby += weight;
    else if (match.found !== "here" && !contested.has(match.part.tokens[0])) {
      missing += weight;
      missingCount++;
    }
  }
  return {
    missing: soft > 0 ? missing / soft : 0,
    nearby: soft > 0 ? nearby / soft : 0,
    weak: words > 0 ? weak / words : 0,
    nearbyNames: names > 0 ? nearbyNames / names : 0,
    partialNames: names > 0 ? partialNames / names : 0,
    missingCount: Math.min(missingCount, 4) / 4,
    relationAbsent: !alignment.atom.light && alignment.parts.some((m) => m.part.role === "relation" && m.found === "missing") ? 1 : 0,
    light: alignment.atom.light || !alignment.parts.some((m) => m.part.role === "relation") ? 1 : 0,
    unsaid: alignment.unsaid,
  };
}

export function softScore(features: Readonly<Record<Feature, number>>, calibration: Calibration): number {
  let z = calibration.bias;
  for (const feature of FEATURES) z += calibration.weights[feature] * features[feature];
  return 1 / (1 + Math.exp(-z));
}
