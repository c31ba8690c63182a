// validate-sarif.js SCHEMA FILE... - check SARIF logs against the SARIF 2.1.0 schema
// with ajv (version 6, which the npm package that ships the schema depends on; it
// reads draft-04 schemas such as SARIF's). NODE_PATH names the node_modules folder.
// Prints every problem as "FILE: /json/pointer: message"; exit status 1 when any file
// is invalid.
'use strict';
const fs = require('fs');
const Ajv = require('ajv');

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error('usage: validate-sarif.js SCHEMA FILE...');
  process.exit(2);
}
const ajv = new Ajv({schemaId: 'auto', allErrors: true, format: 'full'});
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
let invalid = 0;
for (const file of files) {
  if (validate(JSON.parse(fs.readFileSync(file, 'utf8')))) {
    console.log(`${file}: valid (ajv ${require('ajv/package.json').version})`);
    continue;
  }
  invalid++;
  for (const e of validate.errors)
    console.log(`${file}: ${e.dataPath || '/'}: ${e.message}`);
}
process.exit(invalid ? 1 : 0);
