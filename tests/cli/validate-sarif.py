#!/usr/bin/env python3
"""validate-sarif.py SCHEMA FILE... - check SARIF logs against the SARIF 2.1.0 schema.

Uses the jsonschema package (Debian: python3-jsonschema) with the validator class the
schema's own "$schema" names (draft-04 for SARIF 2.1.0) and its format checker. Prints
every problem as "FILE: /json/pointer: message"; exit status 1 when any file is
invalid, 2 when the schema itself is not a valid schema.
"""
import json
import sys

import jsonschema


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    with open(argv[0], encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    try:
        cls.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"{argv[0]}: not a valid schema: {e.message}")
        return 2
    checker = getattr(cls, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
    validator = cls(schema, format_checker=checker)
    invalid = 0
    for path in argv[1:]:
        with open(path, encoding="utf-8") as f:
            log = json.load(f)
        errors = sorted(validator.iter_errors(log), key=lambda e: list(map(str, e.absolute_path)))
        for e in errors:
            pointer = "/" + "/".join(str(p) for p in e.absolute_path)
            print(f"{path}: {pointer}: {e.message}")
        invalid += bool(errors)
        if not errors:
            print(f"{path}: valid ({cls.__name__})")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
