// A first run spends most of its loading time cutting articles into sentences and listing their
// terms: the same work for every article, and none of it depends on another. With a second core,
// a helper thread takes articles from the end of the list while this thread takes them from the
// start, until they meet. What the helper sends back is checked as a cache entry is (its cuts must
// fit the text, its terms the passages), and anything it does not deliver, this thread parses
// itself: the helper can make a run faster, never different.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { fitsPassages, termsOfSource, type SourceTerms } from "../match/index.js";
import { cutSentences, sourceFromCuts, type Cuts, type SourceText } from "../sources/parse.js";
import type { Prose } from "../sources/prose.js";
import type { Source } from "../types.js";

/** Less text than this, in characters, is parsed on one thread: starting the helper would cost more than it saves. */
export const PARSE_AHEAD_MIN_LENGTH = 4 * 1024 * 1024;

/** How long this thread waits for the helper without hearing from it before parsing the article itself. */
const PATIENCE_MS = 5000;

export const FREE = 0;
export const CLAIMED_HERE = 1;
export const CLAIMED_BY_HELPER = 2;

/** What the helper is given: the articles, and per article who has claimed it and whether it is done. */
export interface AheadSetup {
  texts: readonly string[];
  files: readonly string[];
  claims: Int32Array;
  done: Int32Array;
  /** Where the helper sends each article's cuts and terms. */
  port: MessagePort;
}

/** One article from the helper: its cuts and terms, or nothing when it could not parse it. */
export interface AheadMessage {
  index: number;
  cuts?: Cuts;
  terms?: SourceTerms;
}

export interface Parsed {
  cuts: Cuts;
  terms: SourceTerms;
}

const WORKER = fileURLToPath(new URL("./parse-worker.js", import.meta.url));

export class ParseAhead {
  private readonly received = new Map<number, AheadMessage>();
  private readonly indexOf = new Map<SourceText, number>();

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly claims: Int32Array,
    private readonly done: Int32Array,
    inputs: readonly SourceText[],
  ) {
    inputs.forEach((input, i) => this.indexOf.set(input, i));
  }

  /**
   * Starts a helper over these articles when it pays: enough text, a second core, and the
   * helper's code built beside this file (it is not when the sources run untranspiled, in tests).
   */
  static start(inputs: readonly SourceText[], { minLength = PARSE_AHEAD_MIN_LENGTH } = {}): ParseAhead | undefined {
    const length = inputs.reduce((sum, input) => sum + input.text.length, 0);
    if (length < minLength || availableParallelism() < 2 || !existsSync(WORKER)) return undefined;
    const claims = new Int32Array(new SharedArrayBuffer(4 * inputs.length));
    const done = new Int32Array(new SharedArrayBuffer(4 * inputs.length));
    const { port1, port2 } = new MessageChannel();
    const setup: AheadSetup = { texts: inputs.map((input) => input.text), files: inputs.map((input) => input.file), claims, done, port: port2 };
    const worker = new Worker(WORKER, { workerData: setup, transferList: [port2] });
    // A helper that fails leaves its articles to this thread (see `take`), and none keeps the process alive.
    worker.on("error", () => undefined);
    worker.unref();
    return new ParseAhead(worker, port1, claims, done, inputs);
  }

  /**
   * The helper's cuts and terms for this article, waiting for them if it is at work on it; none
   * when the article is this thread's to parse (it is claimed for this thread then).
   */
  take(input: SourceText): Parsed | undefined {
    const index = this.indexOf.get(input);
    if (index === undefined) return undefined;
    if (Atomics.compareExchange(this.claims, index, FREE, CLAIMED_HERE) === FREE) return undefined;
    // The helper has it. A wait that times out means it has stopped: the article is parsed here.
    while (Atomics.load(this.done, index) === 0) {
      if (Atomics.wait(this.done, index, 0, PATIENCE_MS) === "timed-out") return undefined;
    }
    // It posts an article before marking it done, so its message is queued by now.
    while (!this.received.has(index)) {
      const message = receiveMessageOnPort(this.port);
      if (!message) return undefined;
      const got = message.message as AheadMessage;
      this.received.set(got.index, got);
    }
    const got = this.received.get(index);
    this.received.delete(index);
    return got?.cuts && got.terms ? { cuts: got.cuts, terms: got.terms } : undefined;
  }

  /** Stops the helper: every article it had not taken is this thread's by now. */
  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }
}

/** Parses an article afresh, taking cuts and terms parsed elsewhere where they fit it. */
export function parseFresh(input: SourceText, prose: Prose, parsed: Parsed | undefined): { source: Source; cuts: Cuts; terms: SourceTerms } {
  if (parsed) {
    const source = sourceFromCuts(input, prose, parsed.cuts);
    if (source && fitsPassages(parsed.terms, source.passages.length)) return { source, cuts: parsed.cuts, terms: { ...parsed.terms, sourceId: source.id } };
  }
  const cuts = cutSentences(prose);
  const source = sourceFromCuts(input, prose, cuts)!;
  return { source, cuts, terms: termsOfSource(source) };
}
