#include "corpus/corpus.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/diagnostic.h"
#include "base/error.h"

static void
item_free (ContraCorpusItem *item)
{
  g_free (item->path);
  g_free (item);
}

void
contra_corpus_free (ContraCorpus *corpus)
{
  if (corpus == NULL)
    return;
  g_ptr_array_unref (corpus->items);
  g_ptr_array_unref (corpus->manifests);
  g_free (corpus);
}

gboolean
contra_corpus_is_document_name (const char *name)
{
  if (name[0] == '.' || g_ascii_strncasecmp (name, "README", 6) == 0)
    return FALSE;
  return g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, ".md")
         || g_str_has_suffix (name, ".markdown") || g_str_has_suffix (name, ".text");
}

static ContraCorpusItem *
add_item (ContraCorpus *corpus, const char *path, const ContraManifestEntry *entry, gboolean named)
{
  ContraCorpusItem *item = g_new0 (ContraCorpusItem, 1);
  item->path = g_strdup (path);
  item->entry = entry;
  item->named = named;
  g_ptr_array_add (corpus->items, item);
  return item;
}

/* A regular file's stamp, kept so that the index need not stat it again. */
static void
stamp_item (ContraCorpusItem *item, const struct stat *st)
{
  if (!S_ISREG (st->st_mode))
    return;
  item->stamped = TRUE;
  item->stamp = (ContraFileStamp){
    (gint64) st->st_size,
    (gint64) st->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st->st_mtim.tv_nsec,
    (gint64) st->st_ctim.tv_sec * G_GINT64_CONSTANT (1000000000) + st->st_ctim.tv_nsec,
    (gint64) st->st_ino,
  };
}

/* @path with every symbolic link, "." and ".." resolved, or NULL (errno set). */
static char *
real_path (const char *path)
{
  char *resolved = realpath (path, NULL);
  char *copy = g_strdup (resolved);

  free (resolved);
  return copy;
}

static gboolean
is_within (const char *path, const char *dir)
{
  gsize n = strlen (dir);

  if (n > 0 && dir[n - 1] == G_DIR_SEPARATOR)
    return g_str_has_prefix (path, dir);
  return strncmp (path, dir, n) == 0 && path[n] == G_DIR_SEPARATOR;
}

typedef enum {
  FILE_READ,        /* a regular file inside the folder: a document */
  FILE_FOLDER,      /* a folder: not a document, nothing to say */
  FILE_NOT_REGULAR, /* a FIFO, a device, a socket: @why says which */
  FILE_OUTSIDE,     /* resolves outside the folder: @why says where */
  FILE_UNEXAMINED,  /* stat() or realpath() failed: *@errnum says why */
} FileVerdict;

/* Whether the file @path (@name in the folder whose real path is @real_dir) is read.
 * It is examined with stat(), which follows links and never opens it: a FIFO is not
 * waited on. contra_document_load_regular() checks again on the descriptor. What
 * stat() said is left in @st. A @name of one component that lstat() shows is not a
 * link is in the folder: realpath() (a system call per component of the path) is
 * only needed for a link or a name with folders in it. */
static FileVerdict
examine (const char *path, const char *name, const char *real_dir, ContraCorpusFlags flags, struct stat *st,
         char **why, int *errnum)
{
  gboolean linked = TRUE;

  if (strchr (name, G_DIR_SEPARATOR) == NULL && g_lstat (path, st) == 0 && !S_ISLNK (st->st_mode))
    linked = FALSE;
  else if (g_stat (path, st) != 0)
    {
      *errnum = errno;
      return FILE_UNEXAMINED;
    }
  if (S_ISDIR (st->st_mode))
    return FILE_FOLDER;
  if (!S_ISREG (st->st_mode))
    {
      *why = g_strdup (contra_file_kind (st->st_mode));
      return FILE_NOT_REGULAR;
    }
  if ((flags & CONTRA_CORPUS_FOLLOW_OUTSIDE) || !linked)
    return FILE_READ;
  g_autofree char *real = real_path (path);
  if (real == NULL)
    {
      *errnum = errno;
      return FILE_UNEXAMINED;
    }
  if (!is_within (real, real_dir))
    {
      *why = g_steal_pointer (&real);
      return FILE_OUTSIDE;
    }
  return FILE_READ;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Sets *@manifest to the manifest of the folder @dir (sources.yaml, else sources.yml),
 * or NULL when it has none. Each folder's manifest is read once per corpus and kept in
 * @manifests (the folder, canonical → the manifest, or NULL for none): `contra claims`
 * names every file of a folder, and a manifest of thousands of entries read once per
 * file made that quadratic. Returns FALSE, with @error set, when it has errors. */
static gboolean
folder_manifest (ContraCorpus *corpus, GHashTable *manifests, const char *dir, GPtrArray *diagnostics,
                 const ContraManifest **manifest, GError **error)
{
  g_autofree char *key = g_canonicalize_filename (dir, NULL);
  gpointer known = NULL;

  if (g_hash_table_lookup_extended (manifests, key, NULL, &known))
    {
      *manifest = known;
      return TRUE;
    }

  g_autofree char *manifest_path = NULL;
  for (const char *const *candidate = (const char *const[]){"sources.yaml", "sources.yml", NULL};
       *candidate != NULL && manifest_path == NULL; candidate++)
    {
      g_autofree char *path = g_build_filename (dir, *candidate, NULL);
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        manifest_path = g_steal_pointer (&path);
    }
  ContraManifest *loaded = NULL;
  if (manifest_path != NULL)
    {
      loaded = contra_manifest_load (manifest_path, diagnostics);
      if (loaded == NULL)
        {
          g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID,
                       "%s: the manifest has errors", manifest_path);
          return FALSE;
        }
      g_ptr_array_add (corpus->manifests, loaded);
    }
  g_hash_table_insert (manifests, g_steal_pointer (&key), loaded);
  *manifest = loaded;
  return TRUE;
}

static gboolean
open_folder (ContraCorpus *corpus, GHashTable *manifests, const char *dir, ContraCorpusFlags flags,
             GPtrArray *diagnostics, GError **error)
{
  g_autoptr (GDir) handle = NULL;
  g_autoptr (GError) local = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const ContraManifest *manifest = NULL;

  handle = g_dir_open (dir, 0, &local);
  if (handle == NULL)
    {
      g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE, "%s: cannot read folder: %s",
                   dir, local->message);
      return FALSE;
    }
  for (const char *name; (name = g_dir_read_name (handle)) != NULL;)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);

  if (!folder_manifest (corpus, manifests, dir, diagnostics, &manifest, error))
    return FALSE;

  /* Containment is judged on real paths: the text of "a.txt" says nothing of where
   * a link of that name leads. */
  g_autofree char *real_dir = real_path (dir);
  if (real_dir == NULL)
    real_dir = g_canonicalize_filename (dir, NULL);

  g_autoptr (GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; manifest != NULL && i < manifest->entries->len; i++)
    {
      const ContraManifestEntry *entry = g_ptr_array_index (manifest->entries, i);
      g_autofree char *path = g_build_filename (dir, entry->file, NULL);
      g_autofree char *why = NULL;
      int errnum = 0;
      ContraDiagnostic *d = NULL;
      struct stat st;

      g_hash_table_add (listed, entry->file);
      switch (examine (path, entry->file, real_dir, flags, &st, &why, &errnum))
        {
        case FILE_READ:
        case FILE_FOLDER: /* loading it says "is a directory" */
          stamp_item (add_item (corpus, path, entry, FALSE), &st);
          continue;
        case FILE_NOT_REGULAR:
          d = contra_diagnostic_new (CONTRA_SEVERITY_WARNING, manifest->path, entry->line, entry->column,
                                     "file '%s' of source '%s' is %s, not a regular file; skipped", entry->file,
                                     entry->id, why);
          break;
        case FILE_OUTSIDE:
          d = contra_diagnostic_new (CONTRA_SEVERITY_WARNING, manifest->path, entry->line, entry->column,
                                     "file '%s' of source '%s' is a link to %s, outside the corpus folder; "
                                     "skipped (--follow-outside reads it)",
                                     entry->file, entry->id, why);
          break;
        case FILE_UNEXAMINED:
          /* The system's words, so that a loop of links is not taken for a missing file. */
          if (errnum == ENOENT)
            d = contra_diagnostic_new (CONTRA_SEVERITY_ERROR, manifest->path, entry->line, entry->column,
                                       "file '%s' of source '%s' does not exist", entry->file, entry->id);
          else
            d = contra_diagnostic_new (CONTRA_SEVERITY_ERROR, manifest->path, entry->line, entry->column,
                                       "file '%s' of source '%s' cannot be read: %s", entry->file, entry->id,
                                       g_strerror (errnum));
          g_ptr_array_add (diagnostics, d);
          g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE, "%s: a listed file %s", manifest->path,
                       errnum == ENOENT ? "is missing" : "cannot be read");
          return FALSE;
        }
      g_ptr_array_add (diagnostics, d);
    }
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      if (!contra_corpus_is_document_name (name) || g_hash_table_contains (listed, name))
        continue;
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *why = NULL;
      int errnum = 0;
      struct stat st;
      switch (examine (path, name, real_dir, flags, &st, &why, &errnum))
        {
        case FILE_FOLDER:
          continue;
        case FILE_NOT_REGULAR:
          g_ptr_array_add (diagnostics, contra_diagnostic_new (CONTRA_SEVERITY_WARNING, path, 0, 0,
                                                               "skipped: %s, not a regular file", why));
          continue;
        case FILE_OUTSIDE:
          g_ptr_array_add (diagnostics, contra_diagnostic_new (CONTRA_SEVERITY_WARNING, path, 0, 0,
                                                               "skipped: a link to %s, outside the corpus folder "
                                                               "(--follow-outside reads it)",
                                                               why));
          continue;
        case FILE_READ:
        case FILE_UNEXAMINED:
          /* A file that cannot be examined (a dangling link, a loop of links) is listed
           * all the same: loading it says why it cannot be read, as for any file. */
          break;
        }
      if (manifest != NULL)
        g_ptr_array_add (diagnostics,
                         contra_diagnostic_new (CONTRA_SEVERITY_WARNING, path, 0, 0,
                                                "not listed in %s; its metadata comes from its front matter",
                                                manifest->path));
      ContraCorpusItem *item = add_item (corpus, path, NULL, FALSE);
      if (errnum == 0)
        stamp_item (item, &st);
    }
  return TRUE;
}

ContraCorpus *
contra_corpus_open (const char *const *paths, ContraCorpusFlags flags, GPtrArray *diagnostics, GError **error)
{
  g_autoptr (ContraCorpus) corpus = g_new0 (ContraCorpus, 1);

  corpus->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  corpus->manifests = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_manifest_free);
  g_autoptr (GHashTable) manifests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      const char *path = paths[i];
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if (!open_folder (corpus, manifests, path, flags, diagnostics, error))
            return NULL;
          continue;
        }
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_UNREADABLE,
                       "%s: no such file or folder", path);
          return NULL;
        }
      /* A single file takes its entry from the manifest beside it, if any. */
      g_autofree char *dir = g_path_get_dirname (path);
      const ContraManifest *manifest = NULL;
      if (!folder_manifest (corpus, manifests, dir, diagnostics, &manifest, error))
        return NULL;
      add_item (corpus, path, contra_manifest_find (manifest, path), TRUE);
    }
  return g_steal_pointer (&corpus);
}

void
contra_document_prepare (ContraDocument *document)
{
  contra_front_matter_apply (document);
  contra_document_segment (document);
}

ContraDocument *
contra_corpus_load (const ContraCorpus *corpus, guint i, GPtrArray *warnings, GError **error)
{
  const ContraCorpusItem *item = g_ptr_array_index (corpus->items, i);
  ContraDocument *document
    = item->named ? contra_document_load (item->path, error) : contra_document_load_regular (item->path, error);

  if (document == NULL)
    return NULL;
  if (item->entry != NULL)
    contra_manifest_apply (item->entry, document);
  contra_document_prepare (document);
  while (document->warnings->len > 0)
    g_ptr_array_add (warnings, g_ptr_array_steal_index (document->warnings, 0));
  return document;
}
