import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { commitAll, commitOf, git } from './git.ts';
import { isolatedEnv, runOrThrow } from './processes.ts';

// Releases as git worktrees of a scratch clone under .local/n-minus-one: the workspace's
// own checkout, branches and tags are never touched. The clone shares the workspace's
// object store (--shared), so any commit of the workspace can be checked out at once,
// and commits made here (a working-tree snapshot, a what-if variant) stay here.

export const WORKSPACE_ROOT = resolve(import.meta.dirname, '../../..');
export const TOOL_DIR = join(WORKSPACE_ROOT, '.local/n-minus-one');
const SCRATCH_REPO = join(TOOL_DIR, 'repo');
const CHECKOUTS = join(TOOL_DIR, 'checkouts');
export const LOG_DIR = join(TOOL_DIR, 'logs');

/** The release to use when none is named: the workspace's files as they are now. */
export const WORKING_TREE = 'working-tree';

export interface Checkout {
  /** What the caller named: a ref of the workspace, a commit, or WORKING_TREE. */
  readonly ref: string;
  readonly commit: string;
  readonly dir: string;
}

async function scratchRepo(): Promise<string> {
  if (!existsSync(join(SCRATCH_REPO, '.git'))) {
    mkdirSync(TOOL_DIR, { recursive: true });
    await git(WORKSPACE_ROOT, ['clone', '--quiet', '--shared', '--no-checkout', WORKSPACE_ROOT, SCRATCH_REPO]);
  }
  return SCRATCH_REPO;
}

/** A ref of the workspace (branch, tag, HEAD~1) or a commit of the scratch clone. */
export async function resolveCommit(ref: string): Promise<string> {
  const commit = (await commitOf(WORKSPACE_ROOT, ref)) ?? (await commitOf(await scratchRepo(), ref));
  if (!commit) {
    throw new Error(`${ref} names no commit of ${WORKSPACE_ROOT} (nor of the scratch clone)`);
  }
  return commit;
}

/**
 * A worktree of `commit`, made once and reused. The main checkout's node_modules serves
 * it (a symlink): a release is checked out to run its own code and tests, not to install.
 */
async function worktreeOf(commit: string): Promise<string> {
  const repo = await scratchRepo();
  const dir = join(CHECKOUTS, commit.slice(0, 12));
  if (!existsSync(join(dir, '.git'))) {
    rmSync(dir, { recursive: true, force: true });
    await git(repo, ['worktree', 'prune']);
    await git(repo, ['worktree', 'add', '--quiet', '--detach', dir, commit]);
  }
  const modules = join(dir, 'node_modules');
  if (!existsSync(modules)) {
    symlinkSync(join(WORKSPACE_ROOT, 'node_modules'), modules);
  }
  // Last used now: pruning takes the least recently used.
  const now = new Date();
  utimesSync(dir, now, now);
  return dir;
}

function copyEntry(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  rmSync(to, { force: true });
  if (lstatSync(from).isSymbolicLink()) {
    symlinkSync(readlinkSync(from), to);
  } else {
    copyFileSync(from, to);
  }
}

/**
 * The workspace's tracked and untracked (not ignored) files as they are now, committed on
 * top of its HEAD in the scratch clone: release N as the developer has it, uncommitted
 * work included, without touching their checkout.
 */
async function snapshotWorkingTree(): Promise<string> {
  const head = await git(WORKSPACE_ROOT, ['rev-parse', 'HEAD']);
  const dir = await worktreeOf(head);
  await git(dir, ['checkout', '--quiet', '--detach', head]);
  await git(dir, ['reset', '--quiet', '--hard', head]);
  await git(dir, ['clean', '--quiet', '--force', '-d']);
  const listed = (await git(WORKSPACE_ROOT, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])).split('\0').filter(Boolean);
  const present = new Set(listed.filter((path) => existsSync(join(WORKSPACE_ROOT, path))));
  for (const path of present) {
    copyEntry(join(WORKSPACE_ROOT, path), join(dir, path));
  }
  const inHead = (await git(dir, ['ls-files', '-z'])).split('\0').filter(Boolean);
  for (const path of inHead.filter((file) => !present.has(file))) {
    rmSync(join(dir, path), { force: true });
  }
  // The same files as an earlier snapshot: the same commit, so its build is reused.
  await git(dir, ['add', '--all']);
  const remembered = `refs/snapshots/${head}/${await git(dir, ['write-tree'])}`;
  const commit = (await commitOf(dir, remembered)) ?? (await commitAll(dir, `working tree of ${WORKSPACE_ROOT} on ${head.slice(0, 12)}`));
  await git(dir, ['update-ref', remembered, commit]);
  // The HEAD worktree goes back to HEAD; the snapshot gets a worktree of its own.
  await git(dir, ['reset', '--quiet', '--hard', head]);
  await git(dir, ['clean', '--quiet', '--force', '-d']);
  return commit;
}

// Each worktree with its build is some 30 MB; the oldest go once there are more.
const KEPT_CHECKOUTS = 12;

async function pruneCheckouts(): Promise<void> {
  const dirs = existsSync(CHECKOUTS) ? readdirSync(CHECKOUTS).map((name) => join(CHECKOUTS, name)) : [];
  const oldest = dirs.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs).slice(0, Math.max(0, dirs.length - KEPT_CHECKOUTS));
  for (const dir of oldest) {
    rmSync(dir, { recursive: true, force: true });
  }
  if (oldest.length > 0) {
    await git(await scratchRepo(), ['worktree', 'prune']);
  }
}

export async function checkout(ref: string): Promise<Checkout> {
  await pruneCheckouts();
  const commit = ref === WORKING_TREE ? await snapshotWorkingTree() : await resolveCommit(ref);
  return { ref, commit, dir: await worktreeOf(commit) };
}

/**
 * Commits what `change` does to a fresh worktree of `base`, as a what-if release. Made
 * once per base and label (a ref of the scratch clone remembers it), so its build is too.
 */
export async function variantOf(base: Checkout, label: string, change: (dir: string) => string): Promise<Checkout> {
  const ref = `${base.ref}+${label}`;
  const remembered = `refs/variants/${label}/${base.commit}`;
  const known = await commitOf(await scratchRepo(), remembered);
  if (known) {
    return { ref, commit: known, dir: await worktreeOf(known) };
  }
  const dir = await worktreeOf(base.commit);
  await git(dir, ['reset', '--quiet', '--hard', base.commit]);
  await git(dir, ['clean', '--quiet', '--force', '-d']);
  const message = change(dir);
  const commit = await commitAll(dir, message);
  await git(dir, ['checkout', '--quiet', '--detach', base.commit]);
  await git(await scratchRepo(), ['update-ref', remembered, commit]);
  return { ref, commit, dir: await worktreeOf(commit) };
}

const BUILT_MARKER = 'dist/apps/pms-api/.built-from-commit';

/** Builds the API of a checkout with Nx (once per commit): dist/apps/pms-api/{main,migrate,job}.js. */
export async function buildApi(release: Checkout): Promise<string> {
  const dist = join(release.dir, 'dist/apps/pms-api');
  const marker = join(release.dir, BUILT_MARKER);
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === release.commit) {
    return dist;
  }
  await runOrThrow('build', join(WORKSPACE_ROOT, 'node_modules/.bin/nx'), ['run', 'pms-api:build', '--outputStyle=static', '--skip-nx-cache'], {
    env: isolatedEnv(process.env),
    cwd: release.dir,
    logFile: join(LOG_DIR, `build-${release.commit.slice(0, 12)}.log`),
    timeoutMs: 600_000,
  });
  writeFileSync(marker, `${release.commit}\n`);
  return dist;
}
