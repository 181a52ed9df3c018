import { join } from 'node:path';
import { noNodeBuiltinsOffNode } from './no-node-builtins-off-node.ts';
import {
  asEslintRule,
  typescriptRuleTester,
  workspaceRoot,
} from './rule-tester.ts';

// Real projects and their tags: domain (type:domain, platform:any), contracts
// (platform:any), eslint-rules (platform:node).
const domain = join(workspaceRoot, 'libs/domain/src/stays/example.ts');
const contracts = join(workspaceRoot, 'libs/contracts/src/example.ts');
const nodeTool = join(workspaceRoot, 'tools/eslint-rules/example.ts');

typescriptRuleTester().run(
  'no-node-builtins-off-node',
  asEslintRule(noNodeBuiltinsOffNode),
  {
    valid: [
      {
        filename: nodeTool,
        code: "import { readFileSync } from 'node:fs'; import path from 'path';",
      },
      {
        filename: domain,
        code: "import { Temporal } from 'temporal-polyfill'; import { x } from './fs';",
      },
      // specs and tool configs only ever run under Node
      {
        filename: join(workspaceRoot, 'libs/domain/src/stays/example.spec.ts'),
        code: "import { readFileSync } from 'node:fs';",
      },
      {
        filename: join(workspaceRoot, 'libs/domain/vitest.config.mts'),
        code: "import { join } from 'node:path';",
      },
    ],
    invalid: [
      {
        filename: domain,
        code: "import { readFileSync } from 'node:fs';",
        errors: [
          {
            messageId: 'builtin',
            data: { source: 'node:fs', tag: 'type:domain' },
          },
        ],
      },
      {
        filename: domain,
        code: "import { createHash } from 'crypto';",
        errors: [{ messageId: 'builtin' }],
      },
      {
        filename: domain,
        code: "const fs = require('fs/promises');",
        errors: [{ messageId: 'builtin' }],
      },
      {
        filename: contracts,
        code: "export { randomUUID } from 'node:crypto';",
        errors: [{ messageId: 'builtin' }],
      },
      {
        filename: contracts,
        code: "type T = import('node:stream').Readable;",
        errors: [{ messageId: 'builtin' }],
      },
    ],
  },
);
