// Imported first by main.ts: instrumentation must patch http before it is loaded.
import { startTracing } from '@d06/observability';

startTracing({ serviceName: 'simulator' });
