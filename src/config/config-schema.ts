// The config file's JSON Schema ships in the repo's schema/ folder; this is its one loader.
import { readFileSync } from "node:fs";

const schema: Record<string, unknown> = JSON.parse(
  readFileSync(new URL("../../schema/config.schema.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

export default schema;
