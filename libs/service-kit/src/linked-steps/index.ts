export { LinkedStepRecord, type LinkedStepOutput } from './linked-step-record.entity';
export { LinkedStepsTable1763800000900 } from './linked-steps.migration';
export {
  LinkedStepLedger,
  refusalOfDomainError,
  type LinkedStepAnswer,
  type LinkedStepRefusal,
  type LinkedStepReplyType,
  type LinkedStepWork,
} from './linked-step-ledger';
