import type { DestinationStream } from 'pino';

/** The fields the specs read from a JSON log line. */
export interface LogRecord {
  [key: string]: unknown;
  name?: string;
  msg?: string;
  time?: number;
  trace_id?: string;
  span_id?: string;
  subject?: string;
  err?: { message: string; stack: string; cause: { message: string } };
  req?: { id?: string; url?: string; headers?: Record<string, string> };
}

export interface LogCapture extends DestinationStream {
  lines: string[];
  records(): LogRecord[];
}

/** A pino destination that keeps every line it is given, for asserting on real logger output. */
export function captureLogs(): LogCapture {
  const lines: string[] = [];
  return {
    lines,
    write: (line: string) => void lines.push(line),
    records: () => lines.map((line) => JSON.parse(line) as LogRecord),
  };
}
