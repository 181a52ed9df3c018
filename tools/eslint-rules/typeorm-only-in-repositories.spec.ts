import { asEslintRule, typescriptRuleTester } from './rule-tester.ts';
import { typeormOnlyInRepositories } from './typeorm-only-in-repositories.ts';

const api = '/work/pitchdesk/apps/pms-api/src';
const typeorm = (filename: string, code: string) => ({
  filename,
  code,
  errors: [{ messageId: 'typeorm' }],
});
const nestTypeorm = (filename: string, code: string) => ({
  filename,
  code,
  errors: [{ messageId: 'nestTypeorm' }],
});

typescriptRuleTester().run(
  'typeorm-only-in-repositories',
  asEslintRule(typeormOnlyInRepositories),
  {
    valid: [
      {
        filename: `${api}/reservations/reservation.repository.ts`,
        code: "import { Repository } from 'typeorm';",
      },
      {
        filename: `${api}/reservations/reservation.entity.ts`,
        code: "import { Entity, Column } from 'typeorm';",
      },
      {
        filename: `${api}/reservations/reservation.repository.spec.ts`,
        code: "import { DataSource } from 'typeorm';",
      },
      {
        filename: `${api}/reservations/reservation.repository.medium.spec.ts`,
        code: "import { DataSource } from 'typeorm';",
      },
      {
        filename: `${api}/database/data-source.ts`,
        code: "import { DataSource } from 'typeorm';",
      },
      {
        filename: `${api}/database/testing/truncate.ts`,
        code: "import type { DataSource } from 'typeorm';",
      },
      {
        filename: `${api}/migrations/1700000000000-expand-add-holds.ts`,
        code: "import type { MigrationInterface, QueryRunner } from 'typeorm';",
      },
      {
        filename: `${api}/reservations/reservation.repository.ts`,
        code: "import { InjectRepository } from '@nestjs/typeorm';",
      },
      {
        filename: `${api}/reservations/reservations.module.ts`,
        code: "import { TypeOrmModule } from '@nestjs/typeorm';",
      },
      // not typeorm, just similar names
      {
        filename: `${api}/reservations/reservations.service.ts`,
        code: "import { x } from 'typeorm-extension-like'; import { y } from './typeorm';",
      },
    ],
    invalid: [
      typeorm(
        `${api}/reservations/reservations.service.ts`,
        "import { Repository } from 'typeorm';",
      ),
      typeorm(
        `${api}/reservations/reservations.service.ts`,
        "import type { Repository } from 'typeorm';",
      ),
      typeorm(
        `${api}/reservations/reservations.controller.ts`,
        "export { In } from 'typeorm';",
      ),
      typeorm(
        `${api}/reservations/reservations.service.ts`,
        "export * from 'typeorm/browser';",
      ),
      typeorm(
        `${api}/reservations/reservations.service.ts`,
        "const orm = await import('typeorm');",
      ),
      typeorm(
        `${api}/reservations/reservations.service.ts`,
        "const orm = require('typeorm');",
      ),
      typeorm(
        `${api}/reservations/reservations.service.ts`,
        "import orm = require('typeorm');",
      ),
      typeorm(
        `${api}/reservations/reservations.service.ts`,
        "let repo: import('typeorm').Repository<object>;",
      ),
      // a module only wires: it gets @nestjs/typeorm, not typeorm itself
      typeorm(
        `${api}/reservations/reservations.module.ts`,
        "import { DataSource } from 'typeorm';",
      ),
      // the folder must be the project's src/database, not any folder named like an entity
      typeorm(
        `${api}/reservations/entity/reservation.ts`,
        "import { Entity } from 'typeorm';",
      ),
      typeorm(
        '/work/pitchdesk/libs/domain/src/stays/nights.ts',
        "import { Between } from 'typeorm';",
      ),
      nestTypeorm(
        `${api}/reservations/reservations.service.ts`,
        "import { InjectRepository } from '@nestjs/typeorm';",
      ),
      {
        filename: `${api}/reservations/reservations.service.ts`,
        code: "import { DataSource } from 'typeorm';\nimport { InjectDataSource } from '@nestjs/typeorm';",
        errors: [
          { messageId: 'typeorm', line: 1 },
          { messageId: 'nestTypeorm', line: 2 },
        ],
      },
    ],
  },
);
