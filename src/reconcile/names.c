/* names.c — the name matcher (see names.h). */
#include "reconcile/names.h"

#include <string.h>

#include "base/strutil.h"

#define MAX_MIDDLES 2

typedef struct {
  const char *slug;  /* interned */
  char **words;      /* the slug's words */
  const char *first; /* into words */
  const char *middles[MAX_MIDDLES];
  guint n_middles;
  const char *surname;
  gboolean titled;
  gboolean capitalised; /* one of its labels writes every word with a capital */
  gboolean ambiguous;
  guint set; /* union-find parent, an index into the bucket */
} Name;

static void
name_free (Name *name)
{
  if (name == NULL)
    return;
  g_strfreev (name->words);
  g_free (name);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Name, name_free)

static gboolean
plain_word (const char *word)
{
  if (*word == '\0')
    return FALSE;
  for (const char *p = word; *p != '\0'; p++)
    if (!g_ascii_isalpha (*p))
      return FALSE;
  return TRUE;
}

/* Reads @slug; NULL when it is no person's name. */
static Name *
name_parse (const ContraNames *names, const char *slug)
{
  g_autoptr (Name) name = g_new0 (Name, 1);
  guint first = 0, last;

  name->slug = contra_intern (slug);
  name->words = g_strsplit (slug, "-", -1);
  last = g_strv_length (name->words);
  for (guint w = 0; w < last; w++)
    if (!plain_word (name->words[w]))
      return NULL;
  while (first < last && contra_names_is_title (names, name->words[first]))
    first++, name->titled = TRUE;
  while (last > first && contra_names_is_suffix (names, name->words[last - 1]))
    last--;
  if (last < first + 2 || last - first - 2 > MAX_MIDDLES)
    return NULL;
  name->first = name->words[first];
  name->surname = name->words[last - 1];
  if (strlen (name->first) < 2 || strlen (name->surname) < 2)
    return NULL;
  for (guint w = first + 1; w + 1 < last; w++)
    name->middles[name->n_middles++] = name->words[w];
  return g_steal_pointer (&name);
}

static gboolean
has_initial (const Name *name)
{
  for (guint k = 0; k < name->n_middles; k++)
    if (name->middles[k][1] == '\0')
      return TRUE;
  return FALSE;
}

static gboolean
stands_for (const ContraNames *names, const char *shortname, const char *full)
{
  const char *const *fulls = contra_names_full_forms (names, shortname);

  for (guint k = 0; fulls != NULL && fulls[k] != NULL; k++)
    if (strcmp (fulls[k], full) == 0)
      return TRUE;
  return FALSE;
}

/* Two middle names: equal, or an initial and a name it begins. */
static gboolean
middle_matches (const char *a, const char *b)
{
  if (a[1] == '\0' || b[1] == '\0')
    return a[0] == b[0];
  return strcmp (a, b) == 0;
}

/* The middle names of two names do not differ: equal in number, each pair matching, or
 * one name without any. */
static gboolean
middles_match (const Name *a, const Name *b)
{
  if (a->n_middles == 0 || b->n_middles == 0)
    return TRUE;
  if (a->n_middles != b->n_middles)
    return FALSE;
  for (guint k = 0; k < a->n_middles; k++)
    if (!middle_matches (a->middles[k], b->middles[k]))
      return FALSE;
  return TRUE;
}

static gboolean
compatible (const ContraNames *names, const Name *a, const Name *b)
{
  if (strcmp (a->surname, b->surname) != 0)
    return FALSE;
  gboolean same_first = strcmp (a->first, b->first) == 0;
  if (!same_first && !stands_for (names, a->first, b->first) && !stands_for (names, b->first, a->first))
    return FALSE;
  if (!middles_match (a, b))
    return FALSE;
  /* Equal given names: "George Washington Bridge" is not "George Bridge". */
  return !same_first || contra_names_known (names, a->first) || has_initial (a) || has_initial (b) || a->titled
         || b->titled;
}

static char *
bucket_of (const ContraNames *names, const Name *name)
{
  return g_strconcat (name->surname, "|", contra_names_family (names, name->first), NULL);
}

/* Two short forms of one given name ("Bill" and "Will" of William), the rest of the
 * names compatible: not one person for certain, but nothing tells them apart. */
static gboolean
short_forms_of_one (const ContraNames *names, const Name *a, const Name *b)
{
  const char *const *fa = contra_names_full_forms (names, a->first);

  if (strcmp (a->surname, b->surname) != 0 || !middles_match (a, b))
    return FALSE;
  for (guint k = 0; fa != NULL && fa[k] != NULL; k++)
    if (stands_for (names, b->first, fa[k]))
      return TRUE;
  return FALSE;
}

char *
contra_name_bucket (const ContraNames *names, const char *slug)
{
  g_autoptr (Name) name = name_parse (names, slug);

  return name != NULL ? bucket_of (names, name) : NULL;
}

gboolean
contra_name_match (const ContraNames *names, const char *a, const char *b)
{
  g_autoptr (Name) x = name_parse (names, a);
  g_autoptr (Name) y = name_parse (names, b);

  return x != NULL && y != NULL && strcmp (a, b) != 0 && compatible (names, x, y);
}

/* ---- merging ------------------------------------------------------------------------ */

struct _ContraNameMerger {
  const ContraNames *names;
  GHashTable *by_slug; /* interned slug -> Name*, owned */
};

ContraNameMerger *
contra_name_merger_new (const ContraNames *names)
{
  ContraNameMerger *merger = g_new0 (ContraNameMerger, 1);

  merger->names = names;
  merger->by_slug = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) name_free);
  return merger;
}

void
contra_name_merger_free (ContraNameMerger *merger)
{
  if (merger == NULL)
    return;
  g_hash_table_unref (merger->by_slug);
  g_free (merger);
}

/* TRUE when every word of @label begins with a capital letter ("Alexander J. Moreno"). */
static gboolean
all_capitalised (const char *label)
{
  g_auto (GStrv) words = g_strsplit_set (label, " \t\n", -1);
  guint n = 0;

  for (guint w = 0; words[w] != NULL; w++)
    {
      if (words[w][0] == '\0')
        continue;
      if (!g_unichar_isupper (g_utf8_get_char_validated (words[w], -1)))
        return FALSE;
      n++;
    }
  return n > 0;
}

void
contra_name_merger_add (ContraNameMerger *merger, const char *slug, const char *label)
{
  const char *key = contra_intern (slug);
  Name *name = g_hash_table_lookup (merger->by_slug, key);

  if (name == NULL && !g_hash_table_contains (merger->by_slug, key))
    {
      name = name_parse (merger->names, slug);
      g_hash_table_insert (merger->by_slug, (gpointer) key, name);
    }
  if (name != NULL && !name->capitalised && label != NULL && all_capitalised (label))
    name->capitalised = TRUE;
}

static guint
find_set (GPtrArray *bucket, guint i)
{
  while (((Name *) bucket->pdata[i])->set != i)
    i = ((Name *) bucket->pdata[i])->set;
  return i;
}

/* The fuller of two names of a set: more middle names, a longer given name, no title,
 * then the first slug in byte order. */
static gboolean
fuller (const Name *a, const Name *b)
{
  if (a->n_middles != b->n_middles)
    return a->n_middles > b->n_middles;
  gsize la = strlen (a->first), lb = strlen (b->first);
  if (la != lb)
    return la > lb;
  if (a->titled != b->titled)
    return !a->titled;
  return strcmp (a->slug, b->slug) < 0;
}

static gint
by_slug (gconstpointer a, gconstpointer b)
{
  const Name *x = *(const Name *const *) a, *y = *(const Name *const *) b;
  return strcmp (x->slug, y->slug);
}

static void
merge_bucket (const ContraNames *names, GPtrArray *bucket, GHashTable *merges)
{
  guint n = bucket->len;
  g_autofree gboolean *ok = g_new0 (gboolean, (gsize) n * n);

  g_ptr_array_sort (bucket, by_slug);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      ok[i * n + j] = ok[j * n + i] = compatible (names, bucket->pdata[i], bucket->pdata[j]);
  for (guint k = 0; k < n; k++)
    {
      Name *name = bucket->pdata[k];
      name->set = k;
      for (guint i = 0; i < n && !name->ambiguous; i++)
        for (guint j = i + 1; j < n && !name->ambiguous; j++)
          name->ambiguous = i != k && j != k && ok[k * n + i] && ok[k * n + j] && !ok[i * n + j]
                            && !short_forms_of_one (names, bucket->pdata[i], bucket->pdata[j]);
    }
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        Name *a = bucket->pdata[i], *b = bucket->pdata[j];
        if (!ok[i * n + j] || a->ambiguous || b->ambiguous)
          continue;
        guint ra = find_set (bucket, i), rb = find_set (bucket, j);
        if (ra == rb)
          continue;
        /* The set is named by its root: keep the fuller one there. */
        if (fuller (bucket->pdata[ra], bucket->pdata[rb]))
          ((Name *) bucket->pdata[rb])->set = ra;
        else
          ((Name *) bucket->pdata[ra])->set = rb;
      }
  for (guint k = 0; k < n; k++)
    {
      const Name *root = bucket->pdata[find_set (bucket, k)];
      const Name *name = bucket->pdata[k];
      if (root != name)
        g_hash_table_insert (merges, (gpointer) name->slug, (gpointer) root->slug);
    }
}

GHashTable *
contra_name_merger_finish (ContraNameMerger *merger)
{
  GHashTable *merges = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GHashTable) buckets
    = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, merger->by_slug);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Name *name = value;
      if (name == NULL || !name->capitalised)
        continue;
      g_autofree char *key = bucket_of (merger->names, name);
      GPtrArray *bucket = g_hash_table_lookup (buckets, key);
      if (bucket == NULL)
        {
          bucket = g_ptr_array_new ();
          g_hash_table_insert (buckets, g_steal_pointer (&key), bucket);
        }
      g_ptr_array_add (bucket, name);
    }
  g_hash_table_iter_init (&iter, buckets);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((GPtrArray *) value)->len > 1)
      merge_bucket (merger->names, value, merges);
  return merges;
}
