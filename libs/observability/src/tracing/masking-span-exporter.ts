import type { AttributeValue, Attributes } from '@opentelemetry/api';
import { resources, type core, type tracing } from '@opentelemetry/sdk-node';
import { maskPersonalIds, maskPersonalIdsInText } from '../logging/personal-id-masking';

/**
 * Masks personal ID numbers in spans before they leave the process. Instrumentation records them verbatim: the
 * URL of `GET /v1/citizens/038090001234`, the Kafka message key (the citizen ID), Redis keys, exception messages,
 * and the process resource holds the command line (a CLI may take an ID as argument).
 */
export class MaskingSpanExporter implements tracing.SpanExporter {
  // Every span of a process shares one resource object: mask it once.
  private readonly maskedResources = new WeakMap<resources.Resource, resources.Resource>();

  constructor(private readonly inner: tracing.SpanExporter) {}

  export(spans: tracing.ReadableSpan[], resultCallback: (result: core.ExportResult) => void): void {
    this.inner.export(
      spans.map((span) => ({ ...maskSpan(span), resource: this.maskResource(span.resource) })),
      resultCallback,
    );
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  async forceFlush(): Promise<void> {
    await this.inner.forceFlush?.();
  }

  private maskResource(resource: resources.Resource): resources.Resource {
    let masked = this.maskedResources.get(resource);
    if (!masked) {
      masked = resources.resourceFromAttributes(maskAttributes(resource.attributes), {
        schemaUrl: resource.schemaUrl,
      });
      this.maskedResources.set(resource, masked);
    }
    return masked;
  }
}

/** A copy of the span with personal ID numbers masked in its name, status, attributes, events and links. */
export function maskSpan(span: tracing.ReadableSpan): tracing.ReadableSpan {
  return {
    name: maskPersonalIdsInText(span.name),
    kind: span.kind,
    spanContext: () => span.spanContext(),
    parentSpanContext: span.parentSpanContext,
    startTime: span.startTime,
    endTime: span.endTime,
    status: span.status.message
      ? { ...span.status, message: maskPersonalIdsInText(span.status.message) }
      : span.status,
    attributes: maskAttributes(span.attributes),
    links: span.links.map((link) => ({
      ...link,
      attributes: link.attributes && maskAttributes(link.attributes),
    })),
    events: span.events.map((event) => ({
      ...event,
      name: maskPersonalIdsInText(event.name),
      attributes: event.attributes && maskAttributes(event.attributes),
    })),
    duration: span.duration,
    ended: span.ended,
    resource: span.resource,
    instrumentationScope: span.instrumentationScope,
    droppedAttributesCount: span.droppedAttributesCount,
    droppedEventsCount: span.droppedEventsCount,
    droppedLinksCount: span.droppedLinksCount,
  };
}

function maskAttributes(attributes: Attributes): Attributes {
  const masked: Attributes = {};
  for (const [key, value] of Object.entries(attributes))
    masked[key] = maskPersonalIds(value) as AttributeValue;
  return masked;
}
