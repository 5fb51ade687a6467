/** Running git for the commands that work on a repository (diff, git-setup); the merge driver is run by git and needs none. */
import { execFileSync } from 'node:child_process';

/** Runs git in `cwd` and returns its output; throws with git's own message when it fails. */
export function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stderr?: string; code?: string; message: string };
    if (err.code === 'ENOENT') throw new Error('git is not installed or not on the PATH');
    throw new Error((err.stderr || err.message).trim().split('\n')[0]);
  }
}

/** git's output, or undefined when git fails (a revision or a file that does not exist). */
export function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}
