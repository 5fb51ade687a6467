import Ajv, { type ValidateFunction } from 'ajv';
import entitiesSchema from '../../../schemas/entities.schema.json';
import annotationsSchema from '../../../schemas/annotations.schema.json';

// The very files the YAML extension validates with (package.json yamlValidation), so editor and CLI agree.
const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
// Understood by the YAML/JSON language servers; here it only improves our messages.
ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });

/** Validates a parsed entities.yaml value. */
export const validateRegistry: ValidateFunction = ajv.compile(entitiesSchema);
/** Validates a parsed annotation sidecar value. */
export const validateSidecar: ValidateFunction = ajv.compile(annotationsSchema);
