import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface KafkaPerfResult {
  readonly messages: number;
  readonly seconds: number;
  readonly messagesPerSecond: number;
  /** Excluding the group join (rebalance) time, as the tool reports it. */
  readonly fetchMessagesPerSecond: number;
  readonly megabytes: number;
}

/**
 * Kafka's own consumer benchmark (`kafka-consumer-perf-test`'s class, org.apache.kafka.tools.ConsumerPerformance)
 * from the same 3.9.1 jars the broker runs, on the same topic.
 */
export function kafkaConsumerPerf(
  topic: string,
  messages: number,
  bootstrap: string,
): Promise<KafkaPerfResult> {
  const lib = join(__dirname, '..', '..', 'infra', 'kafka', 'lib', '*');
  const args = [
    '-Xmx512m',
    `-Dlog4j.configuration=file:${join(__dirname, '..', '..', 'infra', 'kafka', 'log4j.properties')}`,
    '-cp',
    lib,
    'org.apache.kafka.tools.ConsumerPerformance',
    '--bootstrap-server',
    bootstrap,
    '--topic',
    topic,
    '--messages',
    String(messages),
    '--group',
    // a group of its own each time: a reused topic's earlier group would start at its end
    `${topic}-perf-${Date.now().toString(36)}`,
    '--timeout',
    '60000',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      // header: start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec,
      //         rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
      const line = out
        .trim()
        .split('\n')
        .find((l) => /^\d{4}-\d{2}-\d{2}/.test(l.trim()));
      if (code !== 0 || !line)
        return reject(new Error(`ConsumerPerformance failed (${code}): ${err || out}`));
      const cells = line.split(',').map((cell) => cell.trim());
      const [mb, , count, rate, rebalanceMs, fetchMs, , fetchRate] = cells.slice(2).map(Number);
      resolve({
        messages: count,
        seconds: (rebalanceMs + fetchMs) / 1000,
        messagesPerSecond: rate,
        fetchMessagesPerSecond: fetchRate,
        megabytes: mb,
      });
    });
  });
}
