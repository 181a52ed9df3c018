import { resolve } from 'node:path';
import { parseArgs, USAGE } from './args.ts';
import { formatFinding } from './findings.ts';
import { lint } from './lint.ts';
import { loadProject } from './load/load-project.ts';
import { RULES } from './rules/index.ts';
import { formatMysqlVersion } from './sql/mysql-version.ts';

const WORKSPACE_ROOT = resolve(import.meta.dirname, '../../..');

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(argv, process.cwd(), WORKSPACE_ROOT);
  } catch (error) {
    console.error(`migration-lint: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (parsed.kind === 'list-rules') {
    RULES.forEach((rule) => console.log(`${rule.id}  ${rule.title}`));
    return 0;
  }
  const { options } = parsed;
  const input = await loadProject(options, options.target);
  const result = lint(input);
  if (options.format === 'json') {
    console.log(JSON.stringify({ target: formatMysqlVersion(options.target), migrations: input.migrations.length, ...result }, null, 2));
  } else {
    const cwd = process.cwd();
    result.findings.forEach((finding) => console.log(formatFinding(finding, cwd)));
    result.overridden.forEach((finding) =>
      console.log(`${formatFinding(finding, cwd)} [overridden: ${finding.reason} (reviewed-by: ${finding.reviewer})]`),
    );
    console.log(
      `migration-lint: ${input.migrations.length} migrations checked for MySQL ${formatMysqlVersion(options.target)}: ${result.findings.length} errors, ${result.overridden.length} overridden`,
    );
  }
  return result.findings.length === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
