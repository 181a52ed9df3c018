import { writeFileSync } from 'node:fs';
import { parseArgs, UsageError, USAGE } from './args.ts';
import { buildApi, checkout, variantOf } from './checkouts.ts';
import { addContractStep } from './contract-step.ts';
import { prove } from './prove.ts';
import { formatResult } from './report.ts';

const Exit = { COMPATIBLE: 0, NOT_COMPATIBLE: 1, USAGE: 2, COULD_NOT_RUN: 3 } as const;
const log = (line: string): void => console.log(line);

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return Exit.USAGE;
    }
    throw error;
  }
  try {
    switch (args.command) {
      case 'help':
        console.log(USAGE);
        return Exit.COMPATIBLE;
      case 'checkout': {
        let release = await checkout(args.ref);
        if (args.contractPending) {
          release = await variantOf(release, 'contract-step', (dir) => addContractStep(dir, new Date().toISOString().slice(0, 10)));
        }
        if (args.build) {
          await buildApi(release);
        }
        console.log(JSON.stringify(release));
        return Exit.COMPATIBLE;
      }
      case 'prove': {
        const result = await prove(args, log);
        formatResult(result).forEach((line) => log(line));
        if (args.jsonFile) {
          writeFileSync(args.jsonFile, `${JSON.stringify(result, null, 2)}\n`);
        }
        return result.compatible ? Exit.COMPATIBLE : Exit.NOT_COMPATIBLE;
      }
    }
  } catch (error) {
    console.error(`could not run: ${error instanceof Error ? error.message : String(error)}`);
    return Exit.COULD_NOT_RUN;
  }
}

void main().then((code) => {
  process.exitCode = code;
});
