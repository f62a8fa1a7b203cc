#!/usr/bin/env node
// The binary: hands the process to main() and sets the exit code it returns.
import { readFileSync } from "node:fs";
import { setImmediate } from "node:timers/promises";
import { main } from "./cli/main.js";

// A reader that stops reading (`claimcheck check … | head -1`) closes the pipe: the rest of the
// report goes nowhere, quietly, and the run keeps its own exit code.
const closedQuietly = (stream: NodeJS.WriteStream) => {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
  return (text: string) => {
    if (!closed) stream.write(text);
  };
};

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  io: {
    stdout: closedQuietly(process.stdout),
    stderr: closedQuietly(process.stderr),
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    readStdin: () => readFileSync(0),
    holdSignals: async (write) => {
      let held: NodeJS.Signals | undefined;
      const hold = (signal: NodeJS.Signals) => {
        held ??= signal;
      };
      for (const signal of SIGNALS) process.on(signal, hold);
      try {
        write();
        // A signal that came during the write is delivered when the event loop polls: a few
        // turns make sure it has, before the handlers go.
        for (let turn = 0; turn < 3; turn++) await setImmediate();
      } finally {
        for (const signal of SIGNALS) process.off(signal, hold);
      }
      // With the handlers gone, the signal ends the process as it would have.
      if (held) process.kill(process.pid, held);
    },
  },
});
