import { registerHooks } from 'node:module';

// Loaded with `node --import` in front of run-fixture-migrations.ts. The API's sources
// import each other without an extension ('./exit-codes'), as its bundler allows; Node's
// resolver wants the file name, so a relative specifier without one is retried as
// '<specifier>.ts' and '<specifier>/index.ts' (the same hook as tools/migration-lint's).

const RELATIVE = /^\.{1,2}\//;
const HAS_EXTENSION = /\.[cm]?[jt]s$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const attempts = RELATIVE.test(specifier) && !HAS_EXTENSION.test(specifier) ? [specifier, `${specifier}.ts`, `${specifier}/index.ts`] : [specifier];
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
