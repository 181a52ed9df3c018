import { createServer, type Server } from 'node:net';
import { canBind, decodeHexAddress, describePortHolder, findPortHolder, parseProcNetTcp, socketInode } from './port-holder.ts';

const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:A09A 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 62750 1 00000000540250e8 100 0 0 10 0
   1: 00000000:07E8 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1234 1 0000000000000000 100 0 0 10 0
   2: 0100007F:A09A 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000     0        0 99999 1 0000000000000000 20 4 30 10 -1
`;

const TCP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000000000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 555 1 0000000000000000 100 0 0 10 0
   1: 00000000000000000000000001000000:0050 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 556 1 0000000000000000 100 0 0 10 0
`;

describe('parseProcNetTcp', () => {
  it('keeps listening sockets only, with decoded address, port and inode', () => {
    expect(parseProcNetTcp(TCP)).toEqual([
      { address: '127.0.0.1', port: 41114, inode: 62750 },
      { address: '0.0.0.0', port: 2024, inode: 1234 },
    ]);
  });

  it('decodes IPv6 listeners', () => {
    expect(parseProcNetTcp(TCP6)).toEqual([
      { address: '::', port: 8080, inode: 555 },
      { address: '::1', port: 80, inode: 556 },
    ]);
  });

  it('ignores empty and truncated input', () => {
    expect(parseProcNetTcp('')).toEqual([]);
    expect(parseProcNetTcp('header\n   0: garbage\n')).toEqual([]);
  });
});

describe('decodeHexAddress', () => {
  it.each([
    ['0100007F', '127.0.0.1'],
    ['00000000', '0.0.0.0'],
    ['0000000000000000FFFF00000100007F', '::ffff:7f00:1'],
  ])('%s -> %s', (hex, address) => {
    expect(decodeHexAddress(hex)).toBe(address);
  });
});

describe('socketInode', () => {
  it('reads the inode of a socket link and nothing else', () => {
    expect(socketInode('socket:[62750]')).toBe(62750);
    expect(socketInode('pipe:[62750]')).toBeUndefined();
    expect(socketInode('/dev/null')).toBeUndefined();
  });
});

describe('describePortHolder', () => {
  it('names the process when it is visible', () => {
    expect(describePortHolder({ port: 28113, address: '127.0.0.1', pid: 42, cmdline: 'python3 -m http.server' })).toBe(
      'port 28113 is already taken by pid 42 (python3 -m http.server), listening on 127.0.0.1',
    );
  });

  it('says so when the process cannot be seen', () => {
    expect(describePortHolder({ port: 2024, address: '0.0.0.0' })).toContain('cannot see');
  });
});

describe('findPortHolder (live /proc)', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });

  afterAll(async () => {
    await new Promise((resolvePromise) => server.close(resolvePromise));
  });

  it('finds this test process listening on its port', async () => {
    expect(await canBind(port)).toBe(false);
    const holder = await findPortHolder(port);
    expect(holder).toMatchObject({ port, address: '127.0.0.1', pid: process.pid });
    expect(holder?.cmdline).toContain('node');
  });
});
