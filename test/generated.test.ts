// Generated modules must match what they are generated from: a schema, the lexicon, package.json.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VALIDATORS, validatorModule } from "../scripts/generate-validators.js";
// @ts-expect-error: a plain script, without types
import { lexiconModule } from "../scripts/write-lexicon.mjs";
import { parseLexicon } from "../src/language/load.js";
import { TOOL } from "../src/generated/version.js";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

describe("generated modules", () => {
  it.each(VALIDATORS.map((spec) => [spec.schema, spec]))("the validator for %s matches the schema (npm run generate rewrites it)", (_, spec) => {
    expect(read(spec.module)).toBe(validatorModule(spec));
  });

  it("the compiled lexicon matches lexicon/en/*.yaml (every build rewrites it)", () => {
    expect(read("src/generated/lexicon-en.ts")).toBe((lexiconModule as () => string)());
  });

  it.each(["words.yaml", "relations.yaml"])("the shipped lexicon/en/%s reads as a user's lexicon file would", (name) => {
    expect(() => parseLexicon(`lexicon/en/${name}`, read(`lexicon/en/${name}`))).not.toThrow();
  });

  it("the library's name and version are package.json's (every build rewrites them)", () => {
    const manifest = JSON.parse(read("package.json")) as { name: string; version: string };
    expect(TOOL).toEqual({ name: manifest.name, version: manifest.version });
  });
});
