import { exitAfter } from '../../../../src/common/exit-after';
import { runMigrateCli } from '../../../../src/database/runner/migrate-cli';
import { FIXTURE_SETS, isFixtureSetName } from './fixture-migrations';

// `node ... run-fixture-migrations.ts <set> [migrate.js flags]`: the migrate.js command
// line (arguments, SIGTERM handling, exit codes) over a fixture migration set, as a
// process of its own that a test can SIGKILL mid-migration.
const [setName = '', ...flags] = process.argv.slice(2);
if (!isFixtureSetName(setName)) {
  console.error(`unknown fixture set ${setName}; known: ${Object.keys(FIXTURE_SETS).join(', ')}`);
  exitAfter(64);
} else {
  void runMigrateCli(flags, process.env, FIXTURE_SETS[setName]).then((code) => exitAfter(code));
}
