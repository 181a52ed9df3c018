import { resolve } from 'node:path';
import type { BenchOptions } from './args.ts';
import { BENCH_DIR, WORKSPACE_ROOT } from './environment.ts';
import type { BenchEnvironment } from './environment.ts';
import { JsonClient } from './http-client.ts';
import { freePort, startInBackground, waitForUrl } from './processes.ts';
import type { ReportInput } from './report.ts';
import { runBookings } from './scenarios/bookings.ts';
import { runPlanning } from './scenarios/planning.ts';
import { runLoad } from './scenarios/load.ts';
import { runRace } from './scenarios/race.ts';
import { runRawTransactions } from './scenarios/raw-transactions.ts';
import { staffAuthHeaders } from './staff-auth.ts';
import type { Party, Slot } from './stay-mix.ts';
import { availabilityQuery, interleaveSlots, quietWindows, searchPaths } from './stay-mix.ts';

export const SLUG = 'lago-verde';
const COUPLE: Party = { adults: 2, childrenAges: [], pets: 0, vehicles: 0 };
// Not measured: lets both servers' JITs warm up before their numbers count.
const WARM_UP_S = 1;

type Measured = Pick<ReportInput, 'search' | 'race' | 'bookings' | 'planning'>;
type Log = (line: string) => void;

interface AvailabilityAnswer {
  results?: { available?: boolean; freeUnitIds?: string[] }[];
}

/** The demo data as the API serves it: a sanity check before anything is measured. */
async function checkCatalogue(client: JsonClient): Promise<number> {
  const answer = await client.send('GET', `/api/properties/${SLUG}/catalogue`);
  const units = (answer.body as { units?: unknown[] } | undefined)?.units?.length ?? 0;
  if (answer.status !== 200 || units === 0) {
    throw new Error(`GET /catalogue answered ${answer.status} with ${units} units: ${answer.text.slice(0, 200)}`);
  }
  return units;
}

/** Unit-stays free for a couple in the quiet months, asked of the API itself. */
async function freeSlots(client: JsonClient, year: number, limit: number): Promise<Slot[]> {
  const windows = quietWindows(year, 3);
  const found: { stay: (typeof windows)[number]; unitIds: string[] }[] = [];
  let total = 0;
  for (const stay of windows) {
    // `units=true`: the free units' ids, which the booking scenarios hold.
    const answer = await client.send('GET', `/api/properties/${SLUG}/availability?${availabilityQuery(stay, COUPLE)}&units=true`);
    if (answer.status !== 200) {
      throw new Error(`availability for ${stay.arrival}..${stay.departure} answered ${answer.status}: ${answer.text.slice(0, 200)}`);
    }
    const results = (answer.body as AvailabilityAnswer | undefined)?.results ?? [];
    const unitIds = results.filter((result) => result.available).flatMap((result) => result.freeUnitIds ?? []);
    found.push({ stay, unitIds });
    total += unitIds.length;
    if (total >= limit) {
      break;
    }
  }
  return interleaveSlots(found);
}

async function helloBaseline(options: BenchOptions, log: Log): Promise<ReportInput['search']['hello']> {
  const port = await freePort();
  const hello = startInBackground('hello-world', process.execPath, ['tools/bench/src/hello-server.ts'], {
    env: { ...process.env, PD_BENCH_HELLO_PORT: String(port) },
    cwd: WORKSPACE_ROOT,
    logFile: resolve(BENCH_DIR, 'logs/hello-world.log'),
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForUrl(`${url}/`, 15_000, hello);
    log(`hello-world baseline: ${options.connections} connections, ${options.durationS} s`);
    await runLoad(url, ['/'], options.connections, WARM_UP_S);
    return await runLoad(url, ['/'], options.connections, options.durationS);
  } finally {
    await hello.stop();
  }
}

export async function measure(environment: BenchEnvironment, options: BenchOptions, log: Log): Promise<Measured> {
  const setup = new JsonClient(environment.apiUrl, 4);
  let slots: Slot[];
  try {
    const units = await checkCatalogue(setup);
    // Enough for the longest run at a generous rate; the run stops early if they run out.
    slots = await freeSlots(setup, options.year, Math.max(2_000, options.durationS * 400));
    log(`demo campsite: ${units} units; ${slots.length} free unit-stays found for the booking scenarios`);
  } finally {
    setup.close();
  }
  const [raceSlot, ...bookingSlots] = slots;

  if (!raceSlot) {
    throw new Error('no free unit-stay in the quiet months: is the demo data as expected?');
  }

  // Measured first, on a quiet machine: one staff member's board, the peak two months.
  const board = { from: `${options.year}-07-01`, days: 60 };
  const boardRequests = options.quick ? 20 : 100;
  log(`planning board: ${boardRequests} requests, ${board.days} days from ${board.from}`);
  const planningClient = new JsonClient(environment.apiUrl, 1);
  const planning = await runPlanning(planningClient, SLUG, board, boardRequests, await staffAuthHeaders(environment.apiUrl)).finally(() =>
    planningClient.close(),
  );

  const hello = await helloBaseline(options, log);
  log(`availability search: ${options.connections} connections, ${options.durationS} s`);
  const paths = searchPaths(SLUG, options.year, 500);
  await runLoad(environment.apiUrl, paths, options.connections, WARM_UP_S);
  const search = await runLoad(environment.apiUrl, paths, options.connections, options.durationS);

  log(`hold race: ${options.raceAttempts} attempts on one unit-stay`);
  const raceClient = new JsonClient(environment.apiUrl, options.raceAttempts);
  const race = await runRace(raceClient, SLUG, raceSlot, COUPLE, options.raceAttempts).finally(() => raceClient.close());

  log(`hold + book: ${options.workers} workers, ${options.durationS} s`);
  const bookingClient = new JsonClient(environment.apiUrl, options.workers);
  const { result: api, sample } = await runBookings(bookingClient, SLUG, bookingSlots, COUPLE, options.workers, options.durationS).finally(
    () => bookingClient.close(),
  );
  log(`raw mysql2 transactions: ${options.workers} connections, ${options.durationS} s`);
  const raw = await runRawTransactions(environment.primaryUrl, options.workers, options.durationS, options.year, sample);
  return { search: { hello, search }, race, bookings: { api, raw }, planning };
}
