import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VALIDATORS, validatorModule } from "../scripts/generate-validators.js";

describe("the schemas' validators", () => {
  it.each(VALIDATORS.map((spec) => [spec.schema, spec]))("the code for %s matches the schema (npm run validators rewrites it)", (_, spec) => {
    expect(readFileSync(new URL(`../${spec.module}`, import.meta.url), "utf8")).toBe(validatorModule(spec));
  });
});
