// Every test process: Nest's own logger stays quiet unless LOG_LEVEL asks for output, so failures stand out.
const { Logger } = require('@nestjs/common');

if (!process.env.LOG_LEVEL) Logger.overrideLogger(['error']);
