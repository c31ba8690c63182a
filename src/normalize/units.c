/* units.c — units of measure from lang/en/units.yaml.
 *
 * Each spelling is cut into tokens by the tokenizer itself when the table loads, so a
 * spelling matches a sentence exactly as the sentence is cut: "km²" is "km" and a
 * glued "²", "°C" is "°" and a glued "c". Spellings are indexed by their first folded
 * token and tried longest first, so "miles per hour" wins over "miles".
 */
#include "normalize/units.h"

#include <string.h>

#include "lang/lang.h"

#define MAX_SPELLING_TOKENS 6
#define UNITS_FILE "en/units.yaml"

typedef struct {
  const ContraUnit *unit;
  guint n;           /* tokens */
  guint32 glue;      /* bit k: token k is glued to token k - 1 */
  gboolean gluable;  /* may be glued to the number */
  gboolean weak;     /* only glued or in a compound */
  gboolean compound; /* only in a compound */
  char *fold[MAX_SPELLING_TOKENS];
} Spelling;

typedef struct {
  GHashTable *by_name;  /* interned name -> ContraUnit */
  GHashTable *by_first; /* first folded token -> GPtrArray of Spelling, longest first */
} UnitTable;

static gboolean
in_list (char **list, const char *s)
{
  return list != NULL && g_strv_contains ((const char *const *) list, s);
}

static int
longest_first (gconstpointer a, gconstpointer b)
{
  const Spelling *x = *(Spelling *const *) a, *y = *(Spelling *const *) b;
  return (int) y->n - (int) x->n;
}

static void
add_spelling (UnitTable *table, ContraTokens *t, const ContraUnit *unit, const char *text, char **glued, char **weak,
              char **compound, const ContraYamlNode *at)
{
  contra_tokens_scan (t, text, strlen (text));
  if (t->n_tokens == 0 || t->n_tokens > MAX_SPELLING_TOKENS)
    g_error ("lang/" UNITS_FILE ":%u:%u: error: the spelling '%s' of '%s' must have 1 to %d tokens", at->line,
             at->column, text, unit->name, MAX_SPELLING_TOKENS);

  Spelling *s = g_new0 (Spelling, 1);
  s->unit = unit;
  s->n = t->n_tokens;
  s->gluable = in_list (glued, text);
  s->weak = in_list (weak, text);
  s->compound = in_list (compound, text);
  for (guint k = 0; k < t->n_tokens; k++)
    {
      s->fold[k] = g_strdup (contra_tokens_fold (t, k));
      if (k > 0 && !(t->tokens[k].flags & CONTRA_TOKEN_SPACE_BEFORE))
        s->glue |= 1u << k;
    }

  GPtrArray *list = g_hash_table_lookup (table->by_first, s->fold[0]);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (table->by_first, g_strdup (s->fold[0]), list);
    }
  g_ptr_array_add (list, s);
  g_ptr_array_sort (list, longest_first);
}

static void
load_unit (UnitTable *table, ContraTokens *t, const ContraYamlNode *dimensions, const ContraYamlNode *node,
           GPtrArray *thens)
{
  const char *name = contra_lang_string (UNITS_FILE, node, "unit");
  const char *dimension = contra_lang_string (UNITS_FILE, node, "dimension");

  if (name == NULL || dimension == NULL || contra_yaml_mapping_get (dimensions, dimension) == NULL)
    g_error ("lang/" UNITS_FILE ":%u:%u: error: a unit needs a 'unit' and a 'dimension' of 'dimensions'", node->line,
             node->column);

  ContraUnit *unit = g_new0 (ContraUnit, 1);
  unit->name = g_intern_string (name);
  unit->dimension = g_intern_string (dimension);
  unit->factor = contra_lang_double (UNITS_FILE, node, "factor", 0);
  unit->offset = contra_lang_double (UNITS_FILE, node, "offset", 0);
  unit->spread = contra_lang_double (UNITS_FILE, node, "spread", 0);
  if (!(unit->factor > 0) || !(unit->spread >= 0 && unit->spread < 1))
    g_error ("lang/" UNITS_FILE ":%u:%u: error: '%s' needs a positive factor and a spread in [0, 1)", node->line,
             node->column, name);
  g_hash_table_insert (table->by_name, (gpointer) unit->name, unit);

  g_auto (GStrv) names = contra_lang_strings (UNITS_FILE, node, "names");
  g_auto (GStrv) glued = contra_lang_strings (UNITS_FILE, node, "glued");
  g_auto (GStrv) weak = contra_lang_strings (UNITS_FILE, node, "weak");
  g_auto (GStrv) compound = contra_lang_strings (UNITS_FILE, node, "compound");
  for (guint k = 0; names[k] != NULL; k++)
    add_spelling (table, t, unit, names[k], glued, weak, compound, node);
  for (guint k = 0; glued[k] != NULL; k++)
    if (!in_list (names, glued[k]))
      add_spelling (table, t, unit, glued[k], glued, weak, compound, node);

  const char *then = contra_lang_string (UNITS_FILE, node, "then");
  if (then != NULL)
    {
      g_ptr_array_add (thens, unit);
      g_ptr_array_add (thens, (gpointer) g_intern_string (then));
    }
}

static const UnitTable *
unit_table (void)
{
  static UnitTable table;
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      g_autoptr (ContraYamlNode) root = contra_lang_load (UNITS_FILE);
      const ContraYamlNode *dimensions = contra_yaml_mapping_get (root, "dimensions");
      const ContraYamlNode *units = contra_yaml_mapping_get (root, "units");
      ContraTokens *t = contra_tokens_new ();
      g_autoptr (GPtrArray) thens = g_ptr_array_new ();

      if (dimensions == NULL || units == NULL || units->kind != CONTRA_YAML_SEQUENCE)
        g_error ("lang/" UNITS_FILE ": error: it needs 'dimensions' and a list of 'units'");
      table.by_name = g_hash_table_new (g_direct_hash, g_direct_equal);
      table.by_first = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint k = 0; k < contra_yaml_length (units); k++)
        load_unit (&table, t, dimensions, contra_yaml_item_at (units, k), thens);
      for (guint k = 0; k < thens->len; k += 2)
        {
          ContraUnit *unit = thens->pdata[k];
          unit->then = g_hash_table_lookup (table.by_name, thens->pdata[k + 1]);
          if (unit->then == NULL || unit->then->dimension != unit->dimension)
            g_error ("lang/" UNITS_FILE ": error: '%s' is followed by '%s', not a unit of its dimension", unit->name,
                     (const char *) thens->pdata[k + 1]);
        }
      contra_tokens_free (t);
      g_once_init_leave (&ready, 1);
    }
  return &table;
}

const ContraUnit *
contra_unit_find (const char *name)
{
  if (name == NULL)
    return NULL;
  return g_hash_table_lookup (unit_table ()->by_name, g_intern_string (name));
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
  if (i >= t->n_tokens || t->tokens[i].kind == CONTRA_TOKEN_NUMBER)
    return NULL;

  GPtrArray *list = g_hash_table_lookup (unit_table ()->by_first, contra_tokens_fold (t, i));
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

  GPtrArray *list = g_hash_table_lookup (unit_table ()->by_first, suffix);
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
