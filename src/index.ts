// The public API: check claims against sources and get the report object.
export { check, buildReport, judgeClaim, Corpus, DEFAULT_FAIL_ON, type JudgingOptions, type VerdictMemory } from "./check.js";
export { parseClaims } from "./claims/parse.js";
export { loadClaims, expandClaimPaths, isDraft, DRAFT_EXTENSIONS } from "./claims/load.js";
export { readDraft, type DraftText, type ReadDraftOptions } from "./drafts/read-draft.js";
export { parseDraftRules, type DraftRules } from "./drafts/rules.js";
export { loadDraftRules } from "./drafts/load-rules.js";
export { parseSource } from "./sources/parse.js";
export { loadEnglish } from "./language/load.js";
export type { Language } from "./language/language.js";
export { loadSources } from "./sources/load.js";
export { REPORTERS, FORMAT_NAMES, type FormatName, type Reporter, type ReporterOptions } from "./report/index.js";
export { main, EXIT, type Io, type MainParams } from "./cli/main.js";
export { recordBaseline, pruneBaseline } from "./baseline/record.js";
export { compareWithBaseline, type BaselineContext } from "./baseline/compare.js";
export { parseBaseline, serializeBaseline } from "./baseline/file-format.js";
export { selectChangedClaims, withChangedSince, type ClaimSelection } from "./changes/select-claims.js";
export * from "./types.js";
