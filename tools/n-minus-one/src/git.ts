import { execFile } from 'node:child_process';

/** Runs git in `cwd`; resolves with its trimmed stdout, rejects with its stderr. */
export function git(cwd: string, args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', ['-C', cwd, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`git ${args.join(' ')} (in ${cwd}) failed: ${stderr.trim() || error.message}`));
        return;
      }
      resolve(stdout.trim());
    });
    if (input !== undefined) {
      child.stdin?.end(input);
    }
  });
}

/** The commit a ref names in `repo`, or undefined when it names none. */
export async function commitOf(repo: string, ref: string): Promise<string | undefined> {
  try {
    return await git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    return undefined;
  }
}

/** Commits everything in a worktree as the tools' own identity; resolves with the commit. */
export async function commitAll(worktree: string, message: string): Promise<string> {
  await git(worktree, ['add', '--all']);
  await git(worktree, ['-c', 'user.name=pitchdesk tools', '-c', 'user.email=tools@pitchdesk.invalid', 'commit', '--quiet', '--no-verify', '--allow-empty', '-m', message]);
  return git(worktree, ['rev-parse', 'HEAD']);
}
