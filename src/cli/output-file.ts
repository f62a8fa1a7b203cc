// Where a report file is written. One named in a config file must stay in the project folder,
// also through a symbolic link on the way, and also when the file does not exist yet.
import { lstatSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { InputError } from "../types.js";

/** The absolute path to write `file` to; refused when `root` is given and the path leaves it. */
export function resolveOutputFile(cwd: string, file: string, root: string | undefined): string {
  const path = resolve(cwd, file);
  if (root === undefined) return path;
  const refuse = () => new InputError({ file }, "an output file inside the project folder; it leads outside it, so it is not written");
  // Resolve the deepest part of the path that exists (links and all), then add the rest.
  let existing = path;
  const rest: string[] = [];
  let real: string | undefined;
  while (real === undefined) {
    try {
      real = realpathSync(existing);
    } catch {
      if (exists(existing)) throw refuse(); // a dangling link or a loop: it could point anywhere
      if (dirname(existing) === existing) throw refuse();
      rest.unshift(basename(existing));
      existing = dirname(existing);
    }
  }
  const target = join(real, ...rest);
  const rel = relative(realpathSync(root), target);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw refuse();
  return target;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
