// node-sql-parser's published types cover only part of its AST (most DDL nodes are
// `any`), so the linter reads the tree through these narrow accessors instead of casts:
// a shape the grammar changes in a later version reads as "absent", and the statement
// then falls into the linter's "not understood" path instead of passing silently.

export type AstNode = Readonly<Record<string, unknown>>;

export function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function field(node: unknown, key: string): unknown {
  return isNode(node) ? node[key] : undefined;
}

export function text(node: unknown, key: string): string | undefined {
  const value = field(node, key);
  return typeof value === 'string' ? value : undefined;
}

export function lowerText(node: unknown, key: string): string | undefined {
  return text(node, key)?.toLowerCase();
}

export function num(node: unknown, key: string): number | undefined {
  const value = field(node, key);
  return typeof value === 'number' ? value : undefined;
}

export function list(node: unknown, key: string): readonly unknown[] {
  const value = field(node, key);
  return Array.isArray(value) ? value : [];
}

/** A column reference is `{ column: 'name' }` or, for quoted forms, `{ column: { expr: { value } } }`. */
export function columnName(ref: unknown): string | undefined {
  const column = field(ref, 'column');
  if (typeof column === 'string') {
    return column;
  }
  return text(field(column, 'expr'), 'value');
}

/** Every string literal anywhere below `node` (guard queries name their table and object this way). */
export function stringLiterals(node: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!isNode(value)) {
      return;
    }
    const type = value['type'];
    if ((type === 'single_quote_string' || type === 'double_quote_string') && typeof value['value'] === 'string') {
      found.push(value['value']);
    }
    Object.values(value).forEach(visit);
  };
  visit(node);
  return found;
}
