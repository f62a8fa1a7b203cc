// Which claims --changed-since checks: those added or edited since the revision, and those a
// source added, edited or deleted since bears on. Pure: the edge reads git and hands in Changes.
import { Corpus, judgeClaim } from "../check.js";
import { parseClaims } from "../claims/parse.js";
import { parseSource } from "../sources/parse.js";
import { InputError, InputErrors, type ChangedSince, type Changes, type Claim, type ClaimResult, type Report, type Source, type Stance } from "../types.js";

export interface ClaimSelection {
  checked: Claim[];
  skipped: Claim[];
}

/** Splits the claims into those to check and those to skip, keeping their order. */
export function selectChangedClaims(claims: readonly Claim[], corpus: Corpus, changes: Changes): ClaimSelection {
  const edited = editedClaims(claims, changes.claimsBefore);
  const touched = touchedBySources(
    claims.filter((claim) => !edited.has(claim)),
    corpus,
    changes,
  );
  const checked: Claim[] = [];
  const skipped: Claim[] = [];
  for (const claim of claims) (edited.has(claim) || touched.has(claim) ? checked : skipped).push(claim);
  return { checked, skipped };
}

/** The report, saying which revision it was limited to and which claims it left out. */
export function withChangedSince(report: Report, changes: Changes, skipped: readonly Claim[]): Report {
  const changedSince: ChangedSince = {
    revision: changes.revision,
    commit: changes.commit,
    skipped: skipped.length,
    skippedClaims: skipped.map(({ id, text, location }) => ({ id, text, location })),
  };
  return { ...report, changedSince };
}

/**
 * Claims added or edited since: in a claims file that differs from the revision, a claim whose
 * id was not there, or whose text or cites were different (a note is for people, not checked).
 * A file that did not parse then counts as all new.
 */
function editedClaims(claims: readonly Claim[], before: ReadonlyMap<string, string | undefined>): Set<Claim> {
  const then = new Map<string, ReadonlyMap<string, Claim> | undefined>();
  for (const [file, text] of before) then.set(file, text === undefined ? undefined : claimsById(file, text));
  return new Set(
    claims.filter((claim) => {
      const file = claim.location.file;
      if (!then.has(file)) return false;
      const old = then.get(file)?.get(claim.id);
      return old === undefined || old.text !== claim.text || citesOf(old) !== citesOf(claim);
    }),
  );
}

function claimsById(file: string, text: string): ReadonlyMap<string, Claim> | undefined {
  try {
    return new Map(parseClaims({ file, text }).map((claim) => [claim.id, claim]));
  } catch (error) {
    if (error instanceof InputError || error instanceof InputErrors) return undefined;
    throw error;
  }
}

function citesOf(claim: Claim): string {
  return JSON.stringify([...(claim.cites ?? [])].sort());
}

/**
 * Claims a changed source bears on: one cites a changed or missing source, or a passage of a
 * changed source, as it is now or as it was then, supports or contradicts it. Each is judged
 * against the changed sources only, so this costs a fraction of checking it.
 */
function touchedBySources(claims: readonly Claim[], corpus: Corpus, changes: Changes): Set<Claim> {
  const touched = new Set<Claim>();
  if (changes.sourcesNow.size === 0 && changes.sourcesBefore.length === 0) return touched;
  const changedIds = new Set(corpus.sources.filter((source) => changes.sourcesNow.has(source.file)).map((source) => source.id));
  const before =
    changes.sourcesBefore.length > 0 ? new Corpus(sourcesThen(changes.sourcesBefore), { language: corpus.language, calibration: corpus.calibration }) : undefined;
  for (const claim of claims) {
    if (claim.cites) {
      // A cited source that changed, or that is gone (the check then says so).
      if (claim.cites.some((id) => changedIds.has(id) || !corpus.index.sources.has(id))) touched.add(claim);
      continue;
    }
    const now = changedIds.size > 0 && bearsOn(judgeClaim({ ...claim, cites: [...changedIds] }, corpus).evidence);
    if (now || (before !== undefined && bearsOn(judgeClaim(claim, before).evidence))) touched.add(claim);
  }
  return touched;
}

/** Stances of a passage that decide a verdict; a merely related one (the closest miss) does not. */
const DECIDING: ReadonlySet<Stance> = new Set(["supports", "contradicts", "superseded"]);

function bearsOn(evidence: ClaimResult["evidence"]): boolean {
  return evidence.some((e) => DECIDING.has(e.stance));
}

/** The sources as they were; one that does not parse, or has no text, could not bear on anything. */
function sourcesThen(files: Changes["sourcesBefore"]): Source[] {
  return files.flatMap(({ file, text }) => {
    try {
      const source = parseSource({ id: file, file, text });
      return source.passages.length > 0 ? [source] : [];
    } catch (error) {
      if (error instanceof InputError || error instanceof InputErrors) return [];
      throw error;
    }
  });
}
