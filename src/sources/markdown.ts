// Markdown articles, read with a CommonMark parser (micromark, with GitHub's extensions and YAML
// front matter): only what a reader of the published page sees is prose. Code, HTML (comments
// too), images and link definitions are not; entities are decoded ("&amp;" is "&"). Every
// character keeps its offset into the file.
import { createRequire } from "node:module";
import type { Nodes, Parent, PhrasingContent, Root } from "mdast";
import type * as FromMarkdown from "mdast-util-from-markdown";
import type * as FrontmatterFromMarkdown from "mdast-util-frontmatter";
import type * as GfmFromMarkdown from "mdast-util-gfm";
import type * as Frontmatter from "micromark-extension-frontmatter";
import type * as Gfm from "micromark-extension-gfm";
import type { SourceMeta } from "../types.js";
import { readFrontMatter } from "./front-matter.js";
import { alignText } from "./align.js";
import { bodyOf, LineIndex, type BlockContext, type Prose, type ProseBlock } from "./prose.js";

export const MARKDOWN_EXTENSIONS: ReadonlySet<string> = new Set([".md", ".markdown"]);

/** Containers whose children are read; leaves not named here or in `blockOf` are not prose. */
const CONTAINERS: ReadonlySet<string> = new Set(["root", "blockquote", "list", "listItem", "footnoteDefinition", "table", "tableRow"]);

/** The containers a block's context is named for (see ProseBlock.context). */
const CONTEXT_OF: Readonly<Record<string, BlockContext>> = { blockquote: "quote", list: "list", table: "table" };

interface Parser {
  fromMarkdown: typeof FromMarkdown.fromMarkdown;
  frontmatter: typeof Frontmatter.frontmatter;
  frontmatterFromMarkdown: typeof FrontmatterFromMarkdown.frontmatterFromMarkdown;
  gfm: typeof Gfm.gfm;
  gfmFromMarkdown: typeof GfmFromMarkdown.gfmFromMarkdown;
}

// The parser is some hundred modules: loaded on the first Markdown article, so a run over plain
// text articles does not pay for it at start-up.
let loaded: Parser | undefined;
function parser(): Parser {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = {
      ...(require("mdast-util-from-markdown") as typeof FromMarkdown),
      ...(require("micromark-extension-frontmatter") as typeof Frontmatter),
      ...(require("mdast-util-frontmatter") as typeof FrontmatterFromMarkdown),
      ...(require("micromark-extension-gfm") as typeof Gfm),
      ...(require("mdast-util-gfm") as typeof GfmFromMarkdown),
    };
  }
  return loaded;
}

export function readMarkdown(text: string, file: string): Prose {
  const body = bodyOf(text);
  const { fromMarkdown, frontmatter, frontmatterFromMarkdown, gfm, gfmFromMarkdown } = parser();
  const tree: Root = fromMarkdown(body, {
    extensions: [frontmatter(["yaml"]), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(["yaml"]), gfmFromMarkdown()],
  });
  const meta: SourceMeta = {};
  const blocks: ProseBlock[] = [];
  const visit = (node: Nodes, context: BlockContext | undefined) => {
    if (node.type === "yaml") {
      Object.assign(meta, readFrontMatter(node.value, file, (node.position?.start.line ?? 1) + 1));
    } else if (node.type === "heading" || node.type === "paragraph" || node.type === "tableCell") {
      const block = blockOf(body, node, node.type === "heading" ? true : node.type === "tableCell" ? false : undefined);
      if (context !== undefined) block.context = context;
      if (block.text.trim()) blocks.push(block);
    } else if (CONTAINERS.has(node.type)) {
      // A quote inside a list is still a quote: the outermost quote or table wins over a list.
      const inner = context === "quote" || context === "table" ? context : (CONTEXT_OF[node.type] ?? context);
      for (const child of (node as Parent).children) visit(child as Nodes, inner);
    }
  };
  visit(tree, undefined);
  return { meta, blocks, lines: new LineIndex(body) };
}

/** A paragraph's, heading's or cell's text with each character's offset in the file. */
function blockOf(body: string, node: Parent, heading: boolean | undefined): ProseBlock {
  let text = "";
  const offsets: number[] = [];
  const add = (value: string, from: number, to: number) => {
    const at = alignText(value, body, from, to);
    // A soft line break reads as a space; the sentence goes on across the line.
    text += value.replace(/\r\n?|\n/g, (lineEnd) => " ".repeat(lineEnd.length));
    for (const offset of at) offsets.push(offset);
  };
  const walk = (children: readonly PhrasingContent[]) => {
    for (const child of children) {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (child.type === "text" || child.type === "inlineCode") {
        if (start !== undefined && end !== undefined) add(child.value, start, end);
      } else if (child.type === "break") {
        if (start !== undefined) add(" ", start, start);
      } else if ("children" in child) {
        // Emphasis, strong, strikethrough, links: their text is prose; images and HTML are not.
        walk(child.children as PhrasingContent[]);
      }
    }
  };
  walk(node.children as PhrasingContent[]);
  const last = offsets.length > 0 ? offsets[offsets.length - 1]! + 1 : 0;
  return { text, heading, offsetOf: (i) => offsets[i] ?? last };
}
