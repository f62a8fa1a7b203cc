// Prints the SHA-256 of the HTML report's script, as its Content-Security-Policy names it.
// Run after `npm run build` whenever src/report/html-assets.ts's SCRIPT changes.
import { createHash } from "node:crypto";
import { SCRIPT } from "../dist/report/html-assets.js";

console.log(`sha256-${createHash("sha256").update(SCRIPT, "utf8").digest("base64")}`);
