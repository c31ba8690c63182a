/* kinds.c — reading kinds.yaml (see kinds.h).
 *
 * Each kind keeps the set of every kind above it, closed over the file's links when
 * it is read, so that a question is one lookup. The links may go both ways (a firm
 * is a company, a company a firm: the words are synonyms).
 */
#include "lang/kinds.h"

#include <string.h>

struct _ContraKinds {
  GHashTable *above; /* kind -> set of every kind it is a kind of, itself left out */
  GHashTable *known; /* every word of the file */
  GHashTable *first; /* a kind that has synonyms -> the first of them in byte order */
  GHashTable *pronouns; /* kind -> set of the pronouns a thing of it takes ("she") */
  GHashTable *extents;  /* a measure ("height") -> set of the kinds whose extent it is */
  GHashTable *measures; /* a measure ("weight") -> set of the dimensions it is stated in */
};

void
contra_kinds_free (ContraKinds *kinds)
{
  if (kinds == NULL)
    return;
  g_hash_table_unref (kinds->above);
  g_hash_table_unref (kinds->known);
  g_hash_table_unref (kinds->first);
  g_hash_table_unref (kinds->pronouns);
  g_hash_table_unref (kinds->extents);
  g_hash_table_unref (kinds->measures);
  g_free (kinds);
}

/* A kind as the file writes it: lower-case ASCII letters, with a hyphen inside
 * ("cable-car"). */
static gboolean
kind_word (const char *word)
{
  if (!g_ascii_islower (*word))
    return FALSE;
  for (const char *p = word; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !(*p == '-' && g_ascii_islower (p[1])))
      return FALSE;
  return TRUE;
}

/* Adds to @into every kind reachable from @kind over @links (kind -> GStrv). */
static void
close_over (GHashTable *links, const char *kind, GHashTable *into)
{
  char **up = g_hash_table_lookup (links, kind);

  for (guint i = 0; up != NULL && up[i] != NULL; i++)
    if (g_hash_table_add (into, g_strdup (up[i])))
      close_over (links, up[i], into);
}

/* The kind @key names, or NULL when it is no kind word (reported). */
static const char *
kind_key (ContraSchema *schema, const ContraYamlNode *key)
{
  const char *kind = key->scalar != NULL ? key->scalar : "";

  if (kind_word (kind))
    return kind;
  contra_schema_error (schema, key, "the kind '%s' must be one word in lower-case letters", kind);
  return NULL;
}

/* Reads the optional mapping @name of one-word keys to lists of words into @table
 * (key -> set of its words): `pronouns` (a kind to the pronouns a thing of it takes)
 * `extents` (a measure to the kinds whose extent it is) and `measures` (a measure to
 * the dimensions it is stated in). */
static void
read_word_sets (GHashTable *table, ContraSchema *schema, const ContraYamlNode *root, const char *name, const char *what)
{
  const ContraYamlNode *map = contra_yaml_mapping_get (root, name);

  if (map == NULL)
    return;
  if (map->kind != CONTRA_YAML_MAPPING)
    {
      contra_schema_error (schema, map, "'%s' must be a mapping of %s", name, what);
      return;
    }
  for (guint i = 0; i < contra_yaml_length (map); i++)
    {
      const ContraYamlNode *key = contra_yaml_key_at (map, i);
      const char *kind = kind_key (schema, key);
      if (kind == NULL)
        continue;
      g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
      g_auto (GStrv) words = contra_schema_strings (schema, map, kind, nodes);
      GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint w = 0; words != NULL && words[w] != NULL; w++)
        if (!kind_word (words[w]))
          contra_schema_error (schema, nodes->pdata[w], "'%s' must be one word in lower-case letters", words[w]);
        else
          g_hash_table_add (set, g_strdup (words[w]));
      g_hash_table_replace (table, g_strdup (kind), set);
    }
}

ContraKinds *
contra_kinds_read (ContraSchema *schema, const ContraYamlNode *root)
{
  static const char *const keys[] = {"kinds", "pronouns", "extents", "measures", NULL};
  ContraKinds *kinds = g_new0 (ContraKinds, 1);

  kinds->above = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  kinds->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  kinds->first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  kinds->pronouns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  kinds->extents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  kinds->measures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  if (root == NULL || !contra_schema_mapping (schema, root, "kinds.yaml", keys)
      || !contra_schema_require (schema, root, "kinds", "kinds.yaml"))
    return kinds;

  const ContraYamlNode *map = contra_yaml_mapping_get (root, "kinds");
  if (map->kind != CONTRA_YAML_MAPPING)
    {
      contra_schema_error (schema, map, "'kinds' must be a mapping of a kind to the kinds it is a kind of");
      return kinds;
    }
  g_autoptr (GHashTable) links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < contra_yaml_length (map); i++)
    {
      const ContraYamlNode *key = contra_yaml_key_at (map, i);
      const char *kind = kind_key (schema, key);
      if (kind == NULL)
        continue;
      if (!g_hash_table_add (seen, (gpointer) kind))
        {
          contra_schema_error (schema, key, "the kind '%s' is given twice", kind);
          continue;
        }
      g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
      g_auto (GStrv) broader = contra_schema_strings (schema, map, kind, nodes);
      if (broader == NULL)
        continue;
      if (broader[0] == NULL)
        contra_schema_error (schema, key, "the kind '%s' must be a kind of something", kind);
      gboolean good = TRUE;
      for (guint b = 0; broader[b] != NULL; b++)
        {
          if (!kind_word (broader[b]))
            contra_schema_error (schema, nodes->pdata[b], "'%s' must be one word in lower-case letters", broader[b]);
          else if (strcmp (broader[b], kind) == 0)
            contra_schema_error (schema, nodes->pdata[b], "'%s' is a kind of itself", kind);
          else
            continue;
          good = FALSE;
        }
      if (good)
        g_hash_table_insert (links, g_strdup (kind), g_steal_pointer (&broader));
    }

  GHashTableIter iter;
  gpointer kind;
  g_hash_table_iter_init (&iter, links);
  while (g_hash_table_iter_next (&iter, &kind, NULL))
    {
      GHashTable *above = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      close_over (links, kind, above);
      g_hash_table_remove (above, kind);
      g_hash_table_add (kinds->known, g_strdup (kind));
      GHashTableIter up;
      gpointer word;
      g_hash_table_iter_init (&up, above);
      while (g_hash_table_iter_next (&up, &word, NULL))
        g_hash_table_add (kinds->known, g_strdup (word));
      g_hash_table_insert (kinds->above, g_strdup (kind), above);
    }

  /* Synonyms: kinds each of which is a kind of the other (firm and company). */
  g_hash_table_iter_init (&iter, kinds->above);
  gpointer above;
  while (g_hash_table_iter_next (&iter, &kind, &above))
    {
      const char *first = kind;
      GHashTableIter up;
      gpointer word;
      g_hash_table_iter_init (&up, above);
      while (g_hash_table_iter_next (&up, &word, NULL))
        if (strcmp (word, first) < 0 && contra_kinds_is_a (kinds, word, kind))
          first = word;
      if (first != kind)
        g_hash_table_insert (kinds->first, g_strdup (kind), g_strdup (first));
    }
  read_word_sets (kinds->pronouns, schema, root, "pronouns", "a kind to its pronouns");
  read_word_sets (kinds->extents, schema, root, "extents", "a measure to the kinds it is the extent of");
  read_word_sets (kinds->measures, schema, root, "measures", "a measure to the dimensions it is stated in");
  return kinds;
}

gboolean
contra_kinds_is_a (const ContraKinds *kinds, const char *narrow, const char *broad)
{
  if (strcmp (narrow, broad) == 0)
    return TRUE;
  GHashTable *above = kinds != NULL ? g_hash_table_lookup (kinds->above, narrow) : NULL;
  return above != NULL && g_hash_table_contains (above, broad);
}

const char *
contra_kinds_synonym (const ContraKinds *kinds, const char *word)
{
  const char *first = kinds != NULL ? g_hash_table_lookup (kinds->first, word) : NULL;

  return first != NULL ? first : word;
}

gboolean
contra_kinds_known (const ContraKinds *kinds, const char *word)
{
  return kinds != NULL && g_hash_table_contains (kinds->known, word);
}

gboolean
contra_kinds_pronoun (const ContraKinds *kinds, const char *kind, const char *pronoun)
{
  GHashTableIter iter;
  gpointer broad, set;

  if (kinds == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, kinds->pronouns);
  while (g_hash_table_iter_next (&iter, &broad, &set))
    if (g_hash_table_contains (set, pronoun) && contra_kinds_is_a (kinds, kind, broad))
      return TRUE;
  return FALSE;
}

/* TRUE when a thing of kind @kind is one of @set's kinds or of a kind under one. */
static gboolean
kind_in (const ContraKinds *kinds, GHashTable *set, const char *kind)
{
  GHashTableIter in;
  gpointer broad;

  g_hash_table_iter_init (&in, set);
  while (g_hash_table_iter_next (&in, &broad, NULL))
    if (contra_kinds_is_a (kinds, kind, broad))
      return TRUE;
  return FALSE;
}

const char *
contra_kinds_measure (const ContraKinds *kinds, const char *dimension, const char *kind)
{
  const char *plain = NULL, *any = NULL;
  GHashTableIter iter;
  gpointer measure, set;

  if (kinds == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, kinds->measures);
  while (g_hash_table_iter_next (&iter, &measure, &set))
    {
      if (!g_hash_table_contains (set, dimension))
        continue;
      GHashTable *of = g_hash_table_lookup (kinds->extents, measure);
      if (kind != NULL && of != NULL && kind_in (kinds, of, kind))
        return measure;
      if (of == NULL && (plain == NULL || strcmp (measure, plain) < 0))
        plain = measure;
      if (any == NULL || strcmp (measure, any) < 0)
        any = measure;
    }
  if (kind != NULL)
    return NULL;
  return plain != NULL ? plain : any;
}

const char *
contra_kinds_extent (const ContraKinds *kinds, const char *kind)
{
  GHashTableIter iter;
  gpointer measure, set;

  if (kinds == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, kinds->extents);
  while (g_hash_table_iter_next (&iter, &measure, &set))
    if (kind_in (kinds, set, kind))
      return measure;
  return NULL;
}

const char *
contra_kinds_top (const ContraKinds *kinds, const char *word)
{
  GHashTable *above = kinds != NULL ? g_hash_table_lookup (kinds->above, word) : NULL;
  const char *top = NULL;
  GHashTableIter iter;
  gpointer broad;

  if (above == NULL)
    return word;
  g_hash_table_iter_init (&iter, above);
  while (g_hash_table_iter_next (&iter, &broad, NULL))
    {
      GHashTable *over = g_hash_table_lookup (kinds->above, broad);
      if ((over == NULL || g_hash_table_size (over) == 0) && (top == NULL || strcmp (broad, top) < 0))
        top = broad;
    }
  return top != NULL ? top : contra_kinds_synonym (kinds, word);
}
