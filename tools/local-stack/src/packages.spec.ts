import { installCommands, missingPackages } from './packages.ts';

describe('missingPackages', () => {
  it('lists required packages dpkg does not report as installed', () => {
    const output = 'mariadb-client installed\nmariadb-server config-files\n';
    expect(missingPackages(output)).toEqual(['mariadb-server', 'memcached']);
  });

  it('is empty when all are installed', () => {
    expect(missingPackages('mariadb-server installed\nmariadb-client installed\nmemcached installed\n')).toEqual([]);
  });
});

describe('installCommands', () => {
  it('gives the exact commands, with sudo for a normal user', () => {
    expect(installCommands(['memcached'], false)).toEqual([
      'sudo apt-get update',
      'sudo apt-get install -y --no-install-recommends memcached',
    ]);
    expect(installCommands(['mariadb-server', 'memcached'], true)[1]).toBe(
      'apt-get install -y --no-install-recommends mariadb-server memcached',
    );
  });
});
