import { exitAfter } from './common/exit-after';
import { runMigrateCli } from './database/runner/migrate-cli';

/**
 * One-off task, run before services update: `node migrate.js [--phase expand|contract]
 * [--dry-run]`. Exit codes: MigrateExit (database/runner/exit-codes.ts, docs/migrations.md).
 */
void runMigrateCli(process.argv.slice(2), process.env).then((code) => exitAfter(code));
