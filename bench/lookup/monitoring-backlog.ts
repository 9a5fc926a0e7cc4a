import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';

export interface ShippingFigures {
  /** Message-log entries not yet published when the load stopped. */
  readonly backlogAtEnd: number;
  /** Seconds until every entry of the run was published as a monitoring record. */
  readonly secondsToDrain: number;
  readonly entriesLogged: number;
  /** Records on exchange.calls.v1 once drained: equal to the entries logged when none was lost or sent twice. */
  readonly recordsOnKafka: number;
}

/**
 * How far the monitoring shipper (the gateway's primary, at a lower CPU priority) lagged behind the message log
 * when the load stopped, and how long it took to publish the rest: records are never dropped, only delayed.
 */
export async function monitoringBacklog(
  databaseUrl: string,
  schema: string,
  kafka: { brokers: string[]; topic: string },
): Promise<ShippingFigures> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const backlog = async () => {
    const { rows } = await client.query<{ behind: string | null; logged: string | null }>(
      `SELECT sum(l.last - p.seq) AS behind, sum(l.last) AS logged
       FROM (SELECT chain, max(seq) AS last FROM "${schema}".message_log GROUP BY chain) l
       JOIN "${schema}".monitoring_positions p USING (chain)`,
    );
    return { behind: Number(rows[0].behind ?? 0), logged: Number(rows[0].logged ?? 0) };
  };
  try {
    const started = Date.now();
    const first = await backlog();
    let current = first;
    while (current.behind > 0 && Date.now() - started < 300_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      current = await backlog();
    }
    const secondsToDrain = Math.round((Date.now() - started) / 100) / 10;
    return {
      backlogAtEnd: first.behind,
      secondsToDrain,
      entriesLogged: current.logged,
      recordsOnKafka: await recordsOn(kafka.brokers, kafka.topic),
    };
  } finally {
    await client.end();
  }
}

/** The run's schemas go when it ends (the figures are in bench/results). */
export async function dropSchemas(databaseUrl: string, schemas: readonly string[]): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** How many records a topic holds (every partition, from its start). */
async function recordsOn(brokers: string[], topic: string): Promise<number> {
  const admin = new Kafka({ clientId: 'd06-bench', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, o) => sum + Number(o.high) - Number(o.low), 0);
  } finally {
    await admin.disconnect();
  }
}
