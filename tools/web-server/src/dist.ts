import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A browser build: one app per locale folder (`en/index.html`, `it/index.html`...) or one app at the root. */
export interface DistLayout {
  readonly root: string;
  /** Locale folders, sorted; empty for a build without localisation (served at `/`). */
  readonly locales: readonly string[];
}

export class DistError extends Error {
  override readonly name = 'DistError';
}

/** `dist/apps/booking-engine/browser` -> the command that builds it, for the error message. */
function buildHint(distDir: string): string {
  const project = /dist\/apps\/([^/]+)/.exec(distDir.replaceAll('\\', '/'))?.[1];
  return project === undefined ? 'build the app first' : `build it first: npx nx run ${project}:build`;
}

export function readDistLayout(distDir: string): DistLayout {
  const shown = relative(process.cwd(), distDir) || distDir;
  if (!existsSync(distDir) || !statSync(distDir).isDirectory()) {
    throw new DistError(`no build at ${shown}: ${buildHint(distDir)}`);
  }
  const locales = readdirSync(distDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(distDir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
  if (locales.length === 0 && !existsSync(join(distDir, 'index.html'))) {
    throw new DistError(`${shown} has no index.html, neither at its root nor in a locale folder: ${buildHint(distDir)}`);
  }
  return { root: distDir, locales };
}
