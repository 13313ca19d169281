/** Models of the interchange format (zod 4 schemas; each is a Standard Schema and exports to JSON Schema). */
export { citationSchema, civilDateSchema, localizedTextSchema, sexSchema } from './common.js';
export { jsonSchemaFor } from './json-schema.js';
export {
  authorityBodySchema,
  authorityLevelSchema,
  authoritySchema,
  convictionSchema,
  disciplineFormSchema,
  exemptionReasonSchema,
  type Member,
  type MemberEvent,
  type MemberEventOf,
  type MemberEventType,
  memberEventBaseSchema,
  memberEventSchema,
  memberEventTypes,
  memberKind,
  memberSchema,
  strikeOffGroundSchema,
  suspensionEndReasonSchema,
  suspensionGroundSchema,
  transferModeSchema,
  voteSchema,
} from './member.js';
export {
  administrativeLevelSchema,
  type Organization,
  type OrganizationType,
  organizationKind,
  organizationSchema,
  organizationTypeSchema,
  windowSchema,
} from './organization.js';
export { type Person, personSchema } from './person.js';
