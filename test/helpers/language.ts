// The language every test reads claims and sources in: the shipped English lexicon.
import { loadEnglish } from "../../src/language/load.js";

export const english = loadEnglish();
