import { isServiceName, SERVICE_NAMES, type ServiceName } from './config.ts';

export type Command = 'start' | 'stop' | 'status' | 'reset';

export type ParsedArgs = { kind: 'help' } | { kind: 'run'; command: Command; services: ServiceName[] };

export const USAGE = `usage: node tools/local-stack/src/cli.ts <command> [service...]

commands:
  start   start the stack (or the named services); a no-op for what already runs
  stop    stop what this stack started (only processes it recorded and verified)
  status  one line per service; exit code 0 only if all are up
  reset   stop, then delete the data folder (databases, secrets, logs)

services: ${SERVICE_NAMES.join(', ')}
environment: PD_STACK_DIR (data folder, default .local/stack), PD_PORT_BASE or one
PD_*_PORT per service (see docs/local-stack.md), PD_HUB_ENTRY (hub entry point)`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { kind: 'help' };
  }
  if (command !== 'start' && command !== 'stop' && command !== 'status' && command !== 'reset') {
    throw new Error(`unknown command: ${command}`);
  }
  const unknown = rest.filter((name) => !isServiceName(name));
  if (unknown.length > 0) {
    throw new Error(`unknown service: ${unknown.join(', ')} (known: ${SERVICE_NAMES.join(', ')})`);
  }
  if ((command === 'status' || command === 'reset') && rest.length > 0) {
    throw new Error(`${command} takes no service names`);
  }
  const services = rest.filter(isServiceName);
  return { kind: 'run', command, services: services.length > 0 ? [...new Set(services)] : [...SERVICE_NAMES] };
}
