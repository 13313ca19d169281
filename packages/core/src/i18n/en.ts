import type { KernelMessages } from './vi.js';

/** Kernel messages in English. */
export const en: KernelMessages = {
  'record.unreadable': 'The record could not be read ({detail}); it was not checked.',
  'record.notObject': 'The record is not a JSON object.',
  'record.kindMissing': 'The record has no "kind" field.',
  'record.kindUnknown': 'Record kind "{kind}" is not supported (known kinds: {known}).',
  'schema.invalid_type': 'Field "{field}": wrong type (expected {expected}, received {received}).',
  'schema.required': 'Required field "{field}" is missing.',
  'schema.too_small': 'Field "{field}": value too small (minimum {minimum}).',
  'schema.too_big': 'Field "{field}": value too large (maximum {maximum}).',
  'schema.invalid_format': 'Field "{field}": invalid format ({format}).',
  'schema.invalid_value': 'Field "{field}": invalid value (allowed: {values}).',
  'schema.unrecognized_keys': 'Unsupported field(s): {keys}.',
  'schema.invalid_union': 'Field "{field}": matches none of the supported shapes.',
  'schema.other': 'Field "{field}": {detail}',
  'rule.internal': 'Internal error while checking rule {rule}: {detail}. The record was not fully checked.',
};
