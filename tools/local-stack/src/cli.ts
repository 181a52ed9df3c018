import { parseArgs, USAGE } from './args.ts';
import { runCommand } from './commands.ts';
import { loadConfig } from './config.ts';

const log = (line: string): void => console.log(line);

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.kind === 'help') {
    log(USAGE);
    return 0;
  }
  try {
    return await runCommand(parsed.command, loadConfig(), parsed.services, log);
  } catch (error) {
    console.error(`local-stack ${parsed.command}: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
