/* test_corpus.c — listing a corpus, and what its manifests say of each file. */
#include "../text/table.h"

#include <glib/gstdio.h>

#include "base/diagnostic.h"
#include "corpus/corpus.h"

/* A folder with a manifest of @n entries (s0 … for f0.txt …) and those files. */
static char *
make_folder (guint n)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("contra-corpus-XXXXXX", &error);
  g_autoptr (GString) manifest = g_string_new ("sources:\n");

  assert_null (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("f%u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_string_append_printf (manifest, "  - id: s%u\n    file: %s\n    title: Title %u\n", i, name, i);
      g_file_set_contents (path, "A title\n\n\nSome text.\n", -1, &error);
      assert_null (error);
    }
  g_autofree char *path = g_build_filename (dir, "sources.yaml", NULL);
  g_file_set_contents (path, manifest->str, -1, &error);
  assert_null (error);
  return dir;
}

static void
remove_folder (char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  for (const char *name; handle != NULL && (name = g_dir_read_name (handle)) != NULL;)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
  g_free (dir);
}

static ContraCorpus *
open_paths (GPtrArray *paths)
{
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;

  g_ptr_array_add (paths, NULL);
  ContraCorpus *corpus = contra_corpus_open ((const char *const *) paths->pdata, CONTRA_CORPUS_DEFAULT,
                                             diagnostics, &error);
  assert_null (error);
  assert_non_null (corpus);
  assert_int_equal (diagnostics->len, 0);
  return corpus;
}

/* `contra claims DIR/FILE...` names every file of a folder: its manifest is read once
 * for all of them (it was read once per file: 400 files of a large corpus took 93 s),
 * and each file gets its own entry. */
static void
test_named_files_one_manifest (void **state)
{
  (void) state;
  char *dir = make_folder (50);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 50; i-- > 0;)
    g_ptr_array_add (paths, g_strdup_printf ("%s/f%u.txt", dir, i));
  ContraCorpus *corpus = open_paths (paths);

  assert_int_equal (corpus->manifests->len, 1);
  const ContraManifest *manifest = g_ptr_array_index (corpus->manifests, 0);
  assert_int_equal (corpus->items->len, 50);
  for (guint i = 0; i < 50; i++)
    {
      const ContraCorpusItem *item = g_ptr_array_index (corpus->items, i);
      g_autofree char *id = g_strdup_printf ("s%u", 49 - i);
      assert_non_null (item->entry);
      assert_string_equal (item->entry->id, id);
      assert_true (item->named);
      assert_ptr_equal (item->entry, g_ptr_array_index (manifest->entries, 49 - i));
    }
  contra_corpus_free (corpus);
  remove_folder (dir);
}

/* A folder and files of it named beside it share the one manifest; a file the
 * manifest does not list has no entry. */
static void
test_folder_and_files_one_manifest (void **state)
{
  (void) state;
  char *dir = make_folder (3);
  g_autofree char *unlisted = g_build_filename (dir, "extra.txt", NULL);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_file_set_contents (unlisted, "Extra\n\n\nMore text.\n", -1, NULL);
  g_ptr_array_add (paths, g_strdup_printf ("%s/f1.txt", dir));
  g_ptr_array_add (paths, g_strdup_printf ("%s/", dir));
  g_ptr_array_add (paths, g_strdup (unlisted));
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  g_autoptr (GError) error = NULL;
  g_ptr_array_add (paths, NULL);
  ContraCorpus *corpus = contra_corpus_open ((const char *const *) paths->pdata, CONTRA_CORPUS_DEFAULT,
                                             diagnostics, &error);
  assert_null (error);

  assert_int_equal (corpus->manifests->len, 1);
  /* f1.txt named, then the folder: f0, f1, f2 listed, extra.txt unlisted; then extra.txt named. */
  assert_int_equal (corpus->items->len, 6);
  const char *ids[] = {"s1", "s0", "s1", "s2", NULL, NULL};
  for (guint i = 0; i < 6; i++)
    {
      const ContraCorpusItem *item = g_ptr_array_index (corpus->items, i);
      if (ids[i] == NULL)
        assert_null (item->entry);
      else
        assert_string_equal (item->entry->id, ids[i]);
    }
  contra_corpus_free (corpus);
  remove_folder (dir);
}

/* Entries are found by base name, the first of a name winning, as before the lookup
 * became a hash table. */
static void
test_find_first_of_a_name (void **state)
{
  (void) state;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("contra-corpus-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sources.yaml", NULL);
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);

  g_file_set_contents (path,
                       "sources:\n"
                       "  - {id: one, file: a/x.txt}\n"
                       "  - {id: two, file: x.txt}\n"
                       "  - {id: three, file: y.txt}\n",
                       -1, &error);
  assert_null (error);
  g_autoptr (ContraManifest) manifest = contra_manifest_load (path, diagnostics);
  assert_non_null (manifest);
  assert_string_equal (contra_manifest_find (manifest, "x.txt")->id, "one");
  assert_string_equal (contra_manifest_find (manifest, "somewhere/y.txt")->id, "three");
  assert_null (contra_manifest_find (manifest, "z.txt"));
  assert_null (contra_manifest_find (NULL, "x.txt"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (void)
{
  GArray *tests = TABLE_NEW ();

  table_add_test (tests, "files named from one folder read its manifest once", test_named_files_one_manifest);
  table_add_test (tests, "a folder and its files named share one manifest", test_folder_and_files_one_manifest);
  table_add_test (tests, "an entry is found by base name, the first winning", test_find_first_of_a_name);
  return table_run ("corpus", tests);
}
