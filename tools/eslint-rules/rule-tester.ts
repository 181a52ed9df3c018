import { RuleTester } from 'eslint';
import type { Rule } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// ESLint's RuleTester builds its own describe/it tree; hand it vitest's.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** Absolute path of the workspace root, for `filename`s inside real tagged projects. */
export const workspaceRoot = join(
  dirname(fileURLToPath(import.meta.url)),
  '../..',
);

/** A RuleTester that parses TypeScript (no type information: these rules need none). */
export function typescriptRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
    },
  });
}

/**
 * typescript-eslint's RuleModule and ESLint's Rule.RuleModule describe the same runtime
 * object with different AST typings; this is the one place that bridges them.
 */
export function asEslintRule<M extends string, O extends readonly unknown[]>(
  rule: TSESLint.RuleModule<M, O>,
): Rule.RuleModule {
  return rule as unknown as Rule.RuleModule;
}
