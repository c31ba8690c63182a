/* fingerprint.c — hashes of the rules and a document's bytes, and a manifest entry's fields. */
#include "index/fingerprint.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "contra-config.h"

/* Fields are written to a buffer, each with its length first, so that ("ab", "c")
 * and ("a", "bc") differ. */
static void
add_string (GString *fields, const char *text)
{
  guint64 n = text != NULL ? strlen (text) + 1 : 0;

  g_string_append_len (fields, (const char *) &n, sizeof n);
  if (text != NULL)
    g_string_append_len (fields, text, (gssize) n);
}

static void
add_int (GString *fields, gint64 value)
{
  g_string_append_len (fields, (const char *) &value, sizeof value);
}

static void
add_date (GString *fields, const ContraDate *date)
{
  add_int (fields, date->first);
  add_int (fields, date->last);
  add_int (fields, date->grain);
  add_int (fields, date->flags);
}

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Called for each regular file under the rules folder, in the order of their relative
 * paths: @path to open, @child relative to the folder. */
typedef gboolean (*FileFn) (const char *path, const char *child, gpointer data, GError **error);

static gboolean
walk_folder (const char *root, const char *relative, FileFn fn, gpointer data, GError **error)
{
  g_autofree char *dir = relative[0] != '\0' ? g_build_filename (root, relative, NULL) : g_strdup (root);
  g_autoptr (GDir) handle = g_dir_open (dir, 0, error);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (handle == NULL)
    return FALSE;
  for (const char *name; (name = g_dir_read_name (handle)) != NULL;)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = relative[0] != '\0' ? g_build_filename (relative, g_ptr_array_index (names, i), NULL)
                                                   : g_strdup (g_ptr_array_index (names, i));
      g_autofree char *path = g_build_filename (root, child, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if (!walk_folder (root, child, fn, data, error))
            return FALSE;
          continue;
        }
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR) && !fn (path, child, data, error))
        return FALSE;
    }
  return TRUE;
}

typedef struct {
  GChecksum *sum;
  GString *fields;
} Hashing;

static gboolean
hash_file (const char *path, const char *child, gpointer data, GError **error)
{
  Hashing *h = data;
  g_autofree char *bytes = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &bytes, &length, error))
    return FALSE;
  g_string_truncate (h->fields, 0);
  add_string (h->fields, child);
  add_int (h->fields, (gint64) length);
  g_checksum_update (h->sum, (const guchar *) h->fields->str, (gssize) h->fields->len);
  g_checksum_update (h->sum, (const guchar *) bytes, (gssize) length);
  return TRUE;
}

typedef struct {
  GString *listing;
  gint64 now; /* nanoseconds */
} Stamping;

/* A file written this recently (nanoseconds) may change again without its stamp
 * changing. */
#define RACY_NS G_GINT64_CONSTANT (2000000000)

static gboolean
stamp_file (const char *path, const char *child, gpointer data, GError **error)
{
  Stamping *st = data;
  struct stat info;

  if (stat (path, &info) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", path, g_strerror (saved));
      return FALSE;
    }
  gint64 mtime = (gint64) info.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + info.st_mtim.tv_nsec;
  gint64 ctime = (gint64) info.st_ctim.tv_sec * G_GINT64_CONSTANT (1000000000) + info.st_ctim.tv_nsec;
  if (st->now - mtime < RACY_NS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_AGAIN, "%s: written too recently to trust its stamp", path);
      return FALSE;
    }
  g_string_append_printf (st->listing,
                          "%s\t%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                          " %" G_GINT64_FORMAT "\n",
                          child, (gint64) info.st_dev, (gint64) info.st_ino, (gint64) info.st_size, mtime, ctime);
  return TRUE;
}

char *
contra_fingerprint_rules_stamps (const char *rules_dir)
{
  g_autoptr (GString) listing = g_string_new ("contra " CONTRA_VERSION "\n");
  Stamping st = {listing, g_get_real_time () * 1000};

  if (!walk_folder (rules_dir, "", stamp_file, &st, NULL))
    return NULL;
  return g_string_free (g_steal_pointer (&listing), FALSE);
}

char *
contra_fingerprint_rules (const char *rules_dir, GError **error)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr (GString) fields = g_string_new (NULL);

  add_string (fields, "contra " CONTRA_VERSION);
  g_checksum_update (sum, (const guchar *) fields->str, (gssize) fields->len);
  Hashing h = {sum, fields};
  if (!walk_folder (rules_dir, "", hash_file, &h, error))
    return NULL;
  return g_strdup (g_checksum_get_string (sum));
}

GBytes *
contra_fingerprint_entry (const ContraCorpusItem *item)
{
  GString *fields = g_string_sized_new (256);
  const ContraManifestEntry *entry = item->entry;

  add_int (fields, entry != NULL);
  if (entry != NULL)
    {
      add_string (fields, entry->id);
      add_string (fields, entry->file);
      add_string (fields, entry->title);
      add_string (fields, entry->author);
      add_string (fields, entry->outlet);
      add_string (fields, entry->language);
      add_date (fields, &entry->published);
      add_int (fields, entry->ignore != NULL ? entry->ignore->len : 0);
      for (guint i = 0; entry->ignore != NULL && i < entry->ignore->len; i++)
        add_int (fields, g_array_index (entry->ignore, guint, i));
      add_int (fields, entry->sections != NULL ? entry->sections->len : 0);
      for (guint i = 0; entry->sections != NULL && i < entry->sections->len; i++)
        {
          const ContraManifestSection *section = g_ptr_array_index (entry->sections, i);
          add_int (fields, section->first_line);
          add_int (fields, section->last_line);
          add_int (fields, section->kind);
          add_string (fields, section->label);
          add_string (fields, section->author);
          add_date (fields, &section->date);
        }
    }
  return g_string_free_to_bytes (fields);
}

char *
contra_fingerprint_bytes (const char *data, gsize length)
{
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}
