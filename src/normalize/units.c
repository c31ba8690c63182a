/* units.c — units of measure in a sentence.
 *
 * The table is the language's (lang/en/units.yaml, read and validated with the other
 * files of the folder: lang/unit-table.h). A spelling is looked up by the folded
 * token it starts with and tried longest first, so "miles per hour" wins over
 * "miles"; its tokens must be glued or spaced as the file writes them.
 */
#include "normalize/units.h"

#include <string.h>

#include "lang/language.h"

typedef ContraUnitSpelling Spelling;

const ContraUnit *
contra_unit_find (const char *name)
{
  return contra_unit_table_find (contra_language_units (contra_language_default ()), name);
}

/* TRUE when tokens @j + 1 .. of @t follow spelling @s's tokens after the first. */
static gboolean
rest_matches (const ContraTokens *t, guint j, const Spelling *s)
{
  for (guint k = 1; k < s->n; k++)
    {
      guint at = j + k;
      if (at >= t->n_tokens || strcmp (contra_tokens_fold (t, at), s->fold[k]) != 0)
        return FALSE;
      gboolean glued = (t->tokens[at].flags & CONTRA_TOKEN_SPACE_BEFORE) == 0;
      if (glued != (gboolean) ((s->glue >> k) & 1))
        return FALSE;
    }
  /* A word glued on after the spelling makes it another word: "m" in "mil". */
  guint after = j + s->n;
  return after >= t->n_tokens || (t->tokens[after].flags & CONTRA_TOKEN_SPACE_BEFORE)
         || t->tokens[after].kind != CONTRA_TOKEN_WORD;
}

const ContraUnit *
contra_units_at (const ContraTokens *t, guint i, ContraUnitPlace place, guint *span)
{
  gboolean compound;
  const ContraUnit *unit = contra_units_at_full (t, i, place, span, &compound);

  return compound && place != CONTRA_UNIT_IN_COMPOUND ? NULL : unit;
}

const ContraUnit *
contra_units_at_full (const ContraTokens *t, guint i, ContraUnitPlace place, guint *span, gboolean *compound)
{
  *compound = FALSE;
  if (i >= t->n_tokens || t->tokens[i].kind == CONTRA_TOKEN_NUMBER)
    return NULL;

  const GPtrArray *list = contra_unit_table_spellings (contra_language_units (t->language), contra_tokens_fold (t, i));
  gboolean glued
    = i > 0 && !(t->tokens[i].flags & CONTRA_TOKEN_SPACE_BEFORE) && t->tokens[i - 1].kind == CONTRA_TOKEN_NUMBER;

  for (guint k = 0; list != NULL && k < list->len; k++)
    {
      const Spelling *s = list->pdata[k];
      if (glued && !s->gluable)
        continue;
      if (s->weak && !glued && place != CONTRA_UNIT_IN_COMPOUND)
        continue;
      if (rest_matches (t, i, s))
        {
          *span = s->n;
          *compound = s->compound;
          return s->unit;
        }
    }
  return NULL;
}

const ContraUnit *
contra_units_glued (const ContraTokens *t, guint i, gsize offset, guint *span)
{
  if (i >= t->n_tokens)
    return NULL;

  gsize len = t->tokens[i].end - t->tokens[i].start;
  if (offset >= len || len - offset > 16)
    return NULL;

  char suffix[17];
  for (gsize k = offset; k < len; k++)
    suffix[k - offset] = g_ascii_tolower (t->text[t->tokens[i].start + k]);
  suffix[len - offset] = '\0';

  const GPtrArray *list = contra_unit_table_spellings (contra_language_units (t->language), suffix);
  for (guint k = 0; list != NULL && k < list->len; k++)
    {
      const Spelling *s = list->pdata[k];
      if (s->gluable && rest_matches (t, i, s))
        {
          *span = s->n - 1;
          return s->unit;
        }
    }
  return NULL;
}
