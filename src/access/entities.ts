import type { EntityJson, EntityUidJson } from '@cedar-policy/cedar-wasm/nodejs';
import type { AccessResource } from '../core/access/resources.js';
import { classificationRank, type Principal } from '../core/principal.js';

/** All Waypoint entity types live in this Cedar namespace (waypoint.cedarschema). */
export const NAMESPACE = 'Waypoint';

/**
 * The Cedar id of a principal: users.id for users; `system:<name>` for system
 * actors, which can never collide with a UUID.
 */
export function principalEntityId(principal: Principal): string {
  return principal.userId ?? `system:${principal.username}`;
}

/**
 * The principal as a Cedar `User` entity. A user is always on their own
 * distribution as `user:<id>`, so a document can name single people.
 *
 * @example
 *   userEntity({ kind: 'user', userId: 'u1', username: 'ana', roles: ['counsel'], clearance: 'SBU', country: null });
 *   // { uid: { type: 'Waypoint::User', id: 'u1' }, attrs: { clearance: 1, foreign: false, ... }, parents: [] }
 */
export function userEntity(principal: Principal): EntityJson {
  const id = principalEntityId(principal);
  return {
    uid: { type: `${NAMESPACE}::User`, id },
    attrs: {
      id,
      roles: [...principal.roles],
      clearance: classificationRank(principal.clearance),
      country: principal.country ?? '',
      foreign: principal.country !== null,
      active: principal.active ?? true,
      agency: principal.agency ?? '',
      distribution: [...(principal.distribution ?? []), `user:${id}`],
    },
    parents: [],
  };
}

export function resourceUid(resource: AccessResource): EntityUidJson {
  return { type: `${NAMESPACE}::${resource.type}`, id: resource.id };
}

/**
 * The resource as a Cedar entity. Nulls become "" because Cedar has no null;
 * every policy that compares such a field first requires the principal's side
 * to be non-empty, so "" never matches "".
 */
export function resourceEntity(resource: AccessResource): EntityJson {
  return { uid: resourceUid(resource), attrs: resourceAttributes(resource), parents: [] };
}

function resourceAttributes(resource: AccessResource): EntityJson['attrs'] {
  switch (resource.type) {
    case 'Case':
      return {
        agency: resource.agency,
        officerId: resource.officerId ?? '',
        teamIds: [...resource.teamIds],
        counselId: resource.counselId ?? '',
        proposedCountry: resource.proposedCountry ?? '',
        agreementId: resource.agreementId ?? '',
        state: resource.state,
      };
    case 'Person':
      return {
        agencies: [...resource.agencies],
        teamIds: [...resource.teamIds],
        counselIds: [...resource.counselIds],
        proposedCountries: [...resource.proposedCountries],
      };
    case 'Agreement':
      return { sendingCountry: resource.sendingCountry, receivingCountry: resource.receivingCountry };
    case 'Transfer':
      return { agency: resource.agency, agreementId: resource.agreementId, receivingCountry: resource.receivingCountry };
    case 'Document':
      return {
        classificationRank: classificationRank(resource.classification),
        caveats: [...resource.caveats],
        distribution: [...resource.distribution],
        counselIds: [...resource.counselIds],
        releasableTo: [...resource.releasableTo],
      };
    case 'Paragraph':
      return {
        documentId: resource.documentId,
        classificationRank: classificationRank(resource.classification),
        caveats: [...resource.caveats],
        distribution: [...resource.distribution],
      };
    case 'Country':
    case 'DocumentIndex':
    case 'RuleSet':
    case 'AuditLog':
    case 'Report':
    case 'UserAdmin':
    case 'TokenAdmin':
    case 'Config':
      return {};
  }
}

/**
 * The entity with only the named attributes (all of them when names is null).
 * Used to pass Cedar only what the action's policies can read (see policy-attributes.ts).
 */
export function withAttributes(entity: EntityJson, names: ReadonlySet<string> | null): EntityJson {
  if (names === null) return entity;
  const attrs: EntityJson['attrs'] = {};
  for (const name of names) {
    const value = entity.attrs[name];
    if (value !== undefined) attrs[name] = value;
  }
  return { uid: entity.uid, attrs, parents: entity.parents };
}
