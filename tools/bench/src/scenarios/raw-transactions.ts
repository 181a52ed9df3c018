import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import mysql from 'mysql2/promise';
import type { PoolConnection } from 'mysql2/promise';
import type { SequenceResult } from '../report.ts';
import type { BookingSample } from './bookings.ts';
import { addDays } from '../stay-mix.ts';
import { LatencyRecorder, perSecond, tally } from '../stats.ts';

interface FolioLine {
  readonly kind: string;
  readonly code: string;
  readonly quantity: number;
  readonly unitMinor: number;
  readonly amountMinor: number;
}

const FALLBACK_QUOTE = {
  currency: 'EUR',
  nights: 3,
  totalMinor: 11_400,
  lines: [
    { kind: 'accommodation', code: 'pitch-standard', quantity: 3, unitMinor: 1_200, amountMinor: 3_600, seasonCode: 'low' },
    { kind: 'person', code: 'adult', quantity: 6, unitMinor: 650, amountMinor: 3_900, seasonCode: 'low' },
    { kind: 'tourist-tax', code: 'tourist-tax', quantity: 6, unitMinor: 150, amountMinor: 900 },
  ],
};

function folioLines(quote: unknown): FolioLine[] {
  const lines = (quote as { lines?: unknown } | null)?.lines;
  return Array.isArray(lines) && lines.length > 0 ? (lines as FolioLine[]) : FALLBACK_QUOTE.lines;
}

/**
 * The booking's transaction shapes written straight with mysql2, no HTTP, no ORM, as the
 * API runs them: a hold (BEGIN; insert its unit-nights; insert the reservation; COMMIT),
 * then the booking (BEGIN; lock the reservation; confirm its unit-nights; update it to
 * confirmed; insert its folio lines; queue its mail; COMMIT). Same tables and row sizes
 * as the API's bookings, under a scratch property id that is deleted afterwards.
 */
export async function runRawTransactions(
  primaryUrl: string,
  workers: number,
  durationS: number,
  year: number,
  sample: BookingSample | null,
): Promise<SequenceResult> {
  const quote = sample?.quote ?? FALLBACK_QUOTE;
  const lines = folioLines(quote);
  const quoteJson = JSON.stringify(quote);
  const propertyId = randomUUID();
  const pool = mysql.createPool({ uri: primaryUrl, connectionLimit: workers, timezone: 'Z', connectTimeout: 5_000 });
  const recorder = new LatencyRecorder();
  const errors: Record<string, number> = {};
  const errorSamples: string[] = [];
  let completed = 0;
  let counter = 0;

  const transaction = async (connection: PoolConnection): Promise<void> => {
    counter += 1;
    // Read once: other workers move the counter while this one awaits.
    const sequence = counter;
    const id = randomUUID();
    const unitId = randomUUID();
    const arrival = addDays(`${year}-01-04`, sequence % 300);
    const nights = [0, 1, 2].map((offset) => addDays(arrival, offset));
    const inTransaction = async (work: () => Promise<void>): Promise<void> => {
      await connection.beginTransaction();
      try {
        await work();
        await connection.commit();
      } catch (error) {
        await connection.rollback().catch(() => undefined);
        throw error;
      }
    };
    await inTransaction(async () => {
      await connection.query(
        `INSERT INTO unit_nights (unit_id, night, property_id, reservation_id, hold_expires_at) VALUES ${nights
          .map(() => '(?, ?, ?, ?, UTC_TIMESTAMP(6) + INTERVAL 600 SECOND)')
          .join(', ')}`,
        nights.flatMap((night) => [unitId, night, propertyId, id]),
      );
      await connection.query(
        `INSERT INTO reservations (id, property_id, reference, status, unit_id, unit_type_id, arrival, departure, party, extras,
           quote, rate_card_version, total_minor, currency, guest, locale, hold_expires_at)
         VALUES (?, ?, ?, 'held', ?, ?, ?, ?, ?, '[]', ?, 1, ?, 'EUR', NULL, 'en', UTC_TIMESTAMP(6) + INTERVAL 600 SECOND)`,
        [
          id,
          propertyId,
          `X${sequence.toString(36).padStart(7, '0')}`,
          unitId,
          propertyId,
          arrival,
          addDays(arrival, 3),
          JSON.stringify({ adults: 2, childrenAges: [], pets: 0, vehicles: 0 }),
          quoteJson,
          (quote as { totalMinor?: number }).totalMinor ?? 0,
        ],
      );
    });
    await inTransaction(async () => {
      await connection.query('SELECT id FROM reservations WHERE id = ? FOR UPDATE', [id]);
      await connection.query(
        'UPDATE unit_nights SET hold_expires_at = NULL WHERE reservation_id = ? AND hold_expires_at > UTC_TIMESTAMP(6)',
        [id],
      );
      await connection.query(
        `UPDATE reservations SET status = 'confirmed', guest = ?, idempotency_key = ?, hold_expires_at = NULL,
           confirmed_at = UTC_TIMESTAMP(6) WHERE id = ?`,
        [JSON.stringify({ firstName: 'Raw', lastName: 'Guest', email: 'raw@example.com', country: 'IT' }), randomUUID(), id],
      );
      await connection.query(
        `INSERT INTO folio_lines (reservation_id, kind, code, quantity, unit_minor, amount_minor) VALUES ${lines
          .map(() => '(?, ?, ?, ?, ?, ?)')
          .join(', ')}`,
        lines.flatMap((line) => [id, line.kind, line.code, line.quantity, line.unitMinor, line.amountMinor]),
      );
      await connection.query(
        `INSERT INTO mail_outbox (message_key, recipient, subject, text_body, html_body, status, attempts, next_attempt_at, created_at)
         VALUES (?, 'raw@example.com', 'Booking confirmed', 'text', '<p>html</p>', 'pending', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))`,
        [`raw-bench:${id}`],
      );
    });
  };

  const started = performance.now();
  const deadline = started + durationS * 1_000;
  const worker = async (): Promise<void> => {
    const connection = await pool.getConnection();
    try {
      while (performance.now() < deadline) {
        const begun = performance.now();
        try {
          await transaction(connection);
          recorder.recordMs(performance.now() - begun);
          completed += 1;
        } catch (error) {
          tally(errors, (error as { code?: string }).code ?? 'error');
          if (errorSamples.length < 5) {
            errorSamples.push(String(error));
          }
        }
      }
    } finally {
      connection.release();
    }
  };
  try {
    await Promise.all(Array.from({ length: workers }, worker));
    const elapsedMs = performance.now() - started;
    return {
      workers,
      durationS: Math.round(elapsedMs / 10) / 100,
      completed,
      perS: perSecond(completed, elapsedMs),
      errors,
      latency: recorder.summary(),
      errorSamples,
    };
  } finally {
    await pool.query('DELETE f FROM folio_lines f JOIN reservations r ON r.id = f.reservation_id WHERE r.property_id = ?', [propertyId]);
    await pool.query('DELETE FROM unit_nights WHERE property_id = ?', [propertyId]);
    await pool.query('DELETE FROM reservations WHERE property_id = ?', [propertyId]);
    await pool.query("DELETE FROM mail_outbox WHERE message_key LIKE 'raw-bench:%'");
    await pool.end();
  }
}
