import type { TSESLint } from '@typescript-eslint/utils';
import { noNodeBuiltinsOffNode } from './no-node-builtins-off-node.ts';
import { noProcessEnvInDomain } from './no-process-env-in-domain.ts';
import { typeormOnlyInRepositories } from './typeorm-only-in-repositories.ts';

/** The house rules by name; see README.md for what each enforces and why. */
export const rules = {
  'typeorm-only-in-repositories': typeormOnlyInRepositories,
  'no-process-env-in-domain': noProcessEnvInDomain,
  'no-node-builtins-off-node': noNodeBuiltinsOffNode,
};

/**
 * Pitchdesk's house rules as a local ESLint plugin, registered as `pitchdesk` by the root
 * eslint.config.mjs (Node 24 loads this .ts file directly by stripping its types).
 * @nx/eslint-plugin also requires `tools/eslint-rules` by convention and reads `rules`
 * from it (exposing them as `@nx/workspace-*` too); the house config uses `pitchdesk/*`.
 */
export const pitchdeskPlugin = {
  meta: { name: 'eslint-plugin-pitchdesk', version: '0.0.0' },
  rules,
} satisfies TSESLint.FlatConfig.Plugin;
