#!/usr/bin/env node
// The d06 command line. Runs the TypeScript sources directly through SWC (decorator metadata included, as NestJS
// needs), with the repository's tsconfig wherever it is called from.
'use strict';
const path = require('node:path');

process.env.SWC_NODE_PROJECT =
  process.env.SWC_NODE_PROJECT || path.join(__dirname, '..', '..', '..', 'tsconfig.json');
require('@swc-node/register');
require('../src/main.ts');
