import Ajv, { type ValidateFunction } from 'ajv';
import entitiesSchema from '../../../schemas/entities.schema.json';
import annotationsSchema from '../../../schemas/annotations.schema.json';

let ajv: Ajv | undefined;

/**
 * A validator compiled on its first use: compiling both schemas takes a third of a second, which every start of the
 * CLI, every scan worker and the extension's activation paid whether or not it validated anything.
 */
function compiledOnUse(schema: object): ValidateFunction {
  let compiled: ValidateFunction | undefined;
  const validate = ((data: unknown) => {
    if (!compiled) {
      // The very files the YAML extension validates with (package.json yamlValidation), so editor and CLI agree.
      if (!ajv) {
        ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
        // Understood by the YAML/JSON language servers; here it only improves our messages.
        ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
      }
      compiled = ajv.compile(schema);
    }
    const ok = compiled(data);
    validate.errors = compiled.errors;
    return ok;
  }) as ValidateFunction;
  return validate;
}

/** Validates a parsed entities.yaml value. */
export const validateRegistry: ValidateFunction = compiledOnUse(entitiesSchema);
/** Validates a parsed annotation sidecar value. */
export const validateSidecar: ValidateFunction = compiledOnUse(annotationsSchema);
