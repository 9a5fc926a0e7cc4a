// Every test process: Nest's own logger stays quiet unless LOG_LEVEL asks for output, so failures stand out.
const { Logger } = require('@nestjs/common');

if (!process.env.LOG_LEVEL) Logger.overrideLogger(['error']);

// Component tests boot whole services; on a 2-core machine running suites in parallel 5 s is not enough. Set here
// rather than as `testTimeout`, which jest accepts only at the top level and ignores in the projects' configs.
jest.setTimeout(30_000);
