// Writes src/generated/version.ts from package.json, so the library knows its name and version
// without reading a file at run time. Runs before every build (npm's prebuild and pretools).
import { readFileSync, writeFileSync } from "node:fs";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const text = `// Written by scripts/write-version.mjs from package.json before each build: do not edit by hand.
export const TOOL = Object.freeze({ name: ${JSON.stringify(manifest.name)}, version: ${JSON.stringify(manifest.version)} });
`;
const target = new URL("../src/generated/version.ts", import.meta.url);
let current = "";
try {
  current = readFileSync(target, "utf8");
} catch {
  // Not written yet.
}
if (current !== text) writeFileSync(target, text);
