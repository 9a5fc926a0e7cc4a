// Imported first by main.ts: instrumentation must patch http, pg, ioredis and kafkajs before they are loaded.
import { startTracing } from '@d06/observability';

startTracing({ serviceName: 'one-stop' });
