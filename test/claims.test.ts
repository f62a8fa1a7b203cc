import { describe, expect, it } from "vitest";
import { parseClaims } from "../src/claims/parse.js";
import { InputError, InputErrors } from "../src/types.js";

const parse = (text: string, file = "claims.yaml") => parseClaims({ file, text });
const messages = (text: string): string[] => {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.message);
    if (error instanceof InputError) return [error.message];
    throw error;
  }
  throw new Error("expected the claims to be rejected");
};

describe("reading a claims file", () => {
  it("reads the JSON form every tool relies on", () => {
    const [claim] = parse('{"claims": [{"id": "d01", "text": "Maggie Q is 46."}]}', "claims.json");
    expect(claim).toMatchObject({ id: "d01", text: "Maggie Q is 46.", location: { file: "claims.json", line: 1, column: 35 } });
  });

  it("reads YAML with cites and notes, locating each claim's text", () => {
    const claims = parse("claims:\n  - id: a\n    text: Ballard premiered on July 9.\n    cites: [001_x]\n    note: check the date\n");
    expect(claims[0]).toMatchObject({ id: "a", cites: ["001_x"], note: "check the date", location: { line: 3, column: 11, endLine: 3 } });
  });

  it("accepts a bare list of claims", () => {
    expect(parse("- text: One.\n- text: Two.\n").map((c) => c.text)).toEqual(["One.", "Two."]);
  });

  it("gives a claim without an id a stable one made from its text", () => {
    const first = parse("- text: Ballard is a spinoff of Bosch.\n- id: x\n  text: Other.\n");
    const moved = parse("- id: y\n  text: Another.\n- text: Ballard is a spinoff of Bosch.\n");
    expect(first[0]!.id).toMatch(/^claim-[0-9a-f]{8}$/);
    expect(moved[1]!.id).toBe(first[0]!.id);
  });

  it("names the file, line, column and field of a schema violation deep in the file", () => {
    expect(messages("claims:\n  - id: a\n    text: Fine.\n  - id: b\n    txt: Typo.\n")).toContain(
      'claims.yaml:4:5: expected a "text" field in claims[1]',
    );
  });

  it("reports a duplicate id at the second one, naming the first's line", () => {
    const [message, ...rest] = messages("- id: a\n  text: One.\n- id: a\n  text: Two.\n");
    expect(rest).toEqual([]);
    expect(message).toMatch(/^claims.yaml:3:7: expected a unique id.*"a" is already used .*line 2/);
  });

  it("rejects empty claim text and an empty file", () => {
    expect(messages("- id: a\n  text: '   '\n")[0]).toMatch(/claims.yaml:2:9: expected claim text that is not empty in \[0\]\.text/);
    expect(messages("")[0]).toMatch(/^claims.yaml:1:1: expected claims/);
  });

  it("reports bad YAML with its line", () => {
    expect(messages("claims:\n  - id: a\n    text: [unclosed\n")[0]).toMatch(/^claims.yaml:\d+:\d+: expected valid YAML/);
  });
});
