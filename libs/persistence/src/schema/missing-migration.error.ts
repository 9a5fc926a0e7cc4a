/** The entities need schema changes that no migration makes; `statements` is the SQL TypeORM would still run. */
export class MissingMigrationError extends Error {
  constructor(
    readonly schema: string,
    readonly statements: readonly string[],
  ) {
    super(
      `Entities in schema "${schema}" need ${statements.length} schema change(s) that no migration makes. ` +
        `Write a migration containing:\n${statements.map((sql) => `  ${sql};`).join('\n')}`,
    );
    this.name = 'MissingMigrationError';
  }
}
