/* unit-table.h — the units of measure of a language folder (lang/en/units.yaml), read
 * into the language object (lang/language.h) and validated as its other files are.
 *
 * A unit says what it measures (its dimension: length, area, speed, ...) and how to
 * bring it to the dimension's base unit; its spellings are cut into tokens by the
 * tokenizer itself when the table loads, so a spelling matches a sentence exactly as
 * the sentence is cut: "km²" is "km" and a glued "²", "°C" is "°" and a glued "c".
 * Reading a unit in a sentence is normalize/units.c's.
 */
#pragma once

#include <glib.h>

#include "base/schema.h"

G_BEGIN_DECLS

typedef struct _ContraUnit ContraUnit;

struct _ContraUnit {
  const char *name;       /* canonical, interned: "km", "nautical mile", "°C" */
  const char *dimension;  /* interned: "length", "area", "speed", ... */
  double factor;          /* base units in one unit */
  double offset;          /* base = value × factor + offset (temperatures) */
  double spread;          /* the unit's own uncertainty, a share ("ton": 0.06) */
  const ContraUnit *then; /* the smaller unit of a compound ("ft" -> "in"), or NULL */
};

#define CONTRA_UNIT_SPELLING_MAX_TOKENS 6

/* One spelling of a unit, cut into folded tokens. */
typedef struct {
  const ContraUnit *unit;
  guint n;           /* tokens */
  guint32 glue;      /* bit k: token k is glued to token k - 1 */
  gboolean gluable;  /* may be glued to the number */
  gboolean weak;     /* only glued or in a compound */
  gboolean compound; /* only in a compound */
  char *fold[CONTRA_UNIT_SPELLING_MAX_TOKENS];
} ContraUnitSpelling;

typedef struct _ContraUnitTable ContraUnitTable;

/* Reads the units file @root (its keys `dimensions` and `units`); every problem goes
 * to @schema at its line and column, and reading goes on. Returns the table (free with
 * contra_unit_table_free()), which holds what was read even when problems were found. */
ContraUnitTable *contra_unit_table_read (ContraSchema *schema, const ContraYamlNode *root);

void contra_unit_table_free (ContraUnitTable *table);

/* The unit whose canonical name is @name (interned or not), or NULL; owned by @table. */
const ContraUnit *contra_unit_table_find (const ContraUnitTable *table, const char *name);

/* The spellings (ContraUnitSpelling*) whose first token folds to @fold, longest first;
 * NULL when none. Owned by @table. */
const GPtrArray *contra_unit_table_spellings (const ContraUnitTable *table, const char *fold);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraUnitTable, contra_unit_table_free)

G_END_DECLS
