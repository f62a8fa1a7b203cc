// Other words of the atom said the opposite way: "a poorly funded unit" against "well funded".
import type { Detector, Finding } from "./detector.js";

export const words: Detector = {
  name: "words",
  detect(alignment) {
    const findings: Finding[] = [];
    for (const match of alignment.parts) {
      if (match.part.kind !== "word" || match.part.role === "relation" || match.found !== "opposite") continue;
      findings.push({ detector: "words", effect: "contradicts", why: `says "${match.text}" where the claim says "${match.part.text}"`, match });
    }
    return findings;
  },
};
