// The second thread's side of parse-ahead.ts: takes articles from the end of the list, one at a
// time, while the first thread takes them from the start, and sends back where each one's
// sentences end and their terms. An article it cannot read is left to the first thread, which
// reports why.
import { workerData } from "node:worker_threads";
import { readProse } from "../sources/parse.js";
import { CLAIMED_BY_HELPER, FREE, parseFresh, type AheadMessage, type AheadSetup } from "./parse-ahead.js";

const { texts, files, claims, done, port } = workerData as AheadSetup;

for (let i = texts.length - 1; i >= 0; i--) {
  // The first thread has reached this article: it and every one before it are its own.
  if (Atomics.compareExchange(claims, i, FREE, CLAIMED_BY_HELPER) !== FREE) break;
  let message: AheadMessage = { index: i };
  try {
    const input = { id: "", file: files[i]!, text: texts[i]! };
    const { cuts, terms } = parseFresh(input, readProse(input), undefined);
    message = { index: i, cuts, terms };
  } catch {
    // Bad front matter and the like: the first thread parses it again and says what is wrong.
  }
  const transfer = message.cuts && message.terms ? [message.cuts.buffer, message.terms.offsets.buffer, message.terms.ids.buffer] : [];
  port.postMessage(message, transfer as ArrayBuffer[]);
  Atomics.store(done, i, 1);
  Atomics.notify(done, i);
}
