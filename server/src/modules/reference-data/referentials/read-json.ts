// Reads the JSON data files the referentials are built from. Nothing is cached here (unlike
// require), so the raw arrays can be garbage-collected once a loader has indexed them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** A JSON file shipped inside an npm package, e.g. "codes-postaux/codes-postaux.json". */
export function readPackageJson(specifier: string): unknown {
  return readJsonFile(require.resolve(specifier));
}

/** A JSON file by path or file URL. */
export function readJsonFile(path: string | URL): unknown {
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  return parsed;
}
