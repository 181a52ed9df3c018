import { join } from 'node:path';
import { noProcessEnvInDomain } from './no-process-env-in-domain.ts';
import {
  asEslintRule,
  typescriptRuleTester,
  workspaceRoot,
} from './rule-tester.ts';

// Real projects: libs/domain is tagged type:domain, tools/eslint-rules is not.
const domainFile = join(workspaceRoot, 'libs/domain/src/stays/example.ts');
const toolsFile = join(workspaceRoot, 'tools/eslint-rules/example.ts');
const inDomain = (code: string, messageId: string) => ({
  filename: domainFile,
  code,
  errors: [{ messageId }],
});

typescriptRuleTester().run(
  'no-process-env-in-domain',
  asEslintRule(noProcessEnvInDomain),
  {
    valid: [
      { filename: toolsFile, code: "const url = process.env['DATABASE_URL'];" },
      { filename: toolsFile, code: 'const mode = import.meta.env.MODE;' },
      {
        filename: domainFile,
        code: 'export function nights(stayEnv: { env: string }) { return stayEnv.env; }',
      },
      // a local binding called process is not Node's process
      {
        filename: domainFile,
        code: 'export function run(process: { env: string }) { return process.env; }',
      },
      {
        filename: domainFile,
        code: 'const process = { env: {} }; export const e = process.env;',
      },
      // opting another tag in via options
      {
        filename: domainFile,
        code: 'process.exit(1);',
        options: [{ tags: ['type:feature'] }],
      },
    ],
    invalid: [
      inDomain("const tz = process.env['TZ'];", 'processEnv'),
      inDomain('const tz = process.env.TZ;', 'processEnv'),
      inDomain('const { env } = process;', 'process'),
      inDomain('const now = process.hrtime();', 'process'),
      inDomain("const tz = globalThis.process.env['TZ'];", 'processEnv'),
      inDomain("import { env } from 'node:process';", 'process'),
      inDomain(
        "import process from 'process';\nexport const a = 1;",
        'process',
      ),
      inDomain('const mode = import.meta.env.MODE;', 'importMetaEnv'),
      {
        filename: domainFile,
        code: 'process.exit(1);',
        options: [{ tags: ['type:domain'] }],
        errors: [{ messageId: 'process' }],
      },
      {
        filename: domainFile,
        code: 'export function f() { return () => process.env.A ?? process.env.B; }',
        errors: [{ messageId: 'processEnv' }, { messageId: 'processEnv' }],
      },
    ],
  },
);

// With node globals configured (as nx's flat/javascript does for JS files) `process`
// resolves to a declared global instead of falling through; it must still be reported.
typescriptRuleTester().run(
  'no-process-env-in-domain with node globals',
  asEslintRule(noProcessEnvInDomain),
  {
    valid: [],
    invalid: [
      {
        filename: domainFile,
        code: 'export const tz = process.env.TZ;',
        languageOptions: { globals: { process: 'readonly' } },
        errors: [{ messageId: 'processEnv' }],
      },
    ],
  },
);
