import { registerHooks } from 'node:module';

// The API's migrations are written for its bundler: relative imports without an
// extension ('../migration-guards'). Node's ESM resolver wants the file name, so this
// hook retries such a specifier as '<specifier>.ts' and '<specifier>/index.ts'. Their
// folder has no package.json "type", so the hook also says the .ts files are ES modules
// (what Node would otherwise detect, with a warning per file).

const RELATIVE = /^\.{1,2}\//;
const HAS_EXTENSION = /\.[cm]?[jt]s$/;

let registered = false;

export function resolveExtensionlessTypeScript(): void {
  if (registered) {
    return;
  }
  registered = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const attempts =
        RELATIVE.test(specifier) && !HAS_EXTENSION.test(specifier) ? [specifier, `${specifier}.ts`, `${specifier}/index.ts`] : [specifier];
      let lastError: unknown;
      for (const attempt of attempts) {
        try {
          const resolved = nextResolve(attempt, context);
          const isTypeScript = resolved.url.startsWith('file:') && resolved.url.endsWith('.ts');
          return isTypeScript && !resolved.format ? { ...resolved, format: 'module-typescript' } : resolved;
        } catch (error) {
          lastError = error;
        }
      }
      throw lastError;
    },
  });
}
