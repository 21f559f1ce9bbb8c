// Which files of a folder NetLens reads, the same for `netlens lint` and the language server's index (DESIGN.md §5):
// *.yaml and *.yml in any case, in every folder but `node_modules` and `.git` (so `.github` is read).

export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);

/** Whether a file name (or a path or URI ending in one) is a YAML file's. */
export function isYamlFileName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}
