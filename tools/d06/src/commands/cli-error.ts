/**
 * The line d06 prints for an error that ends a command. A taken port — the usual first stumble (a second `npm
 * start`, or a service of another run still up) — says which port and how to move all of them.
 */
export function cliErrorMessage(error: unknown): string {
  const failure = error as { code?: unknown; port?: unknown; address?: unknown } | undefined;
  if (failure?.code === 'EADDRINUSE' && typeof failure.port === 'number') {
    const where =
      typeof failure.address === 'string' ? `${failure.address}:${failure.port}` : `port ${failure.port}`;
    return (
      `${where} is already in use (another d06 run or program is listening there). Stop it, or move every ` +
      `port of this run with PORT_BASE, e.g. PORT_BASE=24000 npm start`
    );
  }
  return error instanceof Error ? error.message : String(error);
}
