// Lint is the style guide (docs: the team's shared/design/STYLE.md "Boundaries" and "Lint is
// the style guide"). Every project's eslint.config.mjs spreads this file. Nx runs
// `eslint .` inside each project, so `files` globs here must start with `**/`; anything
// that depends on what a project *is* reads its tags (Nx boundaries, tools/eslint-rules).
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
// Node 24 strips the types of this local plugin at load time: no build step.
import { pitchdeskPlugin } from './tools/eslint-rules/index.ts';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const CODE_FILES = [...TS_FILES, '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];
// Tool configs are often in no tsconfig; they are linted without type information.
const CONFIG_FILES = [
  '**/*.config.{ts,mts,cts,js,mjs,cjs}',
  '**/vitest-base.config.*',
];

// --- Module boundaries: three tag dimensions, each checked on its own (all must pass).
const NODE_ONLY_PACKAGES = [
  '@nestjs/*',
  'typeorm',
  'typeorm/*',
  'mysql2',
  'mysql2/*',
  'memjs',
  'fastify',
  '@fastify/*',
];
const BROWSER_ONLY_PACKAGES = ['@angular/*'];
// Nx only bans npm packages; Node built-ins (`node:fs`, `fs`) are caught by
// pitchdesk/no-node-builtins-off-node. 'node:*' stays here as the documented intent.
const NODE_BUILTINS = ['node:*'];

const scopeConstraints = [
  // Each app scope sees itself and shared code, never another app's scope.
  {
    sourceTag: 'scope:booking-engine',
    onlyDependOnLibsWithTags: ['scope:booking-engine', 'scope:shared'],
  },
  {
    sourceTag: 'scope:pms-console',
    onlyDependOnLibsWithTags: ['scope:pms-console', 'scope:shared'],
  },
  {
    sourceTag: 'scope:api',
    onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
  },
  {
    sourceTag: 'scope:infra',
    onlyDependOnLibsWithTags: ['scope:infra', 'scope:shared'],
  },
  {
    sourceTag: 'scope:tools',
    onlyDependOnLibsWithTags: ['scope:tools', 'scope:shared'],
  },
  {
    sourceTag: 'scope:e2e',
    onlyDependOnLibsWithTags: ['scope:e2e', 'scope:tools', 'scope:shared'],
  },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
];

const typeConstraints = [
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:feature',
      'type:data-access',
      'type:ui',
      'type:domain',
      'type:contracts',
      'type:util',
      'type:infra',
    ],
  },
  // Never feature -> feature: features meet in the app's routes, not in each other.
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: [
      'type:data-access',
      'type:ui',
      'type:domain',
      'type:contracts',
      'type:util',
    ],
  },
  {
    sourceTag: 'type:data-access',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:util'],
  },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
  },
  // Contracts may reuse domain rules (what a valid stay date is) so the API and the UIs
  // validate the same way; domain never imports contracts, so no cycle can form.
  {
    sourceTag: 'type:contracts',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:util'],
  },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  {
    sourceTag: 'type:infra',
    onlyDependOnLibsWithTags: ['type:infra', 'type:contracts', 'type:util'],
  },
  {
    sourceTag: 'type:e2e',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:util'],
  },
];

const platformConstraints = [
  {
    sourceTag: 'platform:browser',
    onlyDependOnLibsWithTags: ['platform:browser', 'platform:any'],
    bannedExternalImports: [...NODE_ONLY_PACKAGES, ...NODE_BUILTINS],
  },
  {
    sourceTag: 'platform:node',
    onlyDependOnLibsWithTags: ['platform:node', 'platform:any'],
    bannedExternalImports: BROWSER_ONLY_PACKAGES,
  },
  {
    sourceTag: 'platform:any',
    onlyDependOnLibsWithTags: ['platform:any'],
    bannedExternalImports: [
      ...NODE_ONLY_PACKAGES,
      ...BROWSER_ONLY_PACKAGES,
      ...NODE_BUILTINS,
    ],
  },
  // Domain is pure: no framework, no ORM or driver, no I/O, no streams.
  {
    sourceTag: 'type:domain',
    bannedExternalImports: [
      ...NODE_ONLY_PACKAGES,
      ...BROWSER_ONLY_PACKAGES,
      ...NODE_BUILTINS,
      'rxjs',
      'rxjs/*',
      '@aws-sdk/*',
    ],
  },
];

/** The whole matrix. */
export const depConstraints = [
  ...scopeConstraints,
  ...typeConstraints,
  ...platformConstraints,
];

// Test code of any scope may also use workspace tooling (scope:tools), e.g. the API's
// medium tests start and stop the local stack's MariaDB through @pitchdesk/local-stack.
// Product code may not: the override only matches test files.
const TEST_FILES = [
  '**/*.spec.ts',
  '**/*.test.ts',
  '**/test/**/*.ts',
  '**/tests/**/*.ts',
];
const testDepConstraints = depConstraints.map((constraint) =>
  constraint.sourceTag?.startsWith('scope:') &&
  constraint.onlyDependOnLibsWithTags
    ? {
        ...constraint,
        onlyDependOnLibsWithTags: [
          ...constraint.onlyDependOnLibsWithTags,
          'scope:tools',
        ],
      }
    : constraint,
);
const boundaries = (constraints) => [
  'error',
  {
    enforceBuildableLibDependency: true,
    // The root eslint configs (base and Angular), and the shared test reporters every vitest config uses.
    allow: [
      '^.*/eslint(\\.base|\\.angular)?\\.config\\.[cm]?[jt]s$',
      '^(\\.\\./)+tools/testing/[\\w.-]+$',
    ],
    depConstraints: constraints,
  },
];

// "Zero warnings": a warning nobody must fix is noise. Presets ship some rules as
// 'warn' (e.g. nx's no-unused-vars, no-non-null-assertion); make every one an error.
const promoteSeverity = (entry) => {
  if (entry === 'warn' || entry === 1) {
    return 'error';
  }
  if (Array.isArray(entry) && (entry[0] === 'warn' || entry[0] === 1)) {
    return ['error', ...entry.slice(1)];
  }
  return entry;
};
const warningsAsErrors = (config) =>
  config.rules
    ? {
        ...config,
        rules: Object.fromEntries(
          Object.entries(config.rules).map(([id, entry]) => [
            id,
            promoteSeverity(entry),
          ]),
        ),
      }
    : config;

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/coverage',
      '**/.angular',
      '**/vitest.config.*.timestamp*',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { pitchdesk: pitchdeskPlugin },
  },
  {
    files: CODE_FILES,
    rules: {
      '@nx/enforce-module-boundaries': boundaries(depConstraints),
      'pitchdesk/typeorm-only-in-repositories': 'error',
      'pitchdesk/no-process-env-in-domain': 'error',
      'pitchdesk/no-node-builtins-off-node': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'max-lines': [
        'error',
        { max: 400, skipBlankLines: true, skipComments: true },
      ],
    },
  },
  {
    // Type-aware rules: each file is checked against the nearest tsconfig.json (a
    // project's solution-style tsconfig finds its lib/app/spec tsconfig by reference).
    files: TS_FILES,
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false },
      ],
      // Decorator metadata files (Nest DI, Angular) are handled by the rule itself: it
      // keeps value imports that emitDecoratorMetadata needs.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
    },
  },
  {
    files: TEST_FILES,
    rules: { '@nx/enforce-module-boundaries': boundaries(testDepConstraints) },
  },
  {
    files: CONFIG_FILES,
    ...tseslint.configs.disableTypeChecked,
  },
].map(warningsAsErrors);
