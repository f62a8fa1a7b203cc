// The detectors, in the order their findings are reported: what an atom lacks or what
// contradicts it is told by the first that finds it.
import { assertion } from "./assertion.js";
import { attachment } from "./attachment.js";
import { cancellation } from "./cancellation.js";
import { coverage } from "./coverage.js";
import type { Detector } from "./detector.js";
import { facts } from "./facts.js";
import { names } from "./names.js";
import { polarity } from "./polarity.js";
import { quantifier } from "./quantifier.js";
import { relation } from "./relation.js";
import { roles } from "./roles.js";
import { title } from "./title.js";
import { words } from "./words.js";

export const DETECTORS: readonly Detector[] = [assertion, names, facts, polarity, cancellation, relation, roles, title, attachment, quantifier, words, coverage];
