// X-Road identifiers: INSTANCE/CLASS/MEMBER[/SUBSYSTEM[/SERVICE]]; parts are percent-decoded, never contain "/".

const PART = /^[^/\s]{1,100}$/;

/** A subsystem (client or provider) `INSTANCE/CLASS/MEMBER/SUBSYSTEM`, or undefined when malformed. */
export function parseSubsystemId(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const parts = text.trim().split('/');
  if (parts.length !== 4 || !parts.every((part) => PART.test(part))) return undefined;
  return parts.join('/');
}

/** The member `INSTANCE/CLASS/MEMBER` of a subsystem or service id. */
export function memberOf(id: string): string {
  return id.split('/').slice(0, 3).join('/');
}

/** The subsystem `INSTANCE/CLASS/MEMBER/SUBSYSTEM` of a service id. */
export function subsystemOf(serviceId: string): string {
  return serviceId.split('/').slice(0, 4).join('/');
}

/** X-Road's JSON identifier object (metaservices). */
export function xroadIdJson(id: string, objectType: 'MEMBER' | 'SUBSYSTEM' | 'SERVICE') {
  const [instance, memberClass, memberCode, subsystem, service] = id.split('/');
  return {
    object_type: objectType,
    xroad_instance: instance,
    member_class: memberClass,
    member_code: memberCode,
    ...(subsystem !== undefined ? { subsystem_code: subsystem } : {}),
    ...(service !== undefined ? { service_code: service } : {}),
  };
}
