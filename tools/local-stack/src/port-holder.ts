import { readdir, readFile, readlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { readCmdline } from './proc.ts';

export interface Listener {
  address: string;
  port: number;
  inode: number;
}

const LISTEN_STATE = '0A';

/** /proc/net/tcp{,6} store each 32-bit word of an address in host (little-endian) order. */
export function decodeHexAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((word) => (word.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)));
  if (bytes.length === 4) {
    return bytes.join('.');
  }
  const groups: string[] = [];
  for (let i = 0; i < bytes.length; i += 2) {
    groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  }
  // Compress the longest zero run the simple way: good enough for messages.
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

/** Listening sockets from the text of /proc/net/tcp or /proc/net/tcp6. */
export function parseProcNetTcp(text: string): Listener[] {
  const listeners: Listener[] = [];
  for (const line of text.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    const [local, state, inode] = [fields[1], fields[3], fields[9]];
    if (!local || state !== LISTEN_STATE || !inode) {
      continue;
    }
    const [addressHex, portHex] = local.split(':');
    if (!addressHex || !portHex) {
      continue;
    }
    listeners.push({ address: decodeHexAddress(addressHex), port: parseInt(portHex, 16), inode: Number(inode) });
  }
  return listeners;
}

/** `socket:[12345]` (a /proc/<pid>/fd link) -> 12345. */
export function socketInode(link: string): number | undefined {
  const match = /^socket:\[(\d+)\]$/.exec(link);
  return match ? Number(match[1]) : undefined;
}

export interface PortHolder {
  port: number;
  address: string;
  pid?: number;
  cmdline?: string;
}

async function listenersOn(port: number): Promise<Listener[]> {
  const files = ['/proc/net/tcp', '/proc/net/tcp6'];
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8').catch(() => '')));
  return texts.flatMap(parseProcNetTcp).filter((listener) => listener.port === port);
}

async function pidOwningInode(inodes: Set<number>): Promise<number | undefined> {
  const pids = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry));
  for (const pid of pids) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => []);
    for (const fd of fds) {
      const inode = socketInode(await readlink(`/proc/${pid}/fd/${fd}`).catch(() => ''));
      if (inode !== undefined && inodes.has(inode)) {
        return Number(pid);
      }
    }
  }
  return undefined;
}

/** Who listens on a port, as far as /proc lets this user see. */
export async function findPortHolder(port: number): Promise<PortHolder | undefined> {
  const listeners = await listenersOn(port);
  const first = listeners[0];
  if (!first) {
    return undefined;
  }
  const pid = await pidOwningInode(new Set(listeners.map((l) => l.inode)));
  const cmdline = pid === undefined ? undefined : await readCmdline(pid);
  return { port, address: first.address, pid, cmdline };
}

export function describePortHolder(holder: PortHolder): string {
  const who =
    holder.pid === undefined
      ? 'a process this user cannot see (another user or namespace)'
      : `pid ${holder.pid} (${holder.cmdline || 'command line unreadable'})`;
  return `port ${holder.port} is already taken by ${who}, listening on ${holder.address}`;
}

/** Binding is the only exact test (dual-stack and V6ONLY sockets differ); /proc only names the holder. */
export function canBind(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolvePromise(true)));
  });
}
