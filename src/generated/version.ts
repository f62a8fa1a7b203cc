// Written by scripts/write-version.mjs from package.json before each build: do not edit by hand.
export const TOOL = Object.freeze({ name: "claimcheck", version: "0.1.0" });
