// Waits until a kafkajs admin call (listTopics) succeeds against the broker: the readiness probe of start.sh.
// Usage: node wait-ready.mjs <host:port> <timeoutSeconds>
import { Kafka, logLevel } from 'kafkajs';

const [broker = '127.0.0.1:9092', timeoutArg = '60'] = process.argv.slice(2);
const deadline = Date.now() + Number(timeoutArg) * 1000;
const kafka = new Kafka({
  clientId: 'd06-wait-ready',
  brokers: [broker],
  logLevel: logLevel.NOTHING,
  retry: { retries: 0 },
});

for (;;) {
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.listTopics();
    await admin.disconnect();
    process.exit(0);
  } catch {
    await admin.disconnect().catch(() => undefined);
    if (Date.now() > deadline) process.exit(1);
    await new Promise((r) => setTimeout(r, 500));
  }
}
