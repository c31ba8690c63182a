/* fingerprint.c — hashes of the rules, a manifest entry and a document's bytes. */
#include "index/fingerprint.h"

#include <string.h>

#include "contra-config.h"

/* Each field goes in with its length first, so that ("ab", "c") and ("a", "bc") differ. */
static void
add_string (GChecksum *sum, const char *text)
{
  guint64 n = text != NULL ? strlen (text) + 1 : 0;

  g_checksum_update (sum, (const guchar *) &n, sizeof n);
  if (text != NULL)
    g_checksum_update (sum, (const guchar *) text, (gssize) n);
}

static void
add_int (GChecksum *sum, gint64 value)
{
  g_checksum_update (sum, (const guchar *) &value, sizeof value);
}

static void
add_date (GChecksum *sum, const ContraDate *date)
{
  add_int (sum, date->first);
  add_int (sum, date->last);
  add_int (sum, date->grain);
  add_int (sum, date->flags);
}

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static gboolean
add_folder (GChecksum *sum, const char *root, const char *relative, GError **error)
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
          if (!add_folder (sum, root, child, error))
            return FALSE;
          continue;
        }
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      g_autofree char *bytes = NULL;
      gsize length = 0;
      if (!g_file_get_contents (path, &bytes, &length, error))
        return FALSE;
      add_string (sum, child);
      add_int (sum, (gint64) length);
      g_checksum_update (sum, (const guchar *) bytes, (gssize) length);
    }
  return TRUE;
}

char *
contra_fingerprint_rules (const char *rules_dir, GError **error)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  add_string (sum, "contra " CONTRA_VERSION);
  if (!add_folder (sum, rules_dir, "", error))
    return NULL;
  return g_strdup (g_checksum_get_string (sum));
}

char *
contra_fingerprint_entry (const ContraCorpusItem *item)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  const ContraManifestEntry *entry = item->entry;

  add_int (sum, entry != NULL);
  if (entry != NULL)
    {
      add_string (sum, entry->id);
      add_string (sum, entry->file);
      add_string (sum, entry->title);
      add_string (sum, entry->author);
      add_string (sum, entry->outlet);
      add_string (sum, entry->language);
      add_date (sum, &entry->published);
      add_int (sum, entry->ignore != NULL ? entry->ignore->len : 0);
      for (guint i = 0; entry->ignore != NULL && i < entry->ignore->len; i++)
        add_int (sum, g_array_index (entry->ignore, guint, i));
      add_int (sum, entry->sections != NULL ? entry->sections->len : 0);
      for (guint i = 0; entry->sections != NULL && i < entry->sections->len; i++)
        {
          const ContraManifestSection *section = g_ptr_array_index (entry->sections, i);
          add_int (sum, section->first_line);
          add_int (sum, section->last_line);
          add_int (sum, section->kind);
          add_string (sum, section->label);
          add_string (sum, section->author);
          add_date (sum, &section->date);
        }
    }
  return g_strdup (g_checksum_get_string (sum));
}

char *
contra_fingerprint_bytes (const char *data, gsize length)
{
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}
