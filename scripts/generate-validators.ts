// Writes the schemas' validators as code, with ajv's standalone mode: compiling a schema at
// start-up cost every run ~80 ms (loading ajv, then compiling), more than reading a small
// claims file. `npm run generate` writes them; a test checks that they match the schemas.
//
//   node build/scripts/generate-validators.js (npm run generate)
import { Ajv, type Options } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface ValidatorSpec {
  /** The schema, relative to the repository. */
  schema: string;
  /** The module written, relative to the repository. */
  module: string;
  options: Options;
}

export const VALIDATORS: readonly ValidatorSpec[] = [
  { schema: "schema/claims.schema.json", module: "src/generated/claims-validator.ts", options: { allErrors: true, strict: true, allowUnionTypes: true } },
  { schema: "schema/config.schema.json", module: "src/generated/config-validator.ts", options: { allErrors: true, strict: true, allowUnionTypes: true, verbose: true } },
  // The first error only: a baseline is written by the tool, and one from a hostile pull request
  // could hold a million wrong entries.
  { schema: "schema/baseline.schema.json", module: "src/generated/baseline-validator.ts", options: { allErrors: false, strict: true, verbose: true } },
];

/** The repository: the nearest folder above this script holding package.json (it runs built, or from source in tests). */
const REPO = ((): URL => {
  let folder = new URL("./", import.meta.url);
  while (!existsSync(new URL("package.json", folder)) && folder.pathname !== "/") folder = new URL("../", folder);
  return folder;
})();

/** The module's text: ajv's code for the schema, as a typed ES module. */
export function validatorModule(spec: ValidatorSpec): string {
  const schema: unknown = JSON.parse(readFileSync(new URL(spec.schema, REPO), "utf8"));
  const ajv = new Ajv({ ...spec.options, code: { source: true, esm: true } });
  const code = standalone.default(ajv, ajv.compile(schema as object));
  // ajv exports the schema's function untyped; the module exports it as a ValidateFunction.
  const exports = /export const validate = (\w+);export default \1;/.exec(code);
  if (!exports) throw new Error(`ajv's code for ${spec.schema} does not export its validator as expected`);
  return [
    `// Generated from ${spec.schema} by scripts/generate-validators.ts (npm run generate); do not edit.`,
    "// @ts-nocheck",
    'import type { ValidateFunction } from "ajv";',
    'import { createRequire } from "node:module";',
    // ajv's ES module code still calls require() for its runtime helpers.
    "const require = createRequire(import.meta.url);",
    code.replace(/^"use strict";/, "").replace(exports[0], "").trim(),
    `const validate = ${exports[1]} as unknown as ValidateFunction;`,
    "export default validate;",
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const spec of VALIDATORS) writeFileSync(new URL(spec.module, REPO), validatorModule(spec));
}
