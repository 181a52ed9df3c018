import type { TSESLint } from '@typescript-eslint/utils';
import { isPackageOrSubpath, visitModuleSources } from './module-sources.ts';

// Why these files and no others (see README.md#typeorm-only-in-repositories):
// - `*.repository.ts` is the one layer that talks to the database and maps entities to
//   domain types, so services, controllers and domain code never see an ORM type.
// - `*.entity.ts` *is* the mapping: its decorators (`@Entity`, `@Column`) come from typeorm.
// - `src/database/**` holds the DataSource, naming strategy and transaction helpers that
//   repositories share; `src/migrations/**` holds migrations, which run through TypeORM's
//   QueryRunner outside any request and must not depend on repositories that change.
// Tests of those files (`*.repository.spec.ts`, `*.repository.medium.spec.ts`) follow them.
const ALLOWED_FILE =
  /\.(repository|entity)(\.medium)?(\.(spec|test))?\.[cm]?ts$/;
const ALLOWED_DIRECTORY = /(^|\/)src\/(database|migrations)\//;
// Nest modules wire repositories up (`TypeOrmModule.forFeature`), which is not a query.
const MODULE_FILE = /\.module\.[cm]?ts$/;

type MessageId = 'typeorm' | 'nestTypeorm';

export const typeormOnlyInRepositories: TSESLint.RuleModule<MessageId, []> = {
  defaultOptions: [],
  meta: {
    type: 'problem',
    docs: {
      description:
        'Only *.repository.ts, *.entity.ts, src/database/** and src/migrations/** may import typeorm.',
      url: 'https://gitlab.com/pitchdesk/pitchdesk/-/blob/main/tools/eslint-rules/README.md#typeorm-only-in-repositories',
    },
    schema: [],
    messages: {
      typeorm:
        "'{{source}}' may only be imported by *.repository.ts, *.entity.ts, src/database/** or src/migrations/**. Call a repository and use domain types instead.",
      nestTypeorm:
        "'{{source}}' may only be imported by repositories, entities, src/database/**, src/migrations/** and *.module.ts wiring. Inject the repository, not a TypeORM Repository.",
    },
  },
  create(context) {
    const filename = context.filename.replaceAll('\\', '/');
    if (ALLOWED_FILE.test(filename) || ALLOWED_DIRECTORY.test(filename)) {
      return {};
    }
    const isModule = MODULE_FILE.test(filename);
    return visitModuleSources(({ name, node }) => {
      if (isPackageOrSubpath(name, 'typeorm')) {
        context.report({ node, messageId: 'typeorm', data: { source: name } });
      } else if (isPackageOrSubpath(name, '@nestjs/typeorm') && !isModule) {
        context.report({
          node,
          messageId: 'nestTypeorm',
          data: { source: name },
        });
      }
    });
  },
};
