// A draft article read as claims: its prose, parsed as the sources are (Markdown or plain text,
// front matter allowed), cut into sentences; each sentence that states something is a claim at
// its own line and column in the draft. Pure: text in, claims and the draft's outline out.
import { InputError, InputErrors, SKIP_REASONS, type Claim, type Draft, type DraftBlock, type DraftSentence, type SkipReason } from "../types.js";
import type { Language } from "../language/language.js";
import { readProse, SENTENCE_END } from "../sources/parse.js";
import type { ProseBlock } from "../sources/prose.js";
import { segmentSentences } from "../sources/segment.js";
import { draftClaimId } from "./claim-id.js";
import type { DraftRules } from "./rules.js";
import { skipReason } from "./select.js";

export interface DraftText {
  /** The path shown to users. */
  file: string;
  text: string;
}

export interface ReadDraftOptions {
  rules: DraftRules;
  language: Language;
  /** Whether a claim id is already used (by another file of the run). */
  isTaken?: (id: string) => boolean;
  /** Longest claim text, in characters. */
  maxClaimLength?: number;
}

export interface ReadDraft {
  draft: Draft;
  claims: Claim[];
}

export function readDraft({ file, text }: DraftText, options: ReadDraftOptions): ReadDraft {
  const { rules, language, isTaken = () => false, maxClaimLength = Infinity } = options;
  // Read as the sources are: .md and .markdown as Markdown, anything else line by line.
  const prose = readProse({ id: file, file, text });
  const own = new Set<string>();
  const claims: Claim[] = [];
  const blocks: DraftBlock[] = [];
  const errors: InputError[] = [];
  for (const block of prose.blocks) {
    const cut = segmentSentences(block.text);
    const kind = kindOf(block, cut.length);
    const sentences: DraftSentence[] = [];
    for (const { text: sentence, start } of cut) {
      const from = prose.lines.position(block.offsetOf(start));
      const to = prose.lines.position(block.offsetOf(start + sentence.length - 1) + 1);
      const span = { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
      // Checked before the sentence is read: reading it costs time in its length.
      if (sentence.length > maxClaimLength) {
        errors.push(new InputError({ file, ...from }, `sentences of at most ${maxClaimLength} characters in a draft; this one has ${sentence.length} (raise the limit with --max-claim-length)`));
        continue;
      }
      const skipped = skipReason(sentence, kind, rules, language);
      if (skipped !== undefined) {
        sentences.push({ text: sentence, ...span, skipped });
        continue;
      }
      const id = draftClaimId(file, sentence, (candidate) => own.has(candidate) || isTaken(candidate));
      own.add(id);
      claims.push({ id, text: sentence, location: { file, ...span } });
      sentences.push({ text: sentence, ...span, claim: id });
    }
    if (sentences.length > 0) blocks.push({ kind, sentences });
  }
  if (errors.length > 0) throw new InputErrors(errors);
  if (blocks.length === 0) throw new InputError({ file, line: 1, column: 1 }, "a draft article with prose (paragraphs, headings, lists); it has none");
  const all = blocks.flatMap((b) => b.sentences);
  const skipped: Partial<Record<SkipReason, number>> = {};
  for (const reason of SKIP_REASONS) {
    const count = all.filter((s) => s.skipped === reason).length;
    if (count > 0) skipped[reason] = count;
  }
  return { draft: { file, sentences: all.length, claims: claims.length, skipped, blocks }, claims };
}

/** A heading, a quote, a list item, a table cell or a paragraph; plain text's one-sentence lines without a full stop are headings. */
function kindOf(block: ProseBlock, sentences: number): DraftBlock["kind"] {
  if (block.heading === true || (block.heading === undefined && block.context === undefined && sentences === 1 && !SENTENCE_END.test(block.text.trim()))) return "heading";
  if (block.context === "quote") return "quote";
  if (block.context === "table") return "table";
  if (block.context === "list") return "list";
  return "paragraph";
}
