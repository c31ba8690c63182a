/* loader.c — reading a rule folder into a ContraRuleSet.
 *
 * Loading runs in passes so that any file may refer to a concept defined in any other:
 *   1. parse every file (a syntax error stops that file only);
 *   2. define every concept with its aliases;
 *   3. resolve the links (is_a, part_of, implies) and close them, finding cycles;
 *   4. compile patterns, compose declarations, rules and views;
 *   5. build the prefilter: for each concept and value type, the rules it triggers.
 * Every problem becomes a diagnostic and loading goes on; the set is returned only
 * when no error was found.
 */
#include "rules/ruleset.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <glib/gstdio.h>
#include <pcre2.h>
#include <string.h>

#include "base/error.h"
#include "base/strutil.h"
#include "base/schema.h"
#include "base/yaml.h"

typedef struct {
  char *path;
  ContraYamlNode *root;
} LoadedFile;

typedef enum { LINK_IS_A, LINK_PART_OF, LINK_IMPLIES } LinkKind;

typedef struct {
  ContraConcept *concept;
  LinkKind kind;
  char *target;
  const char *path;
  guint line;
  guint column;
} PendingLink;

typedef struct {
  ContraRuleSet *set;
  GPtrArray *diagnostics;
  GPtrArray *files;        /* LoadedFile* */
  GArray *links;           /* PendingLink */
  GHashTable *rule_ids;    /* id -> ContraRule* */
  GHashTable *view_ids;
  char **concept_ids;      /* for suggestions, built on first need */
} Loader;

static const char *const top_keys[] = {"pack", "description", "lexicon", "compose", "rules", "views", NULL};
static const char *const concept_keys[] = {
  "id",      "label",   "adjective",   "aliases",       "forms", "is_a",     "part_of",
  "implies", "inflect", "instance",    "single_holder", "fixed", "patterns", "requires",
  "rank",    "at_most", "description", "lower_case",    NULL,
};
static const char *const inflect_names[] = {"none", "noun", "verb", NULL};
static const char *const rule_keys[] = {
  "id", "kind", "severity", "topic", "description", "trigger", "slots", "subject",
  "specific", "steps", "claims", "examples", "counterexamples", NULL,
};
static const char *const slot_keys[] = {
  "is_a",   "not", "value",  "unit",     "dimension", "required", "side", "within", "scope",  "after", "inherit",
  "titled", "all", "prefer", "instance", "absent",    "counted",  "role", "period", "extent", NULL,
};
static const char *const period_names[] = {"any", "start", "end", NULL};
static const char *const role_names[]
  = {"about", "counted", "place", "measured", "first", "occasion", "quoted", "aged", NULL};
static const char *const slot_values[] = {
  "date", "money", "quantity", "percent", "number", "count", "list", "person", "entity", NULL,
};
static const char *const side_names[] = {"any", "before", "after", NULL};
static const char *const scope_names[] = {"clause", "sentence", NULL};
static const char *const claim_keys[] = {"attribute", "value", "compare", "status_from", NULL};
static const char *const example_keys[] = {"text", "published", "claims", NULL};
static const char *const view_keys[] = {"id", "title", "heads", "attributes", "evolution", NULL};
static const char *const compose_keys[] = {"id", "modifiers", "heads", "joiners", NULL};

static void
loaded_file_free (LoadedFile *file)
{
  g_free (file->path);
  contra_yaml_node_free (file->root);
  g_free (file);
}

static void
pattern_free (ContraPattern *pattern)
{
  g_free (pattern->source);
  if (pattern->code)
    pcre2_code_free (pattern->code);
  g_strfreev (pattern->requires);
  g_free (pattern->file);
  g_free (pattern);
}

static void
compose_free (ContraCompose *compose)
{
  g_free (compose->id);
  g_ptr_array_unref (compose->modifiers);
  g_ptr_array_unref (compose->heads);
  g_strfreev (compose->joiners);
  g_free (compose);
}

static void
view_free (ContraView *view)
{
  g_free (view->id);
  g_free (view->title);
  g_ptr_array_unref (view->heads);
  g_free (view->attributes);
  g_free (view);
}

void
contra_ruleset_free (ContraRuleSet *set)
{
  if (set == NULL)
    return;
  if (set->by_concept != NULL)
    {
      for (guint i = 0; i < contra_lexicon_n_concepts (set->lexicon); i++)
        if (set->by_concept[i])
          g_ptr_array_unref (set->by_concept[i]);
      g_free (set->by_concept);
    }
  for (guint i = 0; i < G_N_ELEMENTS (set->by_value); i++)
    if (set->by_value[i])
      g_ptr_array_unref (set->by_value[i]);
  if (set->by_person)
    g_ptr_array_unref (set->by_person);
  if (set->specialize)
    g_hash_table_unref (set->specialize);
  g_free (set->wakes);
  g_free (set->frame_predicate);
  g_ptr_array_unref (set->rules);
  g_ptr_array_unref (set->compose);
  g_ptr_array_unref (set->patterns);
  g_ptr_array_unref (set->views);
  g_ptr_array_unref (set->files);
  contra_lexicon_free (set->lexicon);
  g_free (set);
}

static ContraRuleSet *
ruleset_new (void)
{
  ContraRuleSet *set = g_new0 (ContraRuleSet, 1);

  set->lexicon = contra_lexicon_new ();
  set->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_rule_free);
  set->compose = g_ptr_array_new_with_free_func ((GDestroyNotify) compose_free);
  set->patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) pattern_free);
  set->views = g_ptr_array_new_with_free_func ((GDestroyNotify) view_free);
  set->files = g_ptr_array_new_with_free_func (g_free);
  return set;
}

const ContraRule *
contra_ruleset_rule (const ContraRuleSet *set, const char *id)
{
  for (guint i = 0; i < set->rules->len; i++)
    {
      const ContraRule *rule = g_ptr_array_index (set->rules, i);
      if (g_str_equal (rule->id, id))
        return rule;
    }
  return NULL;
}

/* ---- concepts --------------------------------------------------------------- */

static gboolean
valid_concept_id (const char *id)
{
  if (*id == '\0' || *id == '/' || g_str_has_suffix (id, "/"))
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '/' || *p == '-' || *p == '_'
          || *p == '.'))
      return FALSE;
  return TRUE;
}

static gboolean
valid_rule_id (const char *id)
{
  if (!g_ascii_islower (*id))
    return FALSE;
  for (const char *p = id; *p; p++)
    {
      if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        continue;
      if ((*p == '-' || *p == '.') && p[1] != '\0' && p[1] != '-' && p[1] != '.')
        continue;
      return FALSE;
    }
  return TRUE;
}

static ContraConcept *
resolve_concept (Loader *ld, ContraSchema *schema, guint line, guint column, const char *id)
{
  ContraConcept *c = contra_lexicon_lookup (ld->set->lexicon, id);

  if (c != NULL)
    return c;
  if (ld->concept_ids == NULL)
    {
      guint n = contra_lexicon_n_concepts (ld->set->lexicon);
      ld->concept_ids = g_new0 (char *, n + 1);
      for (guint i = 0; i < n; i++)
        ld->concept_ids[i] = (char *) contra_lexicon_concept_at (ld->set->lexicon, i)->id;
    }
  const char *near = contra_suggest (id, (const char *const *) ld->concept_ids);
  ContraYamlNode at = {.line = line, .column = column};
  if (near != NULL)
    contra_schema_error (schema, &at, "unknown concept '%s'; did you mean '%s'?", id, near);
  else
    contra_schema_error (schema, &at, "unknown concept '%s'", id);
  return NULL;
}

/* Resolves a scalar-or-list of concept ids at @key into @out. */
static void
resolve_concepts (Loader *ld, ContraSchema *schema, const ContraYamlNode *mapping,
                  const char *key, GPtrArray *out)
{
  g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
  g_auto (GStrv) ids = contra_schema_strings (schema, mapping, key, nodes);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const ContraYamlNode *node = g_ptr_array_index (nodes, i);
      ContraConcept *c = resolve_concept (ld, schema, node->line, node->column, ids[i]);
      if (c != NULL)
        g_ptr_array_add (out, c);
    }
}

static void
queue_links (Loader *ld, ContraSchema *schema, ContraConcept *c, const ContraYamlNode *entry,
             const char *key, LinkKind kind)
{
  g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
  g_auto (GStrv) ids = contra_schema_strings (schema, entry, key, nodes);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const ContraYamlNode *node = g_ptr_array_index (nodes, i);
      PendingLink link = {c, kind, g_strdup (ids[i]), schema->path, node->line, node->column};
      g_array_append_val (ld->links, link);
    }
}

static void
load_pattern (Loader *ld, ContraSchema *schema, ContraConcept *c, const ContraYamlNode *entry,
              const char *source, const ContraYamlNode *node)
{
  int code;
  PCRE2_SIZE offset;
  pcre2_code *re = pcre2_compile ((PCRE2_SPTR) source, PCRE2_ZERO_TERMINATED,
                                  PCRE2_UTF | PCRE2_UCP, &code, &offset, NULL);
  if (re == NULL)
    {
      PCRE2_UCHAR message[256];
      pcre2_get_error_message (code, message, sizeof message);
      contra_schema_error (schema, node,
                           "pattern of concept '%s' does not compile: %s (at character %zu)",
                           c->id, (const char *) message, (size_t) offset + 1);
      return;
    }
  pcre2_jit_compile (re, PCRE2_JIT_COMPLETE);

  ContraPattern *pattern = g_new0 (ContraPattern, 1);
  pattern->concept = c;
  pattern->source = g_strdup (source);
  pattern->code = re;
  pattern->file = g_strdup (schema->path);
  pattern->line = node->line;
  pattern->column = node->column;
  g_auto (GStrv) words = contra_schema_strings (schema, entry, "requires", NULL);
  if (words != NULL)
    {
      pattern->requires = g_new0 (char *, g_strv_length (words) + 1);
      for (guint i = 0; words[i]; i++)
        pattern->requires[i] = g_utf8_casefold (words[i], -1);
    }
  g_ptr_array_add (ld->set->patterns, pattern);
}

static void
load_concept (Loader *ld, ContraSchema *schema, const ContraYamlNode *entry)
{
  if (!contra_schema_mapping (schema, entry, "a lexicon entry", concept_keys))
    return;
  if (!contra_schema_require (schema, entry, "id", "a lexicon entry"))
    return;

  const char *id = contra_schema_string (schema, entry, "id");
  const ContraYamlNode *id_node = contra_yaml_mapping_get (entry, "id");
  if (id == NULL)
    return;
  if (!valid_concept_id (id))
    {
      contra_schema_error (schema, id_node,
                           "concept id '%s' must be lower-case words, digits and '-', "
                           "with '/' after the kind (like vessel/corvette)", id);
      return;
    }

  ContraConcept *existing = NULL;
  ContraConcept *c = contra_lexicon_define (ld->set->lexicon, id, schema->path,
                                            id_node->line, id_node->column, &existing);
  if (c == NULL)
    {
      contra_schema_error (schema, id_node, "concept '%s' is already defined at %s:%u:%u", id,
                           existing->file, existing->line, existing->column);
      return;
    }

  const char *label = contra_schema_string (schema, entry, "label");
  c->adjective = g_strdup (contra_schema_string (schema, entry, "adjective"));
  g_auto (GStrv) aliases = NULL;
  g_autoptr (GPtrArray) alias_nodes = g_ptr_array_new ();
  ContraInflect inflect = (ContraInflect) contra_schema_choice (schema, entry, "inflect",
                                                                inflect_names,
                                                                CONTRA_INFLECT_NOUN);

  /* Before the aliases: it decides how they match. */
  if (contra_schema_bool (schema, entry, "lower_case", FALSE))
    c->flags |= CONTRA_CONCEPT_LOWER_CASE;
  aliases = contra_schema_strings (schema, entry, "aliases", alias_nodes);
  if (label != NULL)
    {
      g_free (c->label);
      c->label = g_strdup (label);
    }
  else if (aliases != NULL && aliases[0] != NULL)
    {
      g_free (c->label);
      c->label = g_strdup (aliases[0]);
    }
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    {
      ContraConcept *clash = NULL;
      if (!contra_lexicon_add_alias (ld->set->lexicon, c, aliases[i], inflect, &clash))
        {
          if (clash != NULL)
            contra_schema_error (schema, g_ptr_array_index (alias_nodes, i),
                                 "alias '%s' of '%s' already names concept '%s' (%s:%u)",
                                 aliases[i], id, clash->id, clash->file, clash->line);
          else
            contra_schema_error (schema, g_ptr_array_index (alias_nodes, i),
                                 "alias '%s' of '%s' has no word in it", aliases[i], id);
        }
    }

  /* Irregular forms ("held", "began") are aliases that are not inflected again. */
  g_autoptr (GPtrArray) form_nodes = g_ptr_array_new ();
  g_auto (GStrv) forms = contra_schema_strings (schema, entry, "forms", form_nodes);
  for (guint i = 0; forms != NULL && forms[i] != NULL; i++)
    {
      ContraConcept *clash = NULL;
      if (!contra_lexicon_add_alias (ld->set->lexicon, c, forms[i], CONTRA_INFLECT_NONE, &clash) && clash != NULL)
        contra_schema_error (schema, g_ptr_array_index (form_nodes, i),
                             "form '%s' of '%s' already names concept '%s' (%s:%u)", forms[i], id, clash->id,
                             clash->file, clash->line);
    }

  if (contra_schema_bool (schema, entry, "instance", FALSE))
    c->flags |= CONTRA_CONCEPT_INSTANCE;
  if (contra_schema_bool (schema, entry, "single_holder", FALSE))
    c->flags |= CONTRA_CONCEPT_SINGLE_HOLDER;
  if (contra_schema_bool (schema, entry, "at_most", FALSE))
    c->flags |= CONTRA_CONCEPT_AT_MOST;
  if (contra_schema_bool (schema, entry, "fixed", FALSE))
    c->flags |= CONTRA_CONCEPT_FIXED;
  if (contra_yaml_mapping_get (entry, "rank") != NULL)
    c->rank = (int) contra_schema_uint (schema, entry, "rank", 0);

  queue_links (ld, schema, c, entry, "is_a", LINK_IS_A);
  queue_links (ld, schema, c, entry, "part_of", LINK_PART_OF);
  queue_links (ld, schema, c, entry, "implies", LINK_IMPLIES);

  g_autoptr (GPtrArray) pattern_nodes = g_ptr_array_new ();
  g_auto (GStrv) patterns = contra_schema_strings (schema, entry, "patterns", pattern_nodes);
  for (guint i = 0; patterns != NULL && patterns[i] != NULL; i++)
    load_pattern (ld, schema, c, entry, patterns[i], g_ptr_array_index (pattern_nodes, i));
  if (patterns == NULL && contra_yaml_mapping_get (entry, "requires") != NULL)
    contra_schema_error (schema, contra_yaml_mapping_get (entry, "requires"),
                         "'requires' only applies to 'patterns'");
  const ContraYamlNode *alias_list = contra_yaml_mapping_get (entry, "aliases");
  if (alias_list != NULL && alias_list->kind == CONTRA_YAML_SEQUENCE && contra_yaml_length (alias_list) == 0)
    contra_schema_error (schema, alias_list, "concept '%s' has an empty alias list", id);
}

static void
resolve_links (Loader *ld)
{
  for (guint i = 0; i < ld->links->len; i++)
    {
      PendingLink *link = &g_array_index (ld->links, PendingLink, i);
      ContraSchema schema = {link->path, ld->diagnostics};
      ContraConcept *target = resolve_concept (ld, &schema, link->line, link->column, link->target);
      GPtrArray *list;

      g_free (link->target);
      if (target == NULL)
        continue;
      list = link->kind == LINK_IS_A      ? link->concept->is_a
             : link->kind == LINK_PART_OF ? link->concept->part_of
                                          : link->concept->implies;
      if (target == link->concept)
        {
          ContraYamlNode at = {.line = link->line, .column = link->column};
          contra_schema_error (&schema, &at, "concept '%s' cannot be linked to itself",
                               target->id);
          continue;
        }
      if (!g_ptr_array_find (list, target, NULL))
        g_ptr_array_add (list, target);
    }

  ContraConcept *cycle = NULL;
  if (!contra_lexicon_finish (ld->set->lexicon, &cycle))
    g_ptr_array_add (ld->diagnostics,
                     contra_diagnostic_new (CONTRA_SEVERITY_ERROR, cycle->file ? cycle->file : "rules",
                                            cycle->line, cycle->column,
                                            "concept '%s' is on an is_a or part_of cycle",
                                            cycle->id));
}

/* ---- rules -------------------------------------------------------------------- */

static ContraSlot *
load_slot (Loader *ld, ContraSchema *schema, const char *name, const ContraYamlNode *node)
{
  g_autofree char *what = g_strdup_printf ("slot '%s'", name);

  if (!contra_schema_mapping (schema, node, what, slot_keys))
    return NULL;

  ContraSlot *slot = contra_slot_new (name);
  slot->line = node->line;
  slot->column = node->column;
  gboolean has_is_a = contra_yaml_mapping_get (node, "is_a") != NULL;
  const char *value = contra_schema_string (schema, node, "value");

  if (has_is_a == (value != NULL))
    contra_schema_error (schema, node,
                         "slot '%s' needs exactly one of 'is_a' (a concept) or 'value' (a type)",
                         name);
  if (has_is_a)
    {
      slot->type = CONTRA_SLOT_CONCEPT;
      slot->is_a = g_ptr_array_new ();
      resolve_concepts (ld, schema, node, "is_a", slot->is_a);
    }
  else if (value != NULL)
    {
      int v = contra_schema_choice (schema, node, "value", slot_values, -1);
      static const ContraValueType types[] = {
        CONTRA_VALUE_DATE, CONTRA_VALUE_MONEY, CONTRA_VALUE_QUANTITY, CONTRA_VALUE_PERCENT,
        CONTRA_VALUE_NUMBER, CONTRA_VALUE_COUNT, CONTRA_VALUE_SET, CONTRA_VALUE_NAME,
        CONTRA_VALUE_NAME,
      };
      if (v >= 0)
        {
          slot->value = types[v];
          slot->type = g_str_equal (value, "list")     ? CONTRA_SLOT_LIST
                       : g_str_equal (value, "person") ? CONTRA_SLOT_PERSON
                       : g_str_equal (value, "entity") ? CONTRA_SLOT_ENTITY
                                                       : CONTRA_SLOT_VALUE;
        }
    }
  if (contra_yaml_mapping_get (node, "not") != NULL)
    {
      slot->not_is_a = g_ptr_array_new ();
      resolve_concepts (ld, schema, node, "not", slot->not_is_a);
    }
  /* Units are compared as the normalisers write them: counted nouns in the singular
   * and lower case ("area"), currencies as ISO codes ("USD"). */
  g_auto (GStrv) units = contra_schema_strings (schema, node, "unit", NULL);
  for (guint i = 0; units != NULL && units[i] != NULL; i++)
    {
      if (slot->units == NULL)
        slot->units = g_ptr_array_new ();
      g_ptr_array_add (slot->units, (gpointer) contra_unit_intern (units[i]));
    }
  const char *dimension = contra_schema_string (schema, node, "dimension");
  if (dimension != NULL)
    {
      slot->dimension = contra_unit_intern (dimension);
      if (slot->value != CONTRA_VALUE_QUANTITY || slot->type != CONTRA_SLOT_VALUE)
        contra_schema_error (schema, contra_yaml_mapping_get (node, "dimension"),
                             "'dimension' applies only to a quantity slot");
    }
  slot->required = contra_schema_bool (schema, node, "required", FALSE);
  slot->side = (ContraSide) contra_schema_choice (schema, node, "side", side_names, CONTRA_SIDE_ANY);
  slot->within = contra_schema_uint (schema, node, "within", G_MAXUINT);
  slot->scope = (ContraScope) contra_schema_choice (schema, node, "scope", scope_names,
                                                    CONTRA_SCOPE_CLAUSE);
  slot->inherit = contra_schema_bool (schema, node, "inherit", FALSE);
  slot->titled = contra_schema_bool (schema, node, "titled", FALSE);
  slot->all = contra_schema_bool (schema, node, "all", FALSE);
  slot->prefer = (ContraSide) contra_schema_choice (schema, node, "prefer", side_names, CONTRA_SIDE_ANY);
  slot->instance = contra_schema_bool (schema, node, "instance", FALSE);
  slot->absent = contra_schema_bool (schema, node, "absent", FALSE);
  slot->counted = contra_schema_bool (schema, node, "counted", FALSE);
  if (slot->counted && slot->type != CONTRA_SLOT_LIST)
    contra_schema_error (schema, contra_yaml_mapping_get (node, "counted"), "'counted' applies only to a list slot");
  slot->period = (guint8) contra_schema_choice (schema, node, "period", period_names, CONTRA_SLOT_PERIOD_ANY);
  if (slot->period != CONTRA_SLOT_PERIOD_ANY && slot->value != CONTRA_VALUE_DATE)
    contra_schema_error (schema, contra_yaml_mapping_get (node, "period"), "'period' applies only to a date slot");
  slot->role = (ContraRole) contra_schema_choice (schema, node, "role", role_names, CONTRA_ROLE_ABOUT);
  if (contra_yaml_mapping_get (node, "role") != NULL && slot->type != CONTRA_SLOT_ENTITY)
    contra_schema_error (schema, contra_yaml_mapping_get (node, "role"), "'role' applies only to an entity slot");
  const char *extent = contra_schema_string (schema, node, "extent");
  if (extent != NULL)
    {
      slot->extent = contra_intern (extent);
      if (slot->type != CONTRA_SLOT_ENTITY)
        contra_schema_error (schema, contra_yaml_mapping_get (node, "extent"),
                             "'extent' applies only to an entity slot");
    }
  if (slot->absent && slot->required)
    contra_schema_error (schema, node, "slot '%s' cannot be both required and absent", name);
  if (slot->all && slot->type != CONTRA_SLOT_CONCEPT)
    contra_schema_error (schema, contra_yaml_mapping_get (node, "all"), "'all' applies only to a concept slot");
  if (slot->inherit && slot->value != CONTRA_VALUE_DATE)
    contra_schema_error (schema, contra_yaml_mapping_get (node, "inherit"),
                         "'inherit' applies only to a date slot");
  return slot;
}

static gint
slot_ref (ContraSchema *schema, const ContraRule *rule, const ContraYamlNode *node,
          const char *name, const char *what)
{
  gint i = contra_rule_slot_index (rule, name);

  if (i < 0)
    {
      g_autoptr (GPtrArray) names = g_ptr_array_new ();
      for (guint k = 0; k < rule->slots->len; k++)
        g_ptr_array_add (names, ((ContraSlot *) g_ptr_array_index (rule->slots, k))->name);
      g_ptr_array_add (names, NULL);
      const char *near = contra_suggest (name, (const char *const *) names->pdata);
      if (near != NULL)
        contra_schema_error (schema, node, "%s names unknown slot '%s'; did you mean '%s'?",
                             what, name, near);
      else
        contra_schema_error (schema, node, "%s names unknown slot '%s'", what, name);
    }
  return i;
}

static void
load_subject (Loader *ld, ContraSchema *schema, ContraRule *rule, const ContraYamlNode *node)
{
  if (node->kind != CONTRA_YAML_SEQUENCE || contra_yaml_length (node) == 0)
    {
      contra_schema_error (schema, node, "'subject' must be a non-empty list of slots");
      return;
    }
  for (guint i = 0; i < contra_yaml_length (node); i++)
    {
      const ContraYamlNode *item = contra_yaml_item_at (node, i);
      ContraSubjectPart part = {.slots = g_array_new (FALSE, FALSE, sizeof (gint))};

      if (item->kind == CONTRA_YAML_SCALAR)
        {
          g_autofree char *name = g_strdup (item->scalar);
          if (g_str_has_suffix (name, ".title"))
            {
              name[strlen (name) - strlen (".title")] = '\0';
              part.title = TRUE;
            }
          gint s = contra_rule_slot_index (rule, name);
          if (s >= 0)
            {
              g_array_append_val (part.slots, s);
              if (part.title && ((ContraSlot *) g_ptr_array_index (rule->slots, s))->type != CONTRA_SLOT_PERSON)
                contra_schema_error (schema, item, "'%s' has no title: only a person slot has one", item->scalar);
            }
          else if (part.title)
            slot_ref (schema, rule, item, name, "'subject'");
          else
            {
              /* Not a slot: a literal concept. */
              part.literal = resolve_concept (ld, schema, item->line, item->column, item->scalar);
            }
        }
      else if (item->kind == CONTRA_YAML_MAPPING)
        {
          static const char *const keys[] = {"first_of", NULL};
          if (contra_schema_mapping (schema, item, "a subject part", keys))
            {
              g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
              g_auto (GStrv) names = contra_schema_strings (schema, item, "first_of", nodes);
              for (guint k = 0; names && names[k]; k++)
                {
                  gint s = slot_ref (schema, rule, g_ptr_array_index (nodes, k), names[k],
                                     "'first_of'");
                  if (s >= 0)
                    g_array_append_val (part.slots, s);
                }
            }
        }
      else
        contra_schema_error (schema, item, "a subject part must be a slot name or 'first_of'");
      for (guint k = 0; k < part.slots->len; k++)
        {
          const ContraSlot *slot = g_ptr_array_index (rule->slots, g_array_index (part.slots, gint, k));
          if (slot->all && (i == 0 || part.slots->len > 1))
            contra_schema_error (schema, item, "slot '%s' takes every mention ('all'), so it can only qualify "
                                 "the subject part before it, on its own", slot->name);
        }
      g_array_append_val (rule->subject, part);
    }
}

static void
load_claims (ContraSchema *schema, ContraRule *rule, const ContraYamlNode *node)
{
  if (node->kind != CONTRA_YAML_SEQUENCE || contra_yaml_length (node) == 0)
    {
      contra_schema_error (schema, node, "'claims' must be a non-empty list");
      return;
    }
  for (guint i = 0; i < contra_yaml_length (node); i++)
    {
      const ContraYamlNode *item = contra_yaml_item_at (node, i);
      ContraClaimSpec spec = {.attribute = NULL, .value = -1, .compare = CONTRA_COMPARE_DEFAULT};

      if (!contra_schema_mapping (schema, item, "a claim", claim_keys))
        continue;
      contra_schema_require (schema, item, "attribute", "a claim");
      contra_schema_require (schema, item, "value", "a claim");
      const char *attribute = contra_schema_string (schema, item, "attribute");
      const char *value = contra_schema_string (schema, item, "value");
      if (attribute != NULL)
        spec.attribute = g_intern_string (attribute);
      if (value != NULL)
        {
          g_autofree char *name = g_strdup (value);
          if (g_str_has_suffix (name, ".title"))
            {
              name[strlen (name) - strlen (".title")] = '\0';
              spec.value_title = TRUE;
            }
          spec.value = slot_ref (schema, rule, contra_yaml_mapping_get (item, "value"), name,
                                 "'value'");
          if (spec.value_title && spec.value >= 0
              && ((ContraSlot *) g_ptr_array_index (rule->slots, spec.value))->type != CONTRA_SLOT_PERSON)
            contra_schema_error (schema, contra_yaml_mapping_get (item, "value"),
                                 "'%s' has no title: only a person slot has one", value);
        }
      spec.compare = (ContraCompare) contra_schema_choice (schema, item, "compare", contra_compare_names,
                                                           CONTRA_COMPARE_DEFAULT);
      g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
      g_auto (GStrv) from = contra_schema_strings (schema, item, "status_from", nodes);
      if (from != NULL)
        {
          spec.status_from = g_array_new (FALSE, FALSE, sizeof (gint));
          for (guint k = 0; from[k]; k++)
            {
              gint s = slot_ref (schema, rule, g_ptr_array_index (nodes, k), from[k],
                                 "'status_from'");
              if (s >= 0)
                g_array_append_val (spec.status_from, s);
            }
        }
      if (spec.attribute != NULL && spec.value >= 0)
        g_array_append_val (rule->claims, spec);
      else if (spec.status_from)
        g_array_unref (spec.status_from);
    }
}

static ContraExample *
load_example (ContraSchema *schema, const ContraYamlNode *item, gboolean counter)
{
  ContraExample *example = contra_example_new ();

  example->line = item->line;
  example->column = item->column;
  if (item->kind == CONTRA_YAML_SCALAR && counter)
    {
      example->text = g_strdup (item->scalar);
      return example;
    }
  if (!contra_schema_mapping (schema, item, counter ? "a counterexample" : "an example",
                              example_keys))
    {
      contra_example_free (example);
      return NULL;
    }
  contra_schema_require (schema, item, "text", "an example");
  example->text = g_strdup (contra_schema_string (schema, item, "text"));
  const char *published = contra_schema_string (schema, item, "published");
  if (published != NULL && !contra_date_parse (published, &example->published))
    contra_schema_error (schema, contra_yaml_mapping_get (item, "published"),
                         "'published' must be a date like 2015-06-05, not '%s'", published);
  if (counter)
    {
      if (contra_yaml_mapping_get (item, "claims") != NULL)
        contra_schema_error (schema, contra_yaml_mapping_get (item, "claims"),
                             "a counterexample yields no claims; move it to 'examples'");
    }
  else
    {
      contra_schema_require (schema, item, "claims", "an example");
      example->expect = contra_schema_strings (schema, item, "claims", NULL);
      if (example->expect == NULL)
        example->expect = g_new0 (char *, 1);
    }
  if (example->text == NULL)
    {
      contra_example_free (example);
      return NULL;
    }
  return example;
}

static void
load_rule (Loader *ld, ContraSchema *schema, const ContraYamlNode *entry)
{
  if (!contra_schema_mapping (schema, entry, "a rule", rule_keys))
    return;
  gboolean complete = TRUE;
  for (const char *const *key = (const char *const[]){"id", "kind", "trigger", "subject", "claims", NULL};
       *key; key++)
    complete &= contra_schema_require (schema, entry, *key, "a rule");

  const char *id = contra_schema_string (schema, entry, "id");
  const ContraYamlNode *id_node = contra_yaml_mapping_get (entry, "id");
  if (id != NULL && !valid_rule_id (id))
    contra_schema_error (schema, id_node,
                         "rule id '%s' must be lower-case words joined by '-' or '.'", id);
  if (id != NULL)
    {
      ContraRule *other = g_hash_table_lookup (ld->rule_ids, id);
      if (other != NULL)
        contra_schema_error (schema, id_node, "duplicate rule id '%s' (first defined at %s:%u:%u)",
                             id, other->file, other->line, other->column);
    }

  ContraRule *rule = g_new0 (ContraRule, 1);
  rule->id = g_strdup (id ? id : "?");
  rule->file = g_strdup (schema->path);
  rule->line = entry->line;
  rule->column = entry->column;
  rule->kind = (ContraRuleKind) contra_schema_choice (schema, entry, "kind", contra_rule_kind_names, 0);
  int severity = contra_schema_choice (schema, entry, "severity", contra_severity_names + CONTRA_SEVERITY_NOTE, -1);
  rule->severity = severity < 0 ? CONTRA_SEVERITY_NONE : (ContraSeverity) (severity + CONTRA_SEVERITY_NOTE);
  rule->topic = g_strdup (contra_schema_string (schema, entry, "topic"));
  rule->description = g_strdup (contra_schema_string (schema, entry, "description"));
  rule->steps = contra_schema_bool (schema, entry, "steps", FALSE);
  rule->slots = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_slot_free);
  rule->subject = g_array_new (FALSE, FALSE, sizeof (ContraSubjectPart));
  rule->claims = g_array_new (FALSE, FALSE, sizeof (ContraClaimSpec));
  rule->examples = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_example_free);
  rule->counterexamples = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_example_free);

  const ContraYamlNode *trigger = contra_yaml_mapping_get (entry, "trigger");
  if (trigger != NULL)
    {
      ContraSlot *slot = load_slot (ld, schema, "trigger", trigger);
      if (slot != NULL && slot->type == CONTRA_SLOT_ENTITY)
        contra_schema_error (schema, trigger,
                             "an entity cannot trigger a rule: it is what a trigger's frame is about");
      if (slot != NULL)
        {
          slot->required = TRUE;
          g_ptr_array_add (rule->slots, slot);
        }
    }
  if (rule->slots->len == 0)
    g_ptr_array_add (rule->slots, contra_slot_new ("trigger"));

  const ContraYamlNode *slots = contra_yaml_mapping_get (entry, "slots");
  g_autoptr (GPtrArray) after_names = g_ptr_array_new ();
  if (slots != NULL && slots->kind != CONTRA_YAML_MAPPING)
    contra_schema_error (schema, slots, "'slots' must be a mapping of slot names to slots");
  else if (slots != NULL)
    for (guint i = 0; i < contra_yaml_length (slots); i++)
      {
        const ContraYamlNode *key = contra_yaml_key_at (slots, i);
        if (key->kind != CONTRA_YAML_SCALAR)
          continue;
        if (contra_rule_slot_index (rule, key->scalar) >= 0)
          {
            contra_schema_error (schema, key, "slot '%s' is defined twice", key->scalar);
            continue;
          }
        ContraSlot *slot = load_slot (ld, schema, key->scalar, contra_yaml_value_at (slots, i));
        if (slot != NULL)
          g_ptr_array_add (rule->slots, slot);
      }
  /* "after" names another slot, so it resolves once all are known. */
  for (guint i = 0; slots != NULL && slots->kind == CONTRA_YAML_MAPPING && i < contra_yaml_length (slots); i++)
    {
      const ContraYamlNode *spec = contra_yaml_value_at (slots, i);
      const ContraYamlNode *key = contra_yaml_key_at (slots, i);
      const char *after = spec->kind == CONTRA_YAML_MAPPING
                            ? contra_schema_string (schema, spec, "after") : NULL;
      gint self = key->kind == CONTRA_YAML_SCALAR ? contra_rule_slot_index (rule, key->scalar) : -1;
      if (after != NULL && self >= 0)
        {
          gint target = slot_ref (schema, rule, contra_yaml_mapping_get (spec, "after"), after,
                                  "'after'");
          ((ContraSlot *) g_ptr_array_index (rule->slots, self))->after = target;
        }
    }

  g_autoptr (GPtrArray) specific_nodes = g_ptr_array_new ();
  g_auto (GStrv) specific = contra_schema_strings (schema, entry, "specific", specific_nodes);
  if (specific != NULL)
    {
      rule->specific = g_array_new (FALSE, FALSE, sizeof (gint));
      for (guint k = 0; specific[k] != NULL; k++)
        {
          gint s = slot_ref (schema, rule, g_ptr_array_index (specific_nodes, k), specific[k], "'specific'");
          if (s >= 0)
            g_array_append_val (rule->specific, s);
        }
    }

  /* The engine holds a frame's slots and a subject's parts in fixed arrays. The error
   * stands at the first slot past the limit. */
  if (rule->slots->len > CONTRA_RULE_MAX_SLOTS && slots != NULL)
    contra_schema_error (schema, contra_yaml_key_at (slots, CONTRA_RULE_MAX_SLOTS - 1),
                         "rule '%s' has %u slots; a rule has at most %d, the trigger included", rule->id,
                         rule->slots->len, CONTRA_RULE_MAX_SLOTS);
  const ContraYamlNode *subject = contra_yaml_mapping_get (entry, "subject");
  if (subject != NULL)
    load_subject (ld, schema, rule, subject);
  if (subject != NULL && rule->subject->len > CONTRA_RULE_MAX_SUBJECT_PARTS)
    contra_schema_error (schema, contra_yaml_item_at (subject, CONTRA_RULE_MAX_SUBJECT_PARTS),
                         "'subject' has %u parts; a subject has at most %d", rule->subject->len,
                         CONTRA_RULE_MAX_SUBJECT_PARTS);
  const ContraYamlNode *claims = contra_yaml_mapping_get (entry, "claims");
  if (claims != NULL)
    load_claims (schema, rule, claims);

  const ContraYamlNode *examples = contra_yaml_mapping_get (entry, "examples");
  if (examples != NULL && examples->kind != CONTRA_YAML_SEQUENCE)
    contra_schema_error (schema, examples, "'examples' must be a list");
  else
    for (guint i = 0; i < contra_yaml_length (examples); i++)
      {
        ContraExample *example = load_example (schema, contra_yaml_item_at (examples, i), FALSE);
        if (example != NULL)
          g_ptr_array_add (rule->examples, example);
      }
  const ContraYamlNode *counter = contra_yaml_mapping_get (entry, "counterexamples");
  if (counter != NULL && counter->kind != CONTRA_YAML_SEQUENCE)
    contra_schema_error (schema, counter, "'counterexamples' must be a list");
  else
    for (guint i = 0; i < contra_yaml_length (counter); i++)
      {
        ContraExample *example = load_example (schema, contra_yaml_item_at (counter, i), TRUE);
        if (example != NULL)
          g_ptr_array_add (rule->counterexamples, example);
      }

  if (!complete || id == NULL)
    {
      contra_rule_free (rule);
      return;
    }
  rule->index = ld->set->rules->len;
  ld->set->n_examples += rule->examples->len + rule->counterexamples->len;
  g_ptr_array_add (ld->set->rules, rule);
  g_hash_table_insert (ld->rule_ids, rule->id, rule);
}

static void
load_compose (Loader *ld, ContraSchema *schema, const ContraYamlNode *entry)
{
  if (!contra_schema_mapping (schema, entry, "a compose entry", compose_keys))
    return;
  contra_schema_require (schema, entry, "modifiers", "a compose entry");
  contra_schema_require (schema, entry, "heads", "a compose entry");

  ContraCompose *compose = g_new0 (ContraCompose, 1);
  compose->id = g_strdup (contra_schema_string (schema, entry, "id"));
  compose->modifiers = g_ptr_array_new ();
  compose->heads = g_ptr_array_new ();
  resolve_concepts (ld, schema, entry, "modifiers", compose->modifiers);
  resolve_concepts (ld, schema, entry, "heads", compose->heads);
  g_auto (GStrv) joiners = contra_schema_strings (schema, entry, "joiners", NULL);
  compose->joiners = g_new0 (char *, (joiners ? g_strv_length (joiners) : 0) + 1);
  for (guint i = 0; joiners && joiners[i]; i++)
    compose->joiners[i] = g_utf8_casefold (joiners[i], -1);
  g_ptr_array_add (ld->set->compose, compose);
}

static void
load_view (Loader *ld, ContraSchema *schema, const ContraYamlNode *entry)
{
  if (!contra_schema_mapping (schema, entry, "a view", view_keys))
    return;
  contra_schema_require (schema, entry, "id", "a view");
  contra_schema_require (schema, entry, "heads", "a view");

  const char *id = contra_schema_string (schema, entry, "id");
  if (id != NULL && g_hash_table_contains (ld->view_ids, id))
    contra_schema_error (schema, contra_yaml_mapping_get (entry, "id"), "duplicate view id '%s'", id);

  ContraView *view = g_new0 (ContraView, 1);
  view->id = g_strdup (id ? id : "?");
  view->title = g_strdup (contra_schema_string (schema, entry, "title"));
  if (view->title == NULL)
    view->title = g_strdup (view->id);
  view->heads = g_ptr_array_new ();
  resolve_concepts (ld, schema, entry, "heads", view->heads);
  g_auto (GStrv) attributes = contra_schema_strings (schema, entry, "attributes", NULL);
  if (attributes != NULL)
    {
      view->attributes = g_new0 (char *, g_strv_length (attributes) + 1);
      for (guint i = 0; attributes[i]; i++)
        view->attributes[i] = (char *) g_intern_string (attributes[i]);
    }
  view->evolution = contra_schema_bool (schema, entry, "evolution", FALSE);
  if (id != NULL)
    g_hash_table_add (ld->view_ids, view->id);
  g_ptr_array_add (ld->set->views, view);
}

/* ---- the passes ----------------------------------------------------------------- */

typedef void (*EntryLoader) (Loader *ld, ContraSchema *schema, const ContraYamlNode *entry);

static void
each_entry (Loader *ld, const char *key, EntryLoader load)
{
  for (guint f = 0; f < ld->files->len; f++)
    {
      LoadedFile *file = g_ptr_array_index (ld->files, f);
      ContraSchema schema = {file->path, ld->diagnostics};
      const ContraYamlNode *list = contra_yaml_mapping_get (file->root, key);

      if (list == NULL || contra_yaml_is_null (list))
        continue;
      if (list->kind != CONTRA_YAML_SEQUENCE)
        {
          contra_schema_error (&schema, list, "'%s' must be a list", key);
          continue;
        }
      for (guint i = 0; i < contra_yaml_length (list); i++)
        load (ld, &schema, contra_yaml_item_at (list, i));
    }
}

static void
build_prefilter (ContraRuleSet *set)
{
  guint n = contra_lexicon_n_concepts (set->lexicon);

  set->by_concept = g_new0 (GPtrArray *, n);
  for (guint r = 0; r < set->rules->len; r++)
    {
      ContraRule *rule = g_ptr_array_index (set->rules, r);
      const ContraSlot *trigger = g_ptr_array_index (rule->slots, 0);
      GPtrArray **list = &set->by_person;

      switch (trigger->type)
        {
        case CONTRA_SLOT_CONCEPT:
          for (guint c = 0; c < n; c++)
            {
              const ContraConcept *concept = contra_lexicon_concept_at (set->lexicon, c);
              gboolean hit = FALSE;
              for (guint k = 0; k < trigger->is_a->len && !hit; k++)
                hit = contra_concept_is_a (concept, g_ptr_array_index (trigger->is_a, k));
              for (guint k = 0; hit && trigger->not_is_a && k < trigger->not_is_a->len; k++)
                hit = !contra_concept_is_a (concept, g_ptr_array_index (trigger->not_is_a, k));
              if (!hit)
                continue;
              if (set->by_concept[c] == NULL)
                set->by_concept[c] = g_ptr_array_new ();
              g_ptr_array_add (set->by_concept[c], rule);
            }
          continue;
        case CONTRA_SLOT_VALUE:
        case CONTRA_SLOT_LIST:
          list = &set->by_value[trigger->value];
          break;
        case CONTRA_SLOT_PERSON:
          break;
        case CONTRA_SLOT_ENTITY:
          continue; /* refused when loading */
        }
      if (*list == NULL)
        *list = g_ptr_array_new ();
      g_ptr_array_add (*list, rule);
    }
}

/* The frame reader's predicates (ruleset.h): the concepts that trigger a rule with an
 * entity slot. */
static gboolean
has_entity_slot (const ContraRule *rule)
{
  for (guint s = 1; s < rule->slots->len; s++)
    if (((const ContraSlot *) g_ptr_array_index (rule->slots, s))->type == CONTRA_SLOT_ENTITY)
      return TRUE;
  return FALSE;
}

static void
build_frame_predicates (ContraRuleSet *set)
{
  guint n = contra_lexicon_n_concepts (set->lexicon);

  for (guint r = 0; r < set->rules->len; r++)
    {
      ContraRule *rule = g_ptr_array_index (set->rules, r);
      rule->general = has_entity_slot (rule);
      for (guint s = 1; s < rule->slots->len; s++)
        set->entity_extent |= ((const ContraSlot *) g_ptr_array_index (rule->slots, s))->extent != NULL;
    }

  for (guint v = 0; v < G_N_ELEMENTS (set->by_value); v++)
    for (guint r = 0; set->by_value[v] != NULL && r < set->by_value[v]->len; r++)
      set->frame_value[v] |= has_entity_slot (g_ptr_array_index (set->by_value[v], r));

  for (guint c = 0; c < n; c++)
    for (guint r = 0; set->by_concept[c] != NULL && r < set->by_concept[c]->len; r++)
      if (has_entity_slot (g_ptr_array_index (set->by_concept[c], r)))
        {
          if (set->frame_predicate == NULL)
            set->frame_predicate = g_new0 (guint8, n);
          set->frame_predicate[c] = 1;
        }
}

/* The gate (ruleset.h). A person triggers a rule only when it comes with a title, and
 * a list only when it states how many items it has, unless a rule says otherwise:
 * then every sentence is read in full. */
static void
build_gate (ContraRuleSet *set)
{
  guint n = contra_lexicon_n_concepts (set->lexicon);

  set->wakes = g_new0 (guint8, n);
  for (guint c = 0; c < n; c++)
    {
      const ContraConcept *concept = contra_lexicon_concept_at (set->lexicon, c);
      if (set->by_concept[c] != NULL || (set->office != NULL && contra_concept_is_a (concept, set->office)))
        set->wakes[c] = 1;
      /* What a modifier specialises ("defence secretary" + "American"). */
      for (guint p = 0; concept->implies->len > 0 && p < concept->is_a->len; p++)
        set->wakes[((const ContraConcept *) g_ptr_array_index (concept->is_a, p))->index] = 1;
    }
  for (guint r = 0; r < set->rules->len; r++)
    {
      const ContraRule *rule = g_ptr_array_index (set->rules, r);
      const ContraSlot *trigger = g_ptr_array_index (rule->slots, 0);
      if ((trigger->type == CONTRA_SLOT_PERSON && !trigger->titled)
          || (trigger->type == CONTRA_SLOT_LIST && !trigger->counted))
        set->gate_open = TRUE;
    }
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* For each concept that implies a qualifier, its parents qualified by that qualifier
 * name it; a pair that two concepts claim names neither. */
static void
build_specializations (ContraRuleSet *set)
{
  static const ContraConcept ambiguous;

  set->specialize = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint c = 0; c < contra_lexicon_n_concepts (set->lexicon); c++)
    {
      const ContraConcept *concept = contra_lexicon_concept_at (set->lexicon, c);
      for (guint q = 0; q < concept->implies->len; q++)
        for (guint p = 0; p < concept->is_a->len; p++)
          {
            const ContraConcept *parent = g_ptr_array_index (concept->is_a, p);
            const ContraConcept *qualifier = g_ptr_array_index (concept->implies, q);
            char *key = g_strconcat (parent->id, "|", qualifier->id, NULL);
            gpointer old = g_hash_table_lookup (set->specialize, key);
            g_hash_table_replace (set->specialize, key, (gpointer) (old == NULL ? concept : &ambiguous));
          }
    }
  GHashTableIter iter;
  gpointer value;
  g_hash_table_iter_init (&iter, set->specialize);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == &ambiguous)
      g_hash_table_iter_remove (&iter);
}

/* The rule files under @dir, in name order, folders depth first. A folder is read
 * once, however many links lead to it: a link to "." or to a parent would otherwise
 * read the same files again at every level (two such links, 2^40 times). @seen holds
 * the folders read, as "device:inode". */
static void
collect_files (const char *dir, GHashTable *seen, GPtrArray *out, GPtrArray *diagnostics)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) handle = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GStatBuf st;

  if (g_stat (dir, &st) == 0)
    {
      char *key
        = g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT, (guint64) st.st_dev, (guint64) st.st_ino);
      if (!g_hash_table_add (seen, key))
        return;
    }
  handle = g_dir_open (dir, 0, &error);
  if (handle == NULL)
    {
      g_ptr_array_add (diagnostics, contra_diagnostic_new (CONTRA_SEVERITY_ERROR, dir, 0, 0,
                                                           "cannot read the rules folder: %s",
                                                           error->message));
      return;
    }
  for (const char *name; (name = g_dir_read_name (handle)) != NULL;)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_files (path, seen, out, diagnostics);
      else if (g_str_has_suffix (name, ".yaml") || g_str_has_suffix (name, ".yml"))
        g_ptr_array_add (out, g_steal_pointer (&path));
    }
}

static gboolean
has_errors (GPtrArray *diagnostics, guint from)
{
  for (guint i = from; i < diagnostics->len; i++)
    if (((ContraDiagnostic *) g_ptr_array_index (diagnostics, i))->severity == CONTRA_SEVERITY_ERROR)
      return TRUE;
  return FALSE;
}

ContraRuleSet *
contra_ruleset_load_files (const char *const *paths, GPtrArray *diagnostics, GError **error)
{
  Loader ld = {0};
  guint first = diagnostics->len;

  ld.set = ruleset_new ();
  ld.diagnostics = diagnostics;
  ld.files = g_ptr_array_new_with_free_func ((GDestroyNotify) loaded_file_free);
  ld.links = g_array_new (FALSE, FALSE, sizeof (PendingLink));
  ld.rule_ids = g_hash_table_new (g_str_hash, g_str_equal);
  ld.view_ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      ContraDiagnostic *problem = NULL;
      ContraYamlNode *root = contra_yaml_parse_file (paths[i], &problem);
      g_ptr_array_add (ld.set->files, g_strdup (paths[i]));
      if (root == NULL)
        {
          g_ptr_array_add (diagnostics, problem);
          continue;
        }
      ContraSchema schema = {paths[i], diagnostics};
      if (!contra_schema_mapping (&schema, root, "a rule file", top_keys))
        {
          contra_yaml_node_free (root);
          continue;
        }
      LoadedFile *file = g_new0 (LoadedFile, 1);
      file->path = g_strdup (paths[i]);
      file->root = root;
      g_ptr_array_add (ld.files, file);
    }

  each_entry (&ld, "lexicon", load_concept);
  resolve_links (&ld);
  each_entry (&ld, "compose", load_compose);
  each_entry (&ld, "rules", load_rule);
  each_entry (&ld, "views", load_view);

  g_array_unref (ld.links);
  g_hash_table_unref (ld.rule_ids);
  g_hash_table_unref (ld.view_ids);
  g_free (ld.concept_ids);
  g_ptr_array_unref (ld.files);

  if (has_errors (diagnostics, first))
    {
      guint n = 0;
      for (guint i = first; i < diagnostics->len; i++)
        n += ((ContraDiagnostic *) g_ptr_array_index (diagnostics, i))->severity == CONTRA_SEVERITY_ERROR;
      g_set_error (error, CONTRA_RULES_ERROR, CONTRA_RULES_ERROR_SCHEMA,
                   "%u error%s in the rule files", n, n == 1 ? "" : "s");
      contra_ruleset_free (ld.set);
      return NULL;
    }

  ContraRuleSet *set = ld.set;
  build_prefilter (set);
  build_specializations (set);
  set->cue_negation = contra_lexicon_lookup (set->lexicon, "cue/negation");
  set->cue_refuted = contra_lexicon_lookup (set->lexicon, "cue/refuted");
  set->cue_modal = contra_lexicon_lookup (set->lexicon, "cue/modal");
  set->cue_possible = contra_lexicon_lookup (set->lexicon, "cue/modal/possible");
  set->cue_always = contra_lexicon_lookup (set->lexicon, "cue/always");
  set->cue_decision = contra_lexicon_lookup (set->lexicon, "cue/decision");
  set->cue_reported = contra_lexicon_lookup (set->lexicon, "cue/reported");
  set->cue_hedge = contra_lexicon_lookup (set->lexicon, "cue/hedge");
  set->office = contra_lexicon_lookup (set->lexicon, "office");
  set->action = contra_lexicon_lookup (set->lexicon, "action");
  set->action_hold = contra_lexicon_lookup (set->lexicon, "action/hold");
  set->action_occur = contra_lexicon_lookup (set->lexicon, "occurrence");
  set->person_title = contra_lexicon_lookup (set->lexicon, "title");
  set->status = contra_lexicon_lookup (set->lexicon, "status");
  set->word = contra_lexicon_lookup (set->lexicon, "word");
  set->word_auxiliary = contra_lexicon_lookup (set->lexicon, "word/auxiliary");
  set->word_adverb = contra_lexicon_lookup (set->lexicon, "word/adverb");
  set->word_pronoun = contra_lexicon_lookup (set->lexicon, "word/pronoun");
  set->word_relative = contra_lexicon_lookup (set->lexicon, "word/pronoun/relative");
  set->word_determiner = contra_lexicon_lookup (set->lexicon, "word/determiner");
  set->word_possessive = contra_lexicon_lookup (set->lexicon, "word/possessive");
  set->word_connector = contra_lexicon_lookup (set->lexicon, "word/connector");
  set->word_preposition = contra_lexicon_lookup (set->lexicon, "word/preposition");
  set->word_scope = contra_lexicon_lookup (set->lexicon, "word/scope");
  set->word_direction = contra_lexicon_lookup (set->lexicon, "word/direction");
  set->word_existential = contra_lexicon_lookup (set->lexicon, "word/existential");
  set->word_cover = contra_lexicon_lookup (set->lexicon, "word/cover");
  set->word_copula = contra_lexicon_lookup (set->lexicon, "word/copula");
  set->word_have = contra_lexicon_lookup (set->lexicon, "word/have");
  set->word_agent = contra_lexicon_lookup (set->lexicon, "word/agent");
  set->word_source = contra_lexicon_lookup (set->lexicon, "word/source");
  set->word_subordinator = contra_lexicon_lookup (set->lexicon, "word/subordinator");
  set->word_time_unit = contra_lexicon_lookup (set->lexicon, "word/time-unit");
  set->cue_age = contra_lexicon_lookup (set->lexicon, "cue/age");
  set->word_lasting = contra_lexicon_lookup (set->lexicon, "word/lasting");
  set->word_people_count = contra_lexicon_lookup (set->lexicon, "word/people-count");
  set->word_possession = contra_lexicon_lookup (set->lexicon, "word/possession");
  set->word_composition = contra_lexicon_lookup (set->lexicon, "word/composition");
  set->word_group = contra_lexicon_lookup (set->lexicon, "word/group");
  set->word_time_preposition = contra_lexicon_lookup (set->lexicon, "word/time-preposition");
  set->sum = contra_lexicon_lookup (set->lexicon, "sum");
  set->attribute = contra_lexicon_lookup (set->lexicon, "attribute");
  set->process = contra_lexicon_lookup (set->lexicon, "process");
  set->action_start = contra_lexicon_lookup (set->lexicon, "action/start");
  set->attribute_distance = contra_lexicon_lookup (set->lexicon, "attribute/distance");
  set->event_birth = contra_lexicon_lookup (set->lexicon, "event/birth");
  set->event_death = contra_lexicon_lookup (set->lexicon, "event/death");
  set->event_post = contra_lexicon_lookup (set->lexicon, "event/post");
  build_frame_predicates (set);
  build_gate (set);
  return set;
}

ContraRuleSet *
contra_ruleset_load (const char *dir, GPtrArray *diagnostics, GError **error)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  guint first = diagnostics->len;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE,
                   "%s: not a folder of rule files", dir);
      return NULL;
    }
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  collect_files (dir, seen, paths, diagnostics);
  if (has_errors (diagnostics, first))
    {
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE,
                   "%s: cannot read the rule files", dir);
      return NULL;
    }
  if (paths->len == 0)
    {
      g_set_error (error, CONTRA_RULES_ERROR, CONTRA_RULES_ERROR_SCHEMA,
                   "%s: no rule files (*.yaml) found", dir);
      return NULL;
    }
  g_ptr_array_add (paths, NULL);
  return contra_ruleset_load_files ((const char *const *) paths->pdata, diagnostics, error);
}
