import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// House rules that depend on what a project *is* (type:domain, platform:browser) read
// the tags from the project's own project.json (or package.json "nx.tags"), found by
// walking up from the linted file. Tags stay the one source of truth, and it works no
// matter which directory ESLint runs from (Nx runs `eslint .` inside each project,
// where path globs in the root config would be relative to the wrong place).

interface ProjectFile {
  readonly tags?: unknown;
  readonly nx?: { readonly tags?: unknown };
}

const tagsByDirectory = new Map<string, readonly string[]>();

function readTags(directory: string): readonly string[] | undefined {
  for (const [file, pick] of [
    ['project.json', (json: ProjectFile) => json.tags],
    ['package.json', (json: ProjectFile) => json.nx?.tags],
  ] as const) {
    const path = join(directory, file);
    if (existsSync(path)) {
      const tags = pick(JSON.parse(readFileSync(path, 'utf8')) as ProjectFile);
      if (file === 'project.json' || tags !== undefined) {
        return Array.isArray(tags)
          ? tags.filter((tag) => typeof tag === 'string')
          : [];
      }
    }
  }
  return undefined;
}

/** Tags of the Nx project that owns `filename` (absolute path); `[]` outside any project. */
export function projectTagsOf(filename: string): readonly string[] {
  let directory = dirname(filename);
  const visited: string[] = [];
  for (;;) {
    const cached = tagsByDirectory.get(directory);
    if (cached) {
      return remember(visited, cached);
    }
    visited.push(directory);
    // The workspace root is not a project: stop there, and at the filesystem root.
    const tags = existsSync(join(directory, 'nx.json'))
      ? []
      : readTags(directory);
    if (tags) {
      return remember(visited, tags);
    }
    const parent = dirname(directory);
    if (parent === directory) {
      return remember(visited, []);
    }
    directory = parent;
  }
}

function remember(
  directories: readonly string[],
  tags: readonly string[],
): readonly string[] {
  for (const directory of directories) {
    tagsByDirectory.set(directory, tags);
  }
  return tags;
}

/** Whether the file's project carries at least one of `tags`. */
export function projectHasAnyTag(
  filename: string,
  tags: readonly string[],
): boolean {
  const own = projectTagsOf(filename);
  return tags.some((tag) => own.includes(tag));
}
