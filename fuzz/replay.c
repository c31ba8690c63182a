/* replay.c — main() for a fuzz target built without libFuzzer.
 *
 * Runs the target once over each file named, and over every file of each folder
 * named (in name order, not recursing), then says how many inputs it ran. A crash
 * shows which input caused it: each file is named on standard error before it runs.
 * This is how `meson test --suite fuzz` replays the seed corpora and past crashes in
 * builds that have no libFuzzer (gcc, or clang without -Dfuzzing=true).
 */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static gint
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static gboolean
replay_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  gsize size = 0;

  if (!g_file_get_contents (path, &data, &size, &error))
    {
      fprintf (stderr, "replay: %s\n", error->message);
      return FALSE;
    }
  fprintf (stderr, "replay: %s\n", path);
  /* A copy of exactly @size bytes, so that ASan sees a read past the end; never NULL,
   * as libFuzzer's is not, even for an empty input (malloc (0) is a pointer). */
  uint8_t *copy = malloc (size);
  if (copy == NULL)
    abort ();
  memcpy (copy, data, size);
  LLVMFuzzerTestOneInput (copy, size);
  free (copy);
  return TRUE;
}

int
main (int argc, char **argv)
{
  guint n_inputs = 0;
  gboolean ok = TRUE;

  LLVMFuzzerInitialize (&argc, &argv);
  if (argc < 2)
    {
      fprintf (stderr, "usage: %s FILE-OR-FOLDER...\n", argv[0]);
      return 2;
    }
  for (int i = 1; i < argc; i++)
    {
      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          ok = replay_file (argv[i]) && ok;
          n_inputs++;
          continue;
        }
      g_autoptr (GError) error = NULL;
      g_autoptr (GDir) dir = g_dir_open (argv[i], 0, &error);
      if (dir == NULL)
        {
          fprintf (stderr, "replay: %s\n", error->message);
          ok = FALSE;
          continue;
        }
      g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
        g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
      g_ptr_array_sort (names, compare_paths);
      for (guint k = 0; k < names->len; k++)
        if (g_file_test (g_ptr_array_index (names, k), G_FILE_TEST_IS_REGULAR))
          {
            ok = replay_file (g_ptr_array_index (names, k)) && ok;
            n_inputs++;
          }
    }
  printf ("replayed %u inputs\n", n_inputs);
  return ok && n_inputs > 0 ? 0 : 1;
}
