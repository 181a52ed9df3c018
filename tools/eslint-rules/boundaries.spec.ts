import { createProjectGraphAsync, readCachedProjectGraph } from '@nx/devkit';
import type { ProjectGraph } from '@nx/devkit';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { workspaceRoot } from './rule-tester.ts';

// Proof that the real root eslint.config.mjs fails a deliberate boundary violation.
// Each fixture is linted *as if* it were a file inside a real tagged project
// (`lintText` with a `filePath` there), so it gets that project's real tags from the
// real Nx project graph, yet nothing is written into other teams' folders, nothing
// ends up in their `nx lint`, and the graph gains no fake edges (a fixture importing
// an app would otherwise give the lib a real dependency on it, and cycles with it).
// Fixture paths end in `.boundary-fixture.ts`: they are in no tsconfig, so this test
// lints them without type information; `clean real file` below lints with it.

const FIXTURE_SUFFIX = '.boundary-fixture.ts';
const BOUNDARIES = '@nx/enforce-module-boundaries';

interface Fixture {
  readonly name: string;
  /** Where the file pretends to live, relative to the workspace root. */
  readonly lintAs: string;
  readonly code: string;
  /** Expected errors as [ruleId, message pattern]; `[]` means the file must be clean. */
  readonly errors: ReadonlyArray<readonly [string, RegExp]>;
}

const fixtures: readonly Fixture[] = [
  {
    name: 'domain imports a Nest package',
    lintAs: 'libs/domain/src/nest',
    code: "import { Injectable } from '@nestjs/common';\nexport const a = Injectable;\n",
    errors: [
      [
        BOUNDARIES,
        /tagged with "platform:any" is not allowed to import "@nestjs\/common"/,
      ],
    ],
  },
  {
    name: 'domain imports rxjs (banned for type:domain only)',
    lintAs: 'libs/domain/src/rx',
    code: "import { of } from 'rxjs';\nexport const a = of(1);\n",
    errors: [
      [BOUNDARIES, /tagged with "type:domain" is not allowed to import "rxjs"/],
    ],
  },
  {
    name: 'domain imports Angular',
    lintAs: 'libs/domain/src/ng',
    code: "import { signal } from '@angular/core';\nexport const a = signal(1);\n",
    errors: [[BOUNDARIES, /is not allowed to import "@angular\/core"/]],
  },
  {
    name: 'domain imports contracts (type:domain -> type:contracts)',
    lintAs: 'libs/domain/src/contracts',
    code: "import * as contracts from '@pitchdesk/contracts';\nexport const a = contracts;\n",
    // If contracts ever imports domain (allowed), the same import is reported as a cycle.
    errors: [
      [
        BOUNDARIES,
        /"type:domain" can only depend on libs tagged with "type:domain", "type:util"|Circular dependency/,
      ],
    ],
  },
  {
    name: 'a lib imports an app',
    lintAs: 'libs/domain/src/app',
    code: "import * as api from '../../../apps/pms-api/src/main';\nexport const a = api;\n",
    errors: [
      [
        BOUNDARIES,
        /Projects cannot be imported by a relative or absolute path/,
      ],
    ],
  },
  {
    name: 'platform:node app imports Angular',
    lintAs: 'apps/pms-api/src/ng',
    code: "import { Component } from '@angular/core';\nexport const a = Component;\n",
    errors: [
      [
        BOUNDARIES,
        /tagged with "platform:node" is not allowed to import "@angular\/core"/,
      ],
    ],
  },
  {
    name: 'platform:browser app imports TypeORM',
    lintAs: 'apps/booking-engine/src/orm',
    code: "import { DataSource } from 'typeorm';\nexport const a = DataSource;\n",
    errors: [
      [
        BOUNDARIES,
        /tagged with "platform:browser" is not allowed to import "typeorm"/,
      ],
      [
        'pitchdesk/typeorm-only-in-repositories',
        /may only be imported by \*\.repository\.ts/,
      ],
    ],
  },
  {
    name: 'platform:any contracts import mysql2',
    lintAs: 'libs/contracts/src/db',
    code: "import { createPool } from 'mysql2';\nexport const a = createPool;\n",
    errors: [
      [
        BOUNDARIES,
        /tagged with "platform:any" is not allowed to import "mysql2"/,
      ],
    ],
  },
  {
    name: 'API product code imports workspace tooling (scope:api -> scope:tools)',
    lintAs: 'apps/pms-api/src/stack',
    code: "import { readStackEnv } from '@pitchdesk/local-stack';\nexport const a = readStackEnv;\n",
    errors: [
      [
        BOUNDARIES,
        /"scope:api" can only depend on libs tagged with "scope:api", "scope:shared"/,
      ],
    ],
  },
  {
    name: 'clean: API test code may use workspace tooling (test-file override)',
    lintAs: 'apps/pms-api/test/medium/stack',
    code: "import { readStackEnv } from '@pitchdesk/local-stack';\nexport const a = readStackEnv;\n",
    errors: [],
  },
  {
    name: 'domain imports a Node built-in (Nx cannot see built-ins; the house rule does)',
    lintAs: 'libs/domain/src/fs',
    code: "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
    errors: [
      ['pitchdesk/no-node-builtins-off-node', /'node:fs' is a Node built-in/],
    ],
  },
  {
    name: 'domain reads process.env',
    lintAs: 'libs/domain/src/env',
    code: "export const tz = process.env['TZ'];\n",
    errors: [
      ['pitchdesk/no-process-env-in-domain', /must not read process\.env/],
    ],
  },
  {
    name: 'clean: domain uses its date library and its own files',
    lintAs: 'libs/domain/src/clean',
    code: "import { Temporal } from 'temporal-polyfill';\nimport { nights } from './stays/range-algebra';\nexport const a = [Temporal, nights];\n",
    errors: [],
  },
  {
    name: 'clean: contracts may use domain rules',
    lintAs: 'libs/contracts/src/uses-domain',
    code: "import { parseDateRange } from '@pitchdesk/domain';\nexport const a = parseDateRange;\n",
    errors: [],
  },
  {
    name: 'clean: the API app uses Nest and domain',
    lintAs: 'apps/pms-api/src/uses-domain',
    code: "import { Injectable } from '@nestjs/common';\nimport { money } from '@pitchdesk/domain';\nexport const a = [Injectable, money];\n",
    errors: [],
  },
];

let graph: ProjectGraph;
let eslint: ESLint;

beforeAll(async () => {
  // The boundaries rule reads the *cached* graph (.nx/workspace-data); computing it here
  // writes that cache, so the test does not depend on an earlier `nx` command.
  await createProjectGraphAsync({ exitOnError: false });
  graph = readCachedProjectGraph();
  const withoutTypes: Linter.Config = {
    files: [`**/*${FIXTURE_SUFFIX}`],
    ...tseslint.configs.disableTypeChecked,
  };
  eslint = new ESLint({
    cwd: workspaceRoot,
    overrideConfigFile: join(workspaceRoot, 'eslint.config.mjs'),
    overrideConfig: withoutTypes,
  });
});

async function lint(
  filePath: string,
  code: string,
): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  if (!result) {
    throw new Error(`ESLint returned no result for ${filePath}`);
  }
  return result.messages;
}

describe('module boundaries, linted with the real root config', () => {
  it('lints inside real tagged projects of the cached Nx graph', () => {
    const tags = (name: string) => graph.nodes[name]?.data.tags ?? [];
    expect(tags('domain')).toEqual(
      expect.arrayContaining(['type:domain', 'platform:any']),
    );
    expect(tags('contracts')).toEqual(
      expect.arrayContaining(['type:contracts', 'platform:any']),
    );
    expect(tags('pms-api')).toEqual(
      expect.arrayContaining(['type:app', 'platform:node']),
    );
    expect(tags('booking-engine')).toEqual(
      expect.arrayContaining(['type:app', 'platform:browser']),
    );
  });

  it.each(fixtures)('$name', async ({ lintAs, code, errors }) => {
    const messages = await lint(
      join(workspaceRoot, `${lintAs}${FIXTURE_SUFFIX}`),
      code,
    );
    const found = messages.map(
      (message) => `${message.ruleId ?? 'fatal'}: ${message.message}`,
    );
    expect(found).toHaveLength(errors.length);
    for (const [ruleId, pattern] of errors) {
      expect(found).toContainEqual(
        expect.stringMatching(
          new RegExp(`^${ruleId}: .*(${pattern.source})`, 's'),
        ),
      );
    }
    messages.forEach((message) => expect(message.severity).toBe(2));
  });

  it('clean real file: libs/domain/src/index.ts passes with type-aware rules on', async () => {
    const filePath = join(workspaceRoot, 'libs/domain/src/index.ts');
    expect(await lint(filePath, readFileSync(filePath, 'utf8'))).toEqual([]);
  });
});
