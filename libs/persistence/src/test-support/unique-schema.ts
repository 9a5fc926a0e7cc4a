let counter = 0;

/** A schema name no other test run uses, so runs against a shared database never collide. */
export function uniqueSchema(prefix: string): string {
  counter += 1;
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter}`;
}
