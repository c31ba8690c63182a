/* unit-table.c — reading lang/en/units.yaml into a table of units and spellings.
 *
 * Spellings are indexed by their first folded token and kept longest first, so that
 * "miles per hour" is tried before "miles". A unit's `then` may name a unit given
 * later in the file, so those links are made after every unit is read.
 */
#include "lang/unit-table.h"

#include <string.h>

#include "text/tokens.h"

struct _ContraUnitTable {
  GHashTable *by_name;  /* interned name -> ContraUnit (owned) */
  GHashTable *by_first; /* first folded token -> GPtrArray of ContraUnitSpelling, longest first */
};

static void
spelling_free (gpointer data)
{
  ContraUnitSpelling *s = data;

  for (guint k = 0; k < s->n; k++)
    g_free (s->fold[k]);
  g_free (s);
}

static int
longest_first (gconstpointer a, gconstpointer b)
{
  const ContraUnitSpelling *x = *(ContraUnitSpelling *const *) a, *y = *(ContraUnitSpelling *const *) b;
  return (int) y->n - (int) x->n;
}

static gboolean
in_list (char **list, const char *s)
{
  return list != NULL && g_strv_contains ((const char *const *) list, s);
}

static void
add_spelling (ContraUnitTable *table, ContraSchema *schema, ContraTokens *t, const ContraUnit *unit, const char *text,
              const ContraYamlNode *at, char **glued, char **weak, char **compound)
{
  contra_tokens_scan (t, text, strlen (text));
  if (t->n_tokens == 0 || t->n_tokens > CONTRA_UNIT_SPELLING_MAX_TOKENS)
    {
      contra_schema_error (schema, at, "the spelling '%s' of '%s' must have 1 to %d tokens", text, unit->name,
                           CONTRA_UNIT_SPELLING_MAX_TOKENS);
      return;
    }

  ContraUnitSpelling *s = g_new0 (ContraUnitSpelling, 1);
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
      list = g_ptr_array_new_with_free_func (spelling_free);
      g_hash_table_insert (table->by_first, g_strdup (s->fold[0]), list);
    }
  g_ptr_array_add (list, s);
  g_ptr_array_sort (list, longest_first);
}

/* The number at @key of @node, @fallback when absent; a scalar that is no number is
 * reported. */
static double
read_number (ContraSchema *schema, const ContraYamlNode *node, const char *key, double fallback)
{
  const char *s = contra_schema_string (schema, node, key);
  char *end;

  if (s == NULL)
    return fallback;
  double v = g_ascii_strtod (s, &end);
  if (*s == '\0' || *end != '\0')
    contra_schema_error (schema, contra_yaml_mapping_get (node, key), "'%s' must be a number, not '%s'", key, s);
  return v;
}

/* Every item of @list that is not in @names is reported: a spelling marked glued, weak
 * or compound must be one of the unit's (`glued` may add its own). */
static void
check_marked (ContraSchema *schema, const char *key, char **list, GPtrArray *nodes, char **names, char **glued)
{
  for (guint k = 0; list != NULL && list[k] != NULL; k++)
    if (!in_list (names, list[k]) && !in_list (glued, list[k]))
      contra_schema_error (schema, nodes->pdata[k], "the %s spelling '%s' is none of the unit's names", key, list[k]);
}

static void
read_unit (ContraUnitTable *table, ContraSchema *schema, ContraTokens *t, const ContraYamlNode *dimensions,
           const ContraYamlNode *node, GPtrArray *thens)
{
  static const char *const keys[]
    = {"unit", "dimension", "factor", "offset", "spread", "names", "glued", "weak", "compound", "then", NULL};

  if (!contra_schema_mapping (schema, node, "a unit", keys))
    return;
  gboolean complete = contra_schema_require (schema, node, "unit", "a unit");
  complete = contra_schema_require (schema, node, "dimension", "a unit") && complete;
  complete = contra_schema_require (schema, node, "factor", "a unit") && complete;
  const char *name = contra_schema_string (schema, node, "unit");
  const char *dimension = contra_schema_string (schema, node, "dimension");
  if (!complete || name == NULL || dimension == NULL)
    return;
  if (dimensions != NULL && contra_yaml_mapping_get (dimensions, dimension) == NULL)
    {
      contra_schema_error (schema, contra_yaml_mapping_get (node, "dimension"), "'%s' is not one of 'dimensions'",
                           dimension);
      return;
    }
  if (g_hash_table_contains (table->by_name, g_intern_string (name)))
    {
      contra_schema_error (schema, contra_yaml_mapping_get (node, "unit"), "the unit '%s' is given twice", name);
      return;
    }

  ContraUnit *unit = g_new0 (ContraUnit, 1);
  unit->name = g_intern_string (name);
  unit->dimension = g_intern_string (dimension);
  unit->factor = read_number (schema, node, "factor", 0);
  unit->offset = read_number (schema, node, "offset", 0);
  unit->spread = read_number (schema, node, "spread", 0);
  if (!(unit->factor > 0))
    contra_schema_error (schema, contra_yaml_mapping_get (node, "factor"), "the factor of '%s' must be above 0", name);
  if (!(unit->spread >= 0 && unit->spread < 1))
    contra_schema_error (schema, contra_yaml_mapping_get (node, "spread"), "the spread of '%s' must be in [0, 1)",
                         name);
  g_hash_table_insert (table->by_name, (gpointer) unit->name, unit);

  g_autoptr (GPtrArray) name_nodes = g_ptr_array_new ();
  g_autoptr (GPtrArray) glued_nodes = g_ptr_array_new ();
  g_autoptr (GPtrArray) weak_nodes = g_ptr_array_new ();
  g_autoptr (GPtrArray) compound_nodes = g_ptr_array_new ();
  g_auto (GStrv) names = contra_schema_strings (schema, node, "names", name_nodes);
  g_auto (GStrv) glued = contra_schema_strings (schema, node, "glued", glued_nodes);
  g_auto (GStrv) weak = contra_schema_strings (schema, node, "weak", weak_nodes);
  g_auto (GStrv) compound = contra_schema_strings (schema, node, "compound", compound_nodes);
  if (names == NULL && glued == NULL)
    contra_schema_error (schema, node, "the unit '%s' needs 'names' or 'glued' spellings", name);
  check_marked (schema, "weak", weak, weak_nodes, names, glued);
  check_marked (schema, "compound", compound, compound_nodes, names, glued);
  for (guint k = 0; names != NULL && names[k] != NULL; k++)
    add_spelling (table, schema, t, unit, names[k], name_nodes->pdata[k], glued, weak, compound);
  for (guint k = 0; glued != NULL && glued[k] != NULL; k++)
    if (!in_list (names, glued[k]))
      add_spelling (table, schema, t, unit, glued[k], glued_nodes->pdata[k], glued, weak, compound);

  const char *then = contra_schema_string (schema, node, "then");
  if (then != NULL)
    {
      g_ptr_array_add (thens, unit);
      g_ptr_array_add (thens, (gpointer) contra_yaml_mapping_get (node, "then"));
    }
}

ContraUnitTable *
contra_unit_table_read (ContraSchema *schema, const ContraYamlNode *root)
{
  static const char *const keys[] = {"dimensions", "units", NULL};
  g_autoptr (ContraUnitTable) table = g_new0 (ContraUnitTable, 1);
  g_autoptr (ContraTokens) t = contra_tokens_new_for (NULL);
  g_autoptr (GPtrArray) thens = g_ptr_array_new ();

  table->by_name = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  table->by_first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  if (root == NULL || !contra_schema_mapping (schema, root, "units.yaml", keys))
    return g_steal_pointer (&table);
  contra_schema_require (schema, root, "dimensions", "units.yaml");
  contra_schema_require (schema, root, "units", "units.yaml");

  const ContraYamlNode *dimensions = contra_yaml_mapping_get (root, "dimensions");
  const ContraYamlNode *units = contra_yaml_mapping_get (root, "units");
  if (dimensions != NULL && dimensions->kind != CONTRA_YAML_MAPPING)
    {
      contra_schema_error (schema, dimensions, "'dimensions' must be a mapping of dimensions to base units");
      dimensions = NULL;
    }
  if (units != NULL && units->kind != CONTRA_YAML_SEQUENCE)
    contra_schema_error (schema, units, "'units' must be a list of units");
  for (guint k = 0; units != NULL && units->kind == CONTRA_YAML_SEQUENCE && k < contra_yaml_length (units); k++)
    read_unit (table, schema, t, dimensions, contra_yaml_item_at (units, k), thens);
  for (guint k = 0; k < thens->len; k += 2)
    {
      ContraUnit *unit = thens->pdata[k];
      const ContraYamlNode *then = thens->pdata[k + 1];
      unit->then = g_hash_table_lookup (table->by_name, g_intern_string (then->scalar));
      if (unit->then == NULL || unit->then->dimension != unit->dimension)
        {
          contra_schema_error (schema, then, "'%s' is followed by '%s', not a unit of its dimension", unit->name,
                               then->scalar);
          unit->then = NULL;
        }
    }
  return g_steal_pointer (&table);
}

void
contra_unit_table_free (ContraUnitTable *table)
{
  if (table == NULL)
    return;
  g_clear_pointer (&table->by_first, g_hash_table_unref);
  g_clear_pointer (&table->by_name, g_hash_table_unref);
  g_free (table);
}

const ContraUnit *
contra_unit_table_find (const ContraUnitTable *table, const char *name)
{
  if (name == NULL)
    return NULL;
  return g_hash_table_lookup (table->by_name, g_intern_string (name));
}

const GPtrArray *
contra_unit_table_spellings (const ContraUnitTable *table, const char *fold)
{
  return g_hash_table_lookup (table->by_first, fold);
}
