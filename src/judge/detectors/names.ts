// Names: every name of the atom must be in the passage (or, for "she" and "the series", just
// before it); another name in the slot the claim's fills contradicts it.
import type { Detector, Finding } from "./detector.js";

export const names: Detector = {
  name: "names",
  detect(alignment) {
    const findings: Finding[] = [];
    for (const match of alignment.parts) {
      if (match.part.kind !== "name") continue;
      if (match.found === "other") {
        findings.push({ detector: "names", effect: "contradicts", why: `names ${match.text} where the claim has ${match.part.text}`, match });
      } else if (match.found === "missing") {
        findings.push({ detector: "names", effect: "lacks", why: `does not name ${match.part.text}`, match });
      }
    }
    return findings;
  },
};
