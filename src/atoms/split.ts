// Splits a claim into atoms, as FActScore and RefChecker do with models, here with a shallow
// parse: clauses (relative clauses, appositions, coordinated and reported clauses), then lists
// within a clause ("the mayor and the treasurer signed" is two atoms). Each atom keeps the
// names, facts and content words it is made of, with the role each plays.
import type { Analysis, Atom, AtomPart, PartRole, Token } from "../types.js";
import type { Language } from "../language/language.js";
import { findClauses } from "./clauses.js";
import { conjuncts } from "./lists.js";

export const ATOM_LIMITS = Object.freeze({
  /** Lists multiply atoms ("A and B signed X and Y"): past this many, the rest stay together. */
  maxAtoms: 12,
});

/** A unit of meaning in the claim: a name, a fact or a content word, by its tokens. */
interface Unit {
  kind: AtomPart["kind"];
  first: number;
  last: number;
}

export interface Atoms {
  atoms: Atom[];
  /** The claim states more than ATOM_LIMITS.maxAtoms things: the rest were not split off. */
  truncated: boolean;
}

export function splitAtoms(claim: Analysis, language: Language, weight: (unit: { tokens: readonly number[]; kind: AtomPart["kind"] }) => number): Atoms {
  const units = unitsOf(claim);
  const unitAt = new Int32Array(claim.tokens.length).fill(-1);
  units.forEach((unit, u) => {
    for (let t = unit.first; t <= unit.last; t++) unitAt[t] = u;
  });
  const atoms: Atom[] = [];
  let truncated = false;
  for (const clause of findClauses(claim, language)) {
    const subjects = conjuncts(claim, clause.subject, language);
    const argumentLists = conjuncts(claim, clause.arguments, language);
    for (const subject of subjects) {
      for (const args of argumentLists) {
        if (atoms.length >= ATOM_LIMITS.maxAtoms) {
          truncated = true;
          break;
        }
        const parts: AtomPart[] = [];
        const add = (list: readonly number[], role: PartRole) => {
          for (const t of list) {
            const u = unitAt[t]!;
            if (u < 0 || units[u]!.first !== t) continue;
            if (role === "subject" && clause.relation !== undefined && t === clause.relation) continue;
            parts.push(partOf(claim, units[u]!, role, language, weight));
          }
        };
        add(subject, "subject");
        if (clause.relation !== undefined && unitAt[clause.relation]! >= 0) {
          const relation = units[unitAt[clause.relation]!]!;
          parts.push(partOf(claim, relation, "relation", language, weight));
        }
        add(args, "argument");
        if (parts.length === 0) continue;
        const order = [...parts].sort((a, b) => a.tokens[0]! - b.tokens[0]!);
        const atom: Atom = {
          index: atoms.length,
          text: atomText(claim, order, [...subject, ...args, ...(clause.relation === undefined ? [] : [clause.relation])]),
          parts: order,
          negated: clause.negated,
          passive: clause.passive,
          light: clause.light,
          ...(clause.reporting ? { reporting: true } : {}),
          ...(clause.owner ? { owner: clause.owner } : {}),
        };
        if (!atoms.some((a) => a.text === atom.text)) atoms.push(atom);
      }
    }
  }
  return { atoms: mergeBareFacts(atoms).map((atom, index) => ({ ...atom, index })), truncated };
}

/**
 * A value alone is no statement ("On August 22, 2017, …" cut off by a comma): it joins the
 * atom that follows it, or the one before.
 */
function mergeBareFacts(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  let pending: AtomPart[] = [];
  for (const atom of atoms) {
    if (atom.parts.every((p) => p.kind === "fact")) {
      pending.push(...atom.parts);
      continue;
    }
    out.push(pending.length > 0 ? { ...atom, parts: [...pending, ...atom.parts].sort((a, b) => a.tokens[0]! - b.tokens[0]!) } : atom);
    pending = [];
  }
  const last = out[out.length - 1];
  if (pending.length > 0 && last) out[out.length - 1] = { ...last, parts: [...last.parts, ...pending].sort((a, b) => a.tokens[0]! - b.tokens[0]!) };
  return out.length > 0 ? out : atoms;
}

function unitsOf(claim: Analysis): Unit[] {
  const units: Unit[] = [];
  const { tokens, factOf, nameOf, facts, names } = claim;
  for (let t = 0; t < tokens.length; t++) {
    if (factOf[t]! >= 0) {
      // A fact is one unit, at its own span; words that describe it ("ranked") belong to it.
      const fact = facts[factOf[t]!]!;
      if (t === fact.firstToken) {
        units.push({ kind: "fact", first: fact.firstToken, last: fact.lastToken });
        t = fact.lastToken;
      }
    } else if (nameOf[t]! >= 0) {
      const name = names[nameOf[t]!]!;
      units.push({ kind: "name", first: name.first, last: name.last });
      t = name.last;
    } else if (tokens[t]!.content || tokens[t]!.kind === "number" || (tokens[t]!.kind === "word" && isVerb(tokens[t]!))) {
      // A figure no fact kind reads ("3.5-0.5", "19th") is still the claim's, to be found as written.
      units.push({ kind: "word", first: t, last: t });
    }
  }
  return units;
}

function isVerb(token: Token): boolean {
  return token.pos === "VERB";
}

function partOf(
  claim: Analysis,
  unit: Unit,
  role: PartRole,
  language: Language,
  weight: (unit: { tokens: readonly number[]; kind: AtomPart["kind"] }) => number,
): AtomPart {
  const tokens: number[] = [];
  for (let t = unit.first; t <= unit.last; t++) tokens.push(t);
  const part: AtomPart = {
    kind: unit.kind,
    role,
    tokens,
    text: claim.text.slice(claim.tokens[unit.first]!.start, claim.tokens[unit.last]!.end),
    weight: weight({ tokens, kind: unit.kind }),
  };
  if (unit.kind === "fact") part.fact = claim.facts[claim.factOf[unit.first]!]!;
  const link = linkBefore(claim.tokens, unit.first, language);
  if (link !== undefined && role !== "relation") part.link = link;
  return part;
}

/** The preposition that links a unit to what stands before it, skipping determiners and modifiers. */
function linkBefore(tokens: readonly Token[], first: number, language: Language): string | undefined {
  for (let t = first - 1; t >= 0 && t >= first - 4; t--) {
    const token = tokens[t]!;
    if (token.pos === "ADP" && !language.roles(token).has("possessive")) return token.lemma;
    if (token.pos === "DET" || token.pos === "ADJ" || token.pos === "NUM" || token.pos === "PRON") continue;
    if (token.raw === "'" || token.raw === '"') continue;
    return undefined;
  }
  return undefined;
}

/** The claim's words for an atom: its parts and the small words between them, other list items left out. */
function atomText(claim: Analysis, parts: readonly AtomPart[], clauseTokens: readonly number[]): string {
  const inClause = new Set(clauseTokens);
  const inRanges = (t: number) => inClause.has(t);
  const kept = new Set(parts.flatMap((p) => p.tokens));
  const first = parts[0]!.tokens[0]!;
  const last = parts[parts.length - 1]!.tokens[parts[parts.length - 1]!.tokens.length - 1]!;
  let text = "";
  let previousEnd = -1;
  for (let t = first; t <= last; t++) {
    const token = claim.tokens[t]!;
    const keep = kept.has(t) || (inRanges(t) && !token.content && token.kind !== "number" && claim.factOf[t]! < 0 && claim.nameOf[t]! < 0);
    if (!keep) continue;
    if (text !== "" && token.start > previousEnd) text += " ";
    text += token.raw;
    previousEnd = token.end;
  }
  return text.replace(/\s+([,.;:])/g, "$1").replace(/[,;:\s]+$/, "");
}

