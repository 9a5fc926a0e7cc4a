import type { ServiceClient } from './service-client';

/** A partition the metrics service has not consumed to its end, as its `d06_consumer_lag` gauge says. */
export interface PartitionLag {
  readonly topic: string;
  readonly partition: string;
  readonly records: number;
}

const LAG_LINE = /^d06_consumer_lag\{([^}]*)\}\s+([0-9.e+]+)\s*$/;

/** The partitions with records not yet counted, from the metrics service's Prometheus text. */
export function laggingPartitions(prometheusText: string): PartitionLag[] {
  const lagging: PartitionLag[] = [];
  for (const line of prometheusText.split('\n')) {
    const match = LAG_LINE.exec(line);
    if (!match) continue;
    const records = Number(match[2]);
    if (!(records > 0)) continue;
    const labels = Object.fromEntries(
      [...match[1].matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
    );
    lagging.push({ topic: labels.topic ?? '?', partition: labels.partition ?? '?', records });
  }
  return lagging;
}

/**
 * Why a report may not have caught up, in one line: the partitions the metrics consumer is behind on (undefined
 * when it is behind on none, or the service does not answer).
 */
export async function consumerLagNote(metrics: ServiceClient | undefined): Promise<string | undefined> {
  if (!metrics) return undefined;
  try {
    const answer = await metrics.call<unknown>('GET', '/metrics');
    if (answer.status !== 200 || typeof answer.body !== 'string') return undefined;
    const lagging = laggingPartitions(answer.body);
    if (lagging.length === 0) return undefined;
    const parts = lagging.map((lag) => `${lag.topic}/${lag.partition} by ${lag.records}`);
    return `the metrics consumer is behind on ${parts.join(', ')}`;
  } catch {
    return undefined;
  }
}
