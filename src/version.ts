// The tool's name and version, as package.json states them.
import { readFileSync } from "node:fs";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; version: string };

export const TOOL = Object.freeze({ name: manifest.name, version: manifest.version });
