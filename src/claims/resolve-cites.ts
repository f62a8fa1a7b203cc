// A claim's `cites` name sources by id ("2025-03/index"), or by the end of one ("index",
// "2025-03/index") when no other source's id ends the same way.
import { InputError, InputErrors, type Claim } from "../types.js";

/**
 * Claims with each cite replaced by the id it names. `known` are the ids of the sources read;
 * `skipped` those of sources the run went on without, which a claim may still cite.
 */
export function resolveCites(claims: readonly Claim[], known: Iterable<string>, skipped: Iterable<string> = []): Claim[] {
  const byEnding = new Map<string, string[]>();
  const exact = new Set<string>();
  for (const id of [...known, ...skipped]) {
    exact.add(id);
    const parts = id.split("/");
    for (let i = 1; i < parts.length; i++) {
      const ending = parts.slice(i).join("/");
      byEnding.set(ending, [...(byEnding.get(ending) ?? []), id]);
    }
  }
  const errors: InputError[] = [];
  const resolved = claims.map((claim) => {
    if (!claim.cites) return claim;
    const cites = claim.cites.map((cite) => {
      if (exact.has(cite)) return cite;
      const candidates = byEnding.get(cite) ?? [];
      if (candidates.length === 1) return candidates[0]!;
      errors.push(
        new InputError(
          claim.location,
          candidates.length > 1
            ? `a cite that names one source; claim "${claim.id}" cites "${cite}", which could be ${candidates.sort().map((c) => `"${c}"`).join(" or ")} (write the whole id)`
            : `cites that name sources (a source's id is its path in the sources folder without the extension, e.g. "2025-03/index"); claim "${claim.id}" cites "${cite}", which is none of them`,
        ),
      );
      return cite;
    });
    return { ...claim, cites };
  });
  if (errors.length > 0) throw new InputErrors(errors);
  return resolved;
}
