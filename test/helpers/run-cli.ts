// Runs the CLI in-process through main(), capturing what a user would see.
import { main } from "../../src/cli/main.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; isTTY?: boolean; stderrIsTTY?: boolean } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main({
    argv,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: options.isTTY ?? false, stderrIsTTY: options.stderrIsTTY ?? false },
  });
  return { code, stdout, stderr };
}
