/* fingerprint.c — hashes of the rules and a document's bytes, and a manifest entry's fields. */
#include "index/fingerprint.h"

#include <string.h>

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

static gboolean
add_folder (GChecksum *sum, const char *root, const char *relative, GString *fields, GError **error)
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
          if (!add_folder (sum, root, child, fields, error))
            return FALSE;
          continue;
        }
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      g_autofree char *bytes = NULL;
      gsize length = 0;
      if (!g_file_get_contents (path, &bytes, &length, error))
        return FALSE;
      g_string_truncate (fields, 0);
      add_string (fields, child);
      add_int (fields, (gint64) length);
      g_checksum_update (sum, (const guchar *) fields->str, (gssize) fields->len);
      g_checksum_update (sum, (const guchar *) bytes, (gssize) length);
    }
  return TRUE;
}

char *
contra_fingerprint_rules (const char *rules_dir, GError **error)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr (GString) fields = g_string_new (NULL);

  add_string (fields, "contra " CONTRA_VERSION);
  g_checksum_update (sum, (const guchar *) fields->str, (gssize) fields->len);
  if (!add_folder (sum, rules_dir, "", fields, error))
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
