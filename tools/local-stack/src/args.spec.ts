import { parseArgs } from './args.ts';
import { SERVICE_NAMES } from './config.ts';

describe('parseArgs', () => {
  it('runs a command on every service by default', () => {
    expect(parseArgs(['start'])).toEqual({ kind: 'run', command: 'start', services: [...SERVICE_NAMES] });
    expect(parseArgs(['status'])).toEqual({ kind: 'run', command: 'status', services: [...SERVICE_NAMES] });
  });

  it('narrows start and stop to named services, once each', () => {
    expect(parseArgs(['stop', 'replica', 'memcached', 'replica'])).toEqual({
      kind: 'run',
      command: 'stop',
      services: ['replica', 'memcached'],
    });
  });

  it.each([[[]], [['help']], [['--help']], [['-h']]])('%j asks for help', (argv) => {
    expect(parseArgs(argv)).toEqual({ kind: 'help' });
  });

  it('rejects unknown commands and services', () => {
    expect(() => parseArgs(['restart'])).toThrow(/unknown command: restart/);
    expect(() => parseArgs(['start', 'redis'])).toThrow(/unknown service: redis/);
  });

  it('refuses service names where they would be ignored', () => {
    expect(() => parseArgs(['status', 'hub'])).toThrow(/takes no service names/);
    expect(() => parseArgs(['reset', 'primary'])).toThrow(/takes no service names/);
  });
});
