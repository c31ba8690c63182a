#include "base/strutil.h"

#include <string.h>

/* Optimal string alignment distance: Levenshtein, with a swap of two neighbouring
 * characters counted as one edit ("titel" is one edit from "title"). */
guint
contra_edit_distance (const char *a, const char *b, guint limit)
{
  glong n = g_utf8_strlen (a, -1);
  glong m = g_utf8_strlen (b, -1);

  if ((guint) ABS (n - m) > limit)
    return limit + 1;

  g_autofree gunichar *x = g_utf8_to_ucs4_fast (a, -1, NULL);
  g_autofree gunichar *y = g_utf8_to_ucs4_fast (b, -1, NULL);
  /* Three rows: the one before last is needed for swaps. */
  g_autofree guint *older = g_new (guint, m + 1);
  g_autofree guint *prev = g_new (guint, m + 1);
  g_autofree guint *row = g_new (guint, m + 1);

  for (glong j = 0; j <= m; j++)
    prev[j] = (guint) j;
  for (glong i = 1; i <= n; i++)
    {
      guint best = (guint) i;
      row[0] = (guint) i;
      for (glong j = 1; j <= m; j++)
        {
          guint cost = x[i - 1] == y[j - 1] ? 0 : 1;
          row[j] = MIN (MIN (prev[j] + 1, row[j - 1] + 1), prev[j - 1] + cost);
          if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
            row[j] = MIN (row[j], older[j - 2] + 1);
          best = MIN (best, row[j]);
        }
      if (best > limit)
        return limit + 1;
      guint *spare = older;
      older = prev;
      prev = row;
      row = spare;
    }
  return MIN (prev[m], limit + 1);
}

const char *
contra_suggest (const char *word, const char *const *candidates)
{
  guint limit = MAX (1, (guint) g_utf8_strlen (word, -1) / 3);
  const char *best = NULL;
  guint best_distance = limit + 1;

  for (guint i = 0; candidates[i] != NULL; i++)
    {
      guint d = contra_edit_distance (word, candidates[i], limit);
      if (d < best_distance)
        {
          best = candidates[i];
          best_distance = d;
        }
    }
  return best;
}

char *
contra_slugify (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_sized_new (strlen (ascii));
  gboolean pending_hyphen = FALSE;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (pending_hyphen && out->len > 0)
            g_string_append_c (out, '-');
          g_string_append_c (out, g_ascii_tolower (*p));
          pending_hyphen = FALSE;
        }
      else if (*p != '\'' && *p != '.')
        pending_hyphen = TRUE;
    }
  return g_string_free (out, FALSE);
}

char *
contra_collapse_space (const char *text, gssize length)
{
  gsize n = length < 0 ? strlen (text) : (gsize) length;
  GString *out = g_string_sized_new (n);
  gboolean space = FALSE;

  for (gsize i = 0; i < n; i++)
    {
      char c = text[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_c (out, c);
          space = FALSE;
        }
    }
  return g_string_free (out, FALSE);
}

static void
cache_free (gpointer cache)
{
  g_hash_table_unref (cache);
}

/* The strings interned here and not by glib. g_intern_string() makes a quark of each
 * new string, and glib keeps every array of quarks it outgrows (for readers that take
 * no lock): interning n strings keeps about n * n / 512 bytes, 12.8 GB for the 2.5 M
 * subjects of 20 M replicated claims. A string glib knows already (a rule's or a
 * concept's id, interned as the rules load) keeps glib's pointer, so that the two
 * compare equal; any other goes into a string chunk of our own. */
static const char *
intern_shared (const char *string)
{
  static GMutex lock;
  static GHashTable *pool;
  static GStringChunk *chunk;
  const char *interned;

  g_mutex_lock (&lock);
  if (pool == NULL)
    {
      pool = g_hash_table_new (g_str_hash, g_str_equal);
      chunk = g_string_chunk_new (1u << 16);
    }
  interned = g_hash_table_lookup (pool, string);
  if (interned == NULL)
    {
      interned = g_quark_try_string (string) != 0 ? g_intern_string (string) : g_string_chunk_insert (chunk, string);
      g_hash_table_add (pool, (gpointer) interned);
    }
  g_mutex_unlock (&lock);
  return interned;
}

/* The strings a thread's cache keeps at most. */
#define CACHE_MAX (1u << 16)

const char *
contra_intern (const char *string)
{
  static GPrivate cache_key = G_PRIVATE_INIT (cache_free);
  GHashTable *cache;
  const char *interned;

  if (string == NULL)
    return NULL;
  cache = g_private_get (&cache_key);
  if (cache == NULL)
    {
      cache = g_hash_table_new (g_str_hash, g_str_equal);
      g_private_set (&cache_key, cache);
    }
  interned = g_hash_table_lookup (cache, string);
  if (interned == NULL)
    {
      interned = intern_shared (string);
      /* The strings met first (rules', concepts', attributes') are the ones met most;
       * past CACHE_MAX, the cache would copy the pool: a reader of an archive's
       * claims interns millions of subjects, each seen a few times. */
      if (g_hash_table_size (cache) < CACHE_MAX)
        g_hash_table_add (cache, (gpointer) interned);
    }
  return interned;
}

/* The white space of glib's "\s" (Unicode's, as GRegex compiles with PCRE2_UCP) and
 * the no-break space; returns the length in bytes of the one at @p, or 0. */
static gsize
space_at (const char *p)
{
  guchar c = (guchar) p[0];

  if (c == ' ' || (c >= '\t' && c <= '\r'))
    return 1;
  if (c < 0xC2)
    return 0;
  gunichar u = g_utf8_get_char (p);
  if (u == 0x85 || u == 0xA0)
    return 2;
  if (u == 0x1680 || u == 0x180E || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029 || u == 0x202F
      || u == 0x205F || u == 0x3000)
    return 3;
  return 0;
}

char **
contra_split_space (const char *text)
{
  GPtrArray *words = g_ptr_array_new ();
  const char *start = text;
  const char *p = text;

  while (*p != '\0')
    {
      gsize n = space_at (p);
      if (n == 0)
        {
          p++;
          continue;
        }
      g_ptr_array_add (words, g_strndup (start, (gsize) (p - start)));
      while ((n = space_at (p)) > 0)
        p += n;
      start = p;
    }
  /* A trailing space leaves an empty last word, as the split does; "" has no words. */
  if (p > text)
    g_ptr_array_add (words, g_strndup (start, (gsize) (p - start)));
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (words, FALSE);
}

/* Whether the eight bytes of @word are ASCII other than NUL, and so valid UTF-8. (A
 * byte b is zero when (b - 1) & ~b has its high bit set.) */
static inline gboolean
is_plain_ascii (guint64 word)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

  return ((word | ((word - ones) & ~word)) & highs) == 0;
}

gboolean
contra_utf8_validate (const char *text, gsize length, const char **bad)
{
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      guint64 word;
      if (end - p >= 8)
        {
          memcpy (&word, p, 8);
          if (is_plain_ascii (word))
            {
              p += 8;
              continue;
            }
        }
      /* Up to four bytes, which hold at least one whole character if it is valid. */
      gsize n = MIN (4, (gsize) (end - p));
      const char *stop;
      if (g_utf8_validate_len (p, n, &stop))
        stop = p + n;
      if (stop == p)
        {
          if (bad != NULL)
            *bad = p;
          return FALSE;
        }
      p = stop;
    }
  return TRUE;
}
