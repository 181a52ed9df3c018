import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

/**
 * One build serves every stage; what differs is `/config.json`. The stage's upload folder is
 * the build output plus that file, so the stage's bucket holds exactly one config.
 */
export function prepareSiteDirectory(buildOutput: string, target: string, runtimeConfig: object): string {
  if (!existsSync(buildOutput)) {
    throw new Error(`${buildOutput} does not exist: build the web apps first (nx run-many -t build -p booking-engine pms-console)`);
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(buildOutput, target, { recursive: true });
  writeFileSync(`${target}/config.json`, `${JSON.stringify(runtimeConfig, null, 2)}\n`);
  return target;
}
