import type { Statement } from '../../sql/statement.ts';
import { targetTable } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';

/** The column or index names a guarded step creates or removes. */
function objectNames(statement: Statement): string[] {
  switch (statement.kind) {
    case 'alter-table':
      return statement.actions.flatMap((action) => {
        switch (action.type) {
          case 'add-column':
          case 'modify-column':
            return [action.column.name];
          case 'drop-column':
            return [action.column];
          case 'add-index':
            return action.index.name === undefined ? [] : [action.index.name];
          case 'drop-index':
            return [action.name];
          // Whole-table or constraint clauses: the table name is what the guard must name.
          case 'rename-column':
          case 'rename-table':
          case 'drop-primary-key':
          case 'add-foreign-key':
          case 'drop-foreign-key':
          case 'add-check':
          case 'drop-constraint':
          case 'table-option':
          case 'partition':
          case 'unknown':
            return [];
        }
      });
    case 'create-index':
      return statement.index.name === undefined ? [] : [statement.index.name];
    case 'drop-index':
      return [statement.name];
    case 'create-table':
    case 'drop-table':
    case 'rename-table':
    case 'truncate':
    case 'drop-database':
    case 'set':
    case 'update':
    case 'delete':
    case 'insert':
    case 'metadata-read':
    case 'data-read':
    case 'other':
      return [];
  }
}

// A guard that looks up something else (a copy-pasted columnExists with the old column
// name) makes a rerun skip a step that never ran, or repeat one that did.
export const guardMatchesStep: Rule = {
  id: 'PD063',
  title: "a step's guard looks up the table and the object that step changes",
  scope: 'statement',
  check({ statement, call }) {
    const table = targetTable(statement);
    if (call.answers.length !== 1 || table === undefined || statement.kind === 'metadata-read') {
      return [];
    }
    const probed = new Set(call.probedNames.map((name) => name.toLowerCase()));
    const missing = [table, ...objectNames(statement)].filter((name) => !probed.has(name.toLowerCase()));
    if (missing.length === 0) {
      return [];
    }
    const looked = call.probedNames.length === 0 ? 'nothing in information_schema' : call.probedNames.join(', ');
    return [
      `this step runs only for one answer of its guard, but the guard looked up ${looked}, not ${missing.join(', ')}: guard each step with a lookup of exactly the table and column/index it changes`,
    ];
  },
};
