/** A real git repository in a temporary folder, for the merge driver and review tests. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The built CLI (`npm run build` makes it). */
export const CLI = resolve('dist/cli.js');

export class GitRepo {
  readonly dir = mkdtempSync(join(tmpdir(), 'marginalia-git-'));

  constructor() {
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', 'Test Historian');
    this.git('config', 'user.email', 'historian@example.org');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Runs git and returns its exit status with its output, for commands expected to fail (a conflicted merge). */
  tryGit(...args: string[]): { status: number; output: string } {
    const r = spawnSync('git', args, { cwd: this.dir, encoding: 'utf8' });
    return { status: r.status ?? -1, output: r.stdout + r.stderr };
  }

  /** Installs the merge driver the way `marginalia git-setup` does. */
  useDriver(): void {
    writeFileSync(join(this.dir, '.gitattributes'), '*.annotations.yaml merge=marginalia\nentities.yaml merge=marginalia\n');
    this.git('config', 'merge.marginalia.name', 'Marginalia annotations');
    this.git('config', 'merge.marginalia.driver', `"${process.execPath}" "${CLI}" merge %O %A %B %P`);
  }

  write(file: string, content: string): void {
    mkdirSync(dirname(join(this.dir, file)), { recursive: true });
    writeFileSync(join(this.dir, file), content);
  }

  read(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
