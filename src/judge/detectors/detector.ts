// A detector reads one alignment of an atom with a passage and says what, if anything, keeps
// the passage from stating the atom: something it lacks, or something that contradicts it.
import type { Alignment, PartMatch } from "../align.js";
import type { Calibration } from "../calibration.js";
import type { ClaimView } from "../view.js";
import type { FactKind } from "../../types.js";

export interface Finding {
  detector: string;
  /** `lacks`: the passage does not state the atom; `contradicts`: it states something incompatible. */
  effect: "lacks" | "contradicts";
  /** What was found, in words a person can check against the quote. */
  why: string;
  /** The part concerned, with what stands for it in the passage. */
  match?: PartMatch;
  /**
   * For a contradiction no single value shows ("Carrick beat Dunmore" against "Dunmore beat
   * Carrick", "will strike" against "called off the strike"): each side, said whole.
   */
  values?: { kind: FactKind; claim: string; source: string };
}

/** What every detector may consult besides the alignment. */
export interface JudgeContext {
  claim: ClaimView;
  calibration: Calibration;
}

export interface Detector {
  name: string;
  detect(alignment: Alignment, context: JudgeContext): Finding[];
}
