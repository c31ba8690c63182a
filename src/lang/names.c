/* names.c — reading names.yaml (see names.h).
 *
 * The families are the connected parts of the graph whose edges join a short form to
 * each name it stands for, found with union-find when the file is read; a family is
 * named by its least member in byte order, so that it does not depend on the order
 * of the file.
 */
#include "lang/names.h"

#include <string.h>

struct _ContraNames {
  GHashTable *titles;     /* set of folded words */
  GHashTable *suffixes;   /* set */
  GHashTable *org_suffixes; /* set of phrases */
  GHashTable *vessel_prefixes; /* set of words */
  GHashTable *full_forms; /* short form -> GPtrArray of char* (NULL-terminated) */
  GHashTable *family;     /* every name of the file -> its family (a key of this table) */
};

void
contra_names_free (ContraNames *names)
{
  if (names == NULL)
    return;
  g_hash_table_unref (names->titles);
  g_hash_table_unref (names->suffixes);
  g_hash_table_unref (names->org_suffixes);
  g_hash_table_unref (names->vessel_prefixes);
  g_hash_table_unref (names->full_forms);
  g_hash_table_unref (names->family);
  g_free (names);
}

/* A word of the file as the matcher folds it: lower-case ASCII letters only. */
static gboolean
plain_word (const char *word)
{
  if (*word == '\0')
    return FALSE;
  for (const char *p = word; *p != '\0'; p++)
    if (!g_ascii_islower (*p))
      return FALSE;
  return TRUE;
}

static void
read_word_set (ContraSchema *schema, const ContraYamlNode *root, const char *key, GHashTable *set)
{
  g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
  g_auto (GStrv) words = contra_schema_strings (schema, root, key, nodes);

  for (guint w = 0; words != NULL && words[w] != NULL; w++)
    {
      if (!plain_word (words[w]))
        contra_schema_error (schema, nodes->pdata[w], "'%s' must be one word in lower-case letters", words[w]);
      else if (!g_hash_table_add (set, g_strdup (words[w])))
        contra_schema_error (schema, nodes->pdata[w], "'%s' is given twice in '%s'", words[w], key);
    }
}

/* A phrase of the file: words of lower-case ASCII letters, one space between. */
static gboolean
plain_phrase (const char *phrase)
{
  for (const char *p = phrase; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !(*p == ' ' && p > phrase && p[-1] != ' ' && g_ascii_islower (p[1])))
      return FALSE;
  return *phrase != '\0';
}

/* Union-find over the names, by name: the root of @name's set. */
static const char *
find_root (GHashTable *parent, const char *name)
{
  const char *up;

  while ((up = g_hash_table_lookup (parent, name)) != NULL && strcmp (up, name) != 0)
    name = up;
  return name;
}

static void
join (GHashTable *parent, const char *a, const char *b)
{
  const char *ra = find_root (parent, a), *rb = find_root (parent, b);
  int order = strcmp (ra, rb);

  if (order < 0)
    g_hash_table_insert (parent, (gpointer) rb, (gpointer) ra);
  else if (order > 0)
    g_hash_table_insert (parent, (gpointer) ra, (gpointer) rb);
}

ContraNames *
contra_names_read (ContraSchema *schema, const ContraYamlNode *root)
{
  static const char *const keys[]
    = {"titles", "suffixes", "organisation_suffixes", "vessel_prefixes", "nicknames", NULL};
  ContraNames *names = g_new0 (ContraNames, 1);

  names->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  names->suffixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  names->org_suffixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  names->vessel_prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  names->full_forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  names->family = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (root == NULL || !contra_schema_mapping (schema, root, "names.yaml", keys))
    return names;
  read_word_set (schema, root, "titles", names->titles);
  read_word_set (schema, root, "suffixes", names->suffixes);
  read_word_set (schema, root, "vessel_prefixes", names->vessel_prefixes);
  g_autoptr (GPtrArray) phrase_nodes = g_ptr_array_new ();
  g_auto (GStrv) phrases = contra_schema_strings (schema, root, "organisation_suffixes", phrase_nodes);
  for (guint w = 0; phrases != NULL && phrases[w] != NULL; w++)
    {
      if (!plain_phrase (phrases[w]))
        contra_schema_error (schema, phrase_nodes->pdata[w], "'%s' must be words in lower-case letters", phrases[w]);
      else if (!g_hash_table_add (names->org_suffixes, g_strdup (phrases[w])))
        contra_schema_error (schema, phrase_nodes->pdata[w], "'%s' is given twice in 'organisation_suffixes'",
                             phrases[w]);
    }
  if (!contra_schema_require (schema, root, "nicknames", "names.yaml"))
    return names;

  const ContraYamlNode *map = contra_yaml_mapping_get (root, "nicknames");
  if (map->kind != CONTRA_YAML_MAPPING)
    {
      contra_schema_error (schema, map, "'nicknames' must be a mapping of short forms to given names");
      return names;
    }
  /* Every name, owned by the table of families; parent links point into its keys. */
  g_autoptr (GHashTable) parent = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < contra_yaml_length (map); i++)
    {
      const ContraYamlNode *key = contra_yaml_key_at (map, i);
      const char *shortname = key->scalar != NULL ? key->scalar : "";
      if (!plain_word (shortname))
        {
          contra_schema_error (schema, key, "the short form '%s' must be one word in lower-case letters", shortname);
          continue;
        }
      if (g_hash_table_contains (names->full_forms, shortname))
        {
          contra_schema_error (schema, key, "the short form '%s' is given twice", shortname);
          continue;
        }
      g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
      g_auto (GStrv) fulls = contra_schema_strings (schema, map, shortname, nodes);
      GPtrArray *list = g_ptr_array_new_with_free_func (g_free);
      for (guint f = 0; fulls != NULL && fulls[f] != NULL; f++)
        {
          gboolean twice = FALSE;
          for (guint k = 0; k < list->len; k++)
            twice = twice || strcmp (list->pdata[k], fulls[f]) == 0;
          if (!plain_word (fulls[f]))
            contra_schema_error (schema, nodes->pdata[f], "'%s' must be one word in lower-case letters", fulls[f]);
          else if (strcmp (fulls[f], shortname) == 0)
            contra_schema_error (schema, nodes->pdata[f], "'%s' may not stand for itself", fulls[f]);
          else if (twice)
            contra_schema_error (schema, nodes->pdata[f], "'%s' is given twice for '%s'", fulls[f], shortname);
          else
            g_ptr_array_add (list, g_strdup (fulls[f]));
        }
      if (list->len == 0)
        {
          if (fulls != NULL && fulls[0] == NULL)
            contra_schema_error (schema, key, "the short form '%s' must stand for a given name", shortname);
          g_ptr_array_unref (list);
          continue;
        }
      g_ptr_array_add (list, NULL);
      g_hash_table_insert (names->full_forms, g_strdup (shortname), list);
    }

  /* The families. */
  GHashTableIter iter;
  gpointer k, v;
  g_hash_table_iter_init (&iter, names->full_forms);
  while (g_hash_table_iter_next (&iter, &k, &v))
    {
      GPtrArray *list = v;
      if (!g_hash_table_contains (parent, k))
        g_hash_table_insert (parent, k, k);
      for (guint f = 0; list->pdata[f] != NULL; f++)
        {
          if (!g_hash_table_contains (parent, list->pdata[f]))
            g_hash_table_insert (parent, list->pdata[f], list->pdata[f]);
          join (parent, k, list->pdata[f]);
        }
    }
  /* Every name of a family points to its root's own key in the table. */
  g_hash_table_iter_init (&iter, parent);
  while (g_hash_table_iter_next (&iter, &k, NULL))
    g_hash_table_insert (names->family, g_strdup (k), NULL);
  g_hash_table_iter_init (&iter, names->family);
  while (g_hash_table_iter_next (&iter, &k, NULL))
    {
      gpointer root_key = NULL;
      g_hash_table_lookup_extended (names->family, find_root (parent, k), &root_key, NULL);
      g_hash_table_iter_replace (&iter, root_key);
    }
  return names;
}

gboolean
contra_names_is_title (const ContraNames *names, const char *fold)
{
  return g_hash_table_contains (names->titles, fold);
}

gboolean
contra_names_is_org_suffix (const ContraNames *names, const char *phrase)
{
  return names != NULL && g_hash_table_contains (names->org_suffixes, phrase);
}

gboolean
contra_names_is_vessel_prefix (const ContraNames *names, const char *fold)
{
  return names != NULL && g_hash_table_contains (names->vessel_prefixes, fold);
}

gboolean
contra_names_is_suffix (const ContraNames *names, const char *fold)
{
  return g_hash_table_contains (names->suffixes, fold);
}

const char *const *
contra_names_full_forms (const ContraNames *names, const char *fold)
{
  GPtrArray *list = g_hash_table_lookup (names->full_forms, fold);
  return list != NULL ? (const char *const *) list->pdata : NULL;
}

gboolean
contra_names_known (const ContraNames *names, const char *fold)
{
  return g_hash_table_contains (names->family, fold);
}

const char *
contra_names_family (const ContraNames *names, const char *fold)
{
  const char *family = g_hash_table_lookup (names->family, fold);
  return family != NULL ? family : fold;
}
