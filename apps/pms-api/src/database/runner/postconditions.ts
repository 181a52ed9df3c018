import { describeFact } from './sql-statement';
import type { RunnerStatement, SchemaFact } from './sql-statement';
import type { WriterSession } from './writer-session';

// Pre/postconditions in terms of information_schema. MySQL DDL commits on its own and a
// single statement is atomic, so after a crash each step is either fully applied or not
// at all: its postcondition tells which. "Partly" cannot come from this runner; it means
// someone changed the schema by hand, and the runner stops rather than guess.

export type StepState =
  /** Every effect the statement has is already visible: skip it. */
  | 'applied'
  | 'not-applied'
  /** Some effects visible, some not. */
  | 'partial'
  /** Nothing to check (MODIFY, table options): only the journal knows. */
  | 'unknown';

const FACT_QUERIES: Record<SchemaFact['kind'], string> = {
  table: 'SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?',
  column: 'SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?',
  index: 'SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = ? LIMIT 1',
  constraint:
    'SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CONSTRAINT_NAME = ?',
};

function factParams(fact: SchemaFact): string[] {
  switch (fact.kind) {
    case 'table':
      return [fact.table];
    case 'column':
      return [fact.table, fact.column];
    case 'index':
      return [fact.table, fact.index];
    case 'constraint':
      return [fact.table, fact.constraint];
  }
}

export async function factHolds(session: WriterSession, fact: SchemaFact): Promise<boolean> {
  return (await session.rows(FACT_QUERIES[fact.kind], factParams(fact))).length > 0;
}

export async function stepState(session: WriterSession, statement: RunnerStatement | undefined): Promise<StepState> {
  const effects = statement?.effects ?? [];
  if (effects.length === 0) {
    return 'unknown';
  }
  let visible = 0;
  for (const effect of effects) {
    if ((await factHolds(session, effect.fact)) === effect.present) {
      visible += 1;
    }
  }
  if (visible === effects.length) {
    return 'applied';
  }
  return visible === 0 ? 'not-applied' : 'partial';
}

/** What the statement needs that is not there, described for the DRIFT message. */
export async function unmetRequirements(session: WriterSession, statement: RunnerStatement | undefined): Promise<string[]> {
  const unmet: string[] = [];
  for (const fact of statement?.requires ?? []) {
    if (!(await factHolds(session, fact))) {
      unmet.push(describeFact(fact));
    }
  }
  return unmet;
}

/** The effects not visible (yet), described for messages. */
export async function invisibleEffects(session: WriterSession, statement: RunnerStatement | undefined): Promise<string[]> {
  const missing: string[] = [];
  for (const effect of statement?.effects ?? []) {
    if ((await factHolds(session, effect.fact)) !== effect.present) {
      missing.push(`${describeFact(effect.fact)} ${effect.present ? 'present' : 'absent'}`);
    }
  }
  return missing;
}
