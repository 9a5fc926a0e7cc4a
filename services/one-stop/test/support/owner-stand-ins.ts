import type { CloudEvent } from 'cloudevents';
import { EVENT_TYPES, TOPICS, type LinkedStepRequestedV1 } from '@d06/contracts';
import type { EventBus, NewEvent, SubscriptionHandle } from '@d06/messaging';

export type Behaviour = 'complete' | 'refuse' | 'silent' | 'complete-twice';

const REPLY_TYPE = {
  'residence-registration': EVENT_TYPES.POPULATION_LINKED_STEP_REPLIED,
  'residence-removal': EVENT_TYPES.POPULATION_LINKED_STEP_REPLIED,
  'bhyt-child-card': EVENT_TYPES.BHYT_LINKED_STEP_REPLIED,
  'funeral-allowance': EVENT_TYPES.SSA_LINKED_STEP_REPLIED,
} as const;

type OwnedStep = keyof typeof REPLY_TYPE;

/** What each owner produces when it completes its step (the contract's fields). */
function outputOf(step: OwnedStep, request: LinkedStepRequestedV1): Record<string, unknown> {
  switch (step) {
    case 'residence-registration':
      return { childIdNumber: '038323000777' };
    case 'bhyt-child-card':
      return request.childIdNumber ? { cardCode: 'TE1383812345678' } : {};
    case 'funeral-allowance':
      return { amountVnd: 10_000_000, paymentReference: 'MTP-2023-0001' };
    case 'residence-removal':
      return {};
  }
}

/**
 * Contract-level stand-ins of population, BHXH and social security: they consume linked.step.requested and
 * answer on their own event types as the real owners would — completed, refused, silent, or completed twice (a
 * redelivered answer under the same event id plus a re-sent one under a new id).
 */
export class OwnerStandIns {
  readonly requests: LinkedStepRequestedV1[] = [];
  readonly behaviour: Record<OwnedStep, Behaviour> = {
    'residence-registration': 'complete',
    'residence-removal': 'complete',
    'bhyt-child-card': 'complete',
    'funeral-allowance': 'complete',
  };
  private subscription: SubscriptionHandle | undefined;

  constructor(private readonly bus: EventBus) {}

  async start(group: string): Promise<void> {
    this.subscription = await this.bus.subscribe({
      group,
      topics: [TOPICS.onestop],
      handler: async ({ event }) => {
        if (event.type !== EVENT_TYPES.LINKED_STEP_REQUESTED) return;
        await this.answer((event as CloudEvent<LinkedStepRequestedV1>).data!);
      },
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }

  reset(): void {
    for (const step of Object.keys(this.behaviour) as OwnedStep[]) this.behaviour[step] = 'complete';
  }

  private async answer(request: LinkedStepRequestedV1): Promise<void> {
    this.requests.push(request);
    const step = request.step as OwnedStep;
    const behaviour = this.behaviour[step];
    if (!behaviour || behaviour === 'silent') return;
    const base = {
      runId: request.runId,
      dossierCode: request.dossierCode,
      step,
      attempt: request.attempt,
      occurredAt: request.occurredAt,
    };
    const reply: NewEvent =
      behaviour === 'refuse'
        ? {
            type: REPLY_TYPE[step],
            data: {
              ...base,
              outcome: 'failed',
              reasonCode: 'not-eligible',
              reason: 'the stand-in refuses this step',
            },
          }
        : { type: REPLY_TYPE[step], data: { ...base, outcome: 'completed', ...outputOf(step, request) } };
    const [sent] = await this.bus.publish([reply]);
    if (behaviour === 'complete-twice') {
      await this.bus.publishEnvelopes([sent]); // the same event again: a redelivery
      await this.bus.publish([reply]); // the same answer under a new id: a re-sent reply
    }
  }
}
