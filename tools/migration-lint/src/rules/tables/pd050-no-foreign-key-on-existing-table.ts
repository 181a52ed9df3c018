import type { Rule } from '../rule.ts';

// MySQL 8.0 manual: adding a foreign key is in place only with foreign_key_checks=0,
// otherwise a COPY; it takes metadata locks on the parent table too; CASCADE rules rule
// out LOCK=NONE for later ALTERs; and gh-ost cannot migrate a table with foreign keys.
export const noForeignKeyOnExistingTable: Rule = {
  id: 'PD050',
  title: 'no foreign key added to an existing table (only inside CREATE TABLE of a new one)',
  scope: 'statement',
  check(context) {
    const { statement } = context;
    if (statement.kind !== 'alter-table' || context.isNewTable(statement.table)) {
      return [];
    }
    const SAFE = 'enforce the reference in the application, or declare the FOREIGN KEY in the CREATE TABLE of a new table';
    return statement.actions.flatMap((action) => {
      if (action.type === 'add-foreign-key') {
        return [
          `FOREIGN KEY ${action.foreignKey.name ?? ''} on existing table ${statement.table}: a table copy unless foreign_key_checks=0, locks ${action.foreignKey.references ?? 'the parent'} too, and bars gh-ost later; ${SAFE}`,
        ];
      }
      if (action.type === 'add-column' && action.column.references !== undefined) {
        return [`${statement.table}.${action.column.name} REFERENCES ${action.column.references} on an existing table: ${SAFE}`];
      }
      return [];
    });
  },
};
