/* units.h — units of measure in a sentence, as the language's units.yaml spells them.
 *
 * A quantity keeps the number and the unit the text gives ("43 mile"); its unit says
 * what it measures (its dimension: length, area, speed, ...) and how to bring it to
 * the dimension's base unit, so that "43 miles" and "69 km" compare and "43 miles"
 * and "43 mph" never do. Why a table rather than UDUNITS-2: lang/en/README.md.
 */
#pragma once

#include <glib.h>

#include "lang/unit-table.h"
#include "text/tokens.h"

G_BEGIN_DECLS

/* The unit whose canonical name is @name (interned or not) in the default language's
 * table (a claim, a rule and a report name units the same in every language), or
 * NULL. Static. */
const ContraUnit *contra_unit_find (const char *name);

/* How a unit may be written at the place it is looked for. */
typedef enum {
  CONTRA_UNIT_AFTER_NUMBER = 0, /* after a number, with a space or a hyphen */
  CONTRA_UNIT_IN_COMPOUND = 1,  /* the second part of a compound: "6 ft 9 in" */
} ContraUnitPlace;

/* A unit spelled from token @i ("km", "nautical miles", "km²", "°C", "mph"), after a
 * number: returns the unit and the tokens it spans in @span, or NULL. A spelling glued
 * to the number before it ("6′") must be one that may be glued; a weak one ("in",
 * "′") is read only glued or in a compound (@place). Static; do not free. */
const ContraUnit *contra_units_at (const ContraTokens *t, guint i, ContraUnitPlace place, guint *span);

/* The same; @compound is set when the spelling may only be part of a compound (6' 8"):
 * the caller reads the unit only if a compound follows, or if it is one's second part. */
const ContraUnit *contra_units_at_full (const ContraTokens *t, guint i, ContraUnitPlace place, guint *span,
                                        gboolean *compound);

/* A unit glued inside the number token @i, its spelling beginning at byte @offset of
 * the token ("630km", "5ft", "60km/h" with "/h" the tokens after): returns the unit
 * and in @span the tokens after @i its spelling takes, or NULL. */
const ContraUnit *contra_units_glued (const ContraTokens *t, guint i, gsize offset, guint *span);

/* @value in @unit, in its dimension's base unit. */
static inline double
contra_unit_to_base (const ContraUnit *unit, double value)
{
  return value * unit->factor + unit->offset;
}

G_END_DECLS
