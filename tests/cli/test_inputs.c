/* test_inputs.c — hostile input on the ways a file reaches contra (issue 11): rule
 * files, manifests, .contra.yaml and front matter nested too deep or not regular
 * files; corpus folders and drafts that hold FIFOs, devices, links outside the folder
 * or loops of links; standard input that is not text and never ends.
 *
 * Each row runs contra once and pins the exact standard error (what a user reads) and
 * the exit status. contra runs under a watchdog (alarm(), kept across exec) so that a
 * row that would hang fails in seconds instead: the status is then 128 + SIGALRM.
 * "@TMP@" stands for the inputs' folder, its real path (no links in it, so that the
 * paths contra resolves read the same).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "cli-test.h"

/* Seconds a run may take before the watchdog stops it: far more than any row needs,
 * even under AddressSanitizer on a busy machine. */
#define WATCHDOG 60

static char *tmp;

#define MOU_2011 "In September 2011, the United States and Vietnam signed a memorandum of " \
                 "understanding on defense cooperation.\n"
#define MOU_2012 "In September 2012, the United States and Vietnam signed a memorandum of " \
                 "understanding on defense cooperation.\n"

/* ---- running contra ---------------------------------------------------------------- */

typedef struct {
  const char *cwd;            /* under @TMP@, or NULL for the source root */
  const char *const *argv;    /* "@TMP@" expanded */
  const char *input;          /* standard input, or NULL for none */
  gsize input_length;
  gboolean hold_input;        /* keep standard input open until contra exits */
  const char *fifo;           /* a FIFO to write @fifo_text into once contra runs */
  const char *fifo_text;
} Run;

static char *
expand (const char *text)
{
  g_auto (GStrv) parts = g_strsplit (text, "@TMP@", -1);
  return g_strjoinv (tmp, parts);
}

static void
watchdog (gpointer data)
{
  (void) data;
  alarm (WATCHDOG);
}

/* Writes @text into the FIFO @path once a reader has it open; gives up (the run
 * then shows what contra did without it) after the watchdog's time. */
static void
feed_fifo (const char *path, const char *text)
{
  for (guint tries = 0; tries < WATCHDOG * 10; tries++)
    {
      int fd = open (path, O_WRONLY | O_NONBLOCK);
      if (fd >= 0)
        {
          /* Blocking from here: the reader is there. */
          fcntl (fd, F_SETFL, 0);
          gsize length = strlen (text), done = 0;
          while (done < length)
            {
              gssize n = write (fd, text + done, length - done);
              if (n <= 0)
                break;
              done += (gsize) n;
            }
          close (fd);
          return;
        }
      g_usleep (G_USEC_PER_SEC / 10);
    }
}

/* Runs contra as @run says, like cli_run_in() with a watchdog, standard input that
 * may hold NUL bytes or stay open, and a FIFO to feed. */
static CliRun
run_contra (const Run *run)
{
  CliRun result = {NULL, NULL, -1};
  const char *bin = g_getenv ("CONTRA_BIN");
  g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) env = g_environ_setenv (g_get_environ (), "NO_COLOR", "1", TRUE);
  g_autofree char *cwd = run->cwd ? g_build_filename (tmp, run->cwd, NULL) : g_strdup (cli_source_root ());
  int in_fd = -1, out_fd = -1, err_fd = -1;
  GPid pid;

  g_assert_nonnull (bin);
  g_ptr_array_add (args, g_strdup (bin));
  for (guint i = 0; run->argv[i] != NULL; i++)
    g_ptr_array_add (args, expand (run->argv[i]));
  g_ptr_array_add (args, NULL);
  if (!g_spawn_async_with_pipes (cwd, (char **) args->pdata, env, G_SPAWN_DO_NOT_REAP_CHILD, watchdog, NULL, &pid,
                                 &in_fd, &out_fd, &err_fd, &error))
    g_error ("cannot run %s: %s", bin, error->message);

  for (gsize done = 0; run->input != NULL && done < run->input_length;)
    {
      gssize n = write (in_fd, run->input + done, run->input_length - done);
      if (n <= 0)
        break;
      done += (gsize) n;
    }
  if (!run->hold_input)
    {
      close (in_fd);
      in_fd = -1;
    }
  if (run->fifo != NULL)
    {
      g_autofree char *fifo = expand (run->fifo);
      feed_fifo (fifo, run->fifo_text);
    }

  GString *out = g_string_new (NULL), *err = g_string_new (NULL);
  char buffer[65536];
  gboolean out_open = TRUE, err_open = TRUE;
  while (out_open || err_open)
    {
      GPollFD fds[2] = {{out_fd, G_IO_IN | G_IO_HUP, 0}, {err_fd, G_IO_IN | G_IO_HUP, 0}};
      g_poll (fds, 2, -1);
      if (out_open && fds[0].revents)
        {
          gssize n = read (out_fd, buffer, sizeof buffer);
          if (n > 0)
            g_string_append_len (out, buffer, n);
          else
            out_open = FALSE;
        }
      if (err_open && fds[1].revents)
        {
          gssize n = read (err_fd, buffer, sizeof buffer);
          if (n > 0)
            g_string_append_len (err, buffer, n);
          else
            err_open = FALSE;
        }
    }
  close (out_fd);
  close (err_fd);

  int wait_status;
  waitpid (pid, &wait_status, 0);
  g_spawn_close_pid (pid);
  if (in_fd >= 0)
    close (in_fd);
  result.status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128 + WTERMSIG (wait_status);
  result.out = g_string_free (out, FALSE);
  result.err = g_string_free (err, FALSE);
  return result;
}

/* ---- inputs ------------------------------------------------------------------------- */

static void
put (const char *relative, const char *contents, gssize length)
{
  g_autofree char *path = g_build_filename (tmp, relative, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  if (!g_file_set_contents (path, contents, length, &error))
    g_error ("%s", error->message);
}

static void
link_to (const char *relative, const char *target)
{
  g_autofree char *path = g_build_filename (tmp, relative, NULL);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_cmpint (symlink (target, path), ==, 0);
}

static void
fifo (const char *relative)
{
  g_autofree char *path = g_build_filename (tmp, relative, NULL);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_cmpint (mkfifo (path, 0644), ==, 0);
}

/* @head, then @unit @n times, then @tail. */
static char *
repeated (const char *head, const char *unit, guint n, const char *tail)
{
  GString *s = g_string_new (head);

  for (guint i = 0; i < n; i++)
    g_string_append (s, unit);
  g_string_append (s, tail);
  return g_string_free (s, FALSE);
}

#define LEXICON "lexicon:\n  - id: vessel/corvette\n    aliases: [corvette]\n"

static int
setup (void **state)
{
  (void) state;
  g_autofree char *made = g_dir_make_tmp ("contra-inputs-XXXXXX", NULL);
  g_assert_nonnull (made);
  char *real = realpath (made, NULL);
  g_assert_nonnull (real);
  tmp = g_strdup (real);
  free (real);

  /* Nesting 150,000 deep (once a stack overflow freeing the tree) and [ 100,000 deep
   * (once 15 s in libyaml) through each reader of YAML. */
  g_autofree char *deep_rules = repeated ("lexicon:\n", "- ", 150000, "x\n");
  g_autofree char *deep_manifest = repeated ("sources:\n", "- ", 150000, "x\n");
  g_autofree char *deep_config = repeated ("disable: ", "[", 100000, "\n");
  g_autofree char *deep_front = repeated ("---\ntitle: ", "[", 100000, "\n---\n" MOU_2011);
  put ("deep-rules/deep.yaml", deep_rules, -1);
  put ("deep-manifest/a.txt", MOU_2011, -1);
  put ("deep-manifest/sources.yaml", deep_manifest, -1);
  put ("deep-config/.contra.yaml", deep_config, -1);
  put ("deep-front.md", deep_front, -1);

  /* YAML files that are not regular files: a manifest that links to /dev/zero, and
   * a FIFO among the rule files. */
  put ("zero-manifest/a.txt", MOU_2011, -1);
  link_to ("zero-manifest/sources.yaml", "/dev/zero");
  put ("rules-fifo/lexicon.yaml", LEXICON, -1);
  fifo ("rules-fifo/pipe.yaml");

  /* Links back up in a rules folder: each once read the folder again at every level,
   * and two of them 2^40 times. */
  put ("rules-loop/lexicon.yaml", LEXICON, -1);
  link_to ("rules-loop/self", ".");
  link_to ("rules-loop/more/up", "..");

  /* Corpus folders with what is not a regular file, found or listed; drafts that are
   * a FIFO and a pipe. */
  put ("fifo-corpus/a.txt", MOU_2011, -1);
  fifo ("fifo-corpus/pipe.txt");
  put ("zero-corpus/a.txt", MOU_2011, -1);
  link_to ("zero-corpus/zero.txt", "/dev/zero");
  put ("listed-fifo/a.txt", MOU_2011, -1);
  fifo ("listed-fifo/pipe.txt");
  put ("listed-fifo/sources.yaml",
       "sources:\n"
       "  - id: a\n"
       "    file: a.txt\n"
       "  - id: pipe\n"
       "    file: pipe.txt\n", -1);
  fifo ("draft-fifo.md");
  put ("conflict.md", MOU_2012, -1);

  /* Links inside and outside a corpus folder, found or listed. */
  put ("secret/notes.txt", MOU_2012, -1);
  put ("links/a.txt", MOU_2011, -1);
  link_to ("links/inside.txt", "a.txt");
  link_to ("links/outside.txt", "../secret/notes.txt");
  put ("listed-outside/a.txt", MOU_2011, -1);
  link_to ("listed-outside/outside.txt", "../secret/notes.txt");
  put ("listed-outside/sources.yaml",
       "sources:\n"
       "  - id: a\n"
       "    file: a.txt\n"
       "  - id: outside\n"
       "    file: outside.txt\n", -1);

  /* A loop of links, listed in a manifest. */
  put ("loop/a.txt", MOU_2011, -1);
  link_to ("loop/loop.txt", "loop.txt");
  put ("loop/sources.yaml",
       "sources:\n"
       "  - id: a\n"
       "    file: a.txt\n"
       "  - id: loop\n"
       "    file: loop.txt\n", -1);

  /* A draft that is not text. */
  put ("binary.md", "GIF89a\0\0\0", 9);

  /* More concepts than glib's quark table holds at first (2048): its growth leaves
   * the old table behind, which LeakSanitizer reported as a leak of contra's. */
  GString *lexicon = g_string_new ("lexicon:\n");
  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (lexicon, "  - id: thing/t%u\n    aliases: [zqx%u]\n", i, i);
  put ("big-lexicon/lexicon.yaml", lexicon->str, (gssize) lexicon->len);
  g_string_free (lexicon, TRUE);
  return 0;
}

static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
      for (const char *name; dir != NULL && (name = g_dir_read_name (dir)) != NULL;)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static int
teardown (void **state)
{
  (void) state;
  remove_tree (tmp);
  g_clear_pointer (&tmp, g_free);
  return 0;
}

/* ---- the table ------------------------------------------------------------------------ */

typedef struct {
  const char *name;
  const char *cwd;
  const char *argv[10];
  const char *input;          /* standard input (with its length below), or NULL */
  gsize input_length;
  gboolean hold_input;
  const char *fifo;           /* written with fifo_text while contra runs */
  const char *fifo_text;
  int status;
  const char *err;            /* standard error, exactly */
  const char *out_has[4];     /* words standard output must contain */
} InputCase;

#define DEEP "lists and mappings nested deeper than 64 levels"

static const InputCase cases[] = {
  /* YAML nested too deep, through each reader: an error at the level that goes too
   * deep (the 65th: column 1 + 2 * 63 after "lexicon:\n"), in a moment. */
  {.name = "rules nested 150,000 deep", .argv = {"rules", "check", "@TMP@/deep-rules"}, .status = 2,
   .err = "@TMP@/deep-rules/deep.yaml:2:127: error: " DEEP "\n"
          "contra: error: 1 error in the rule files\n"},
  {.name = "manifest nested 150,000 deep", .argv = {"claims", "@TMP@/deep-manifest"}, .status = 2,
   .err = "@TMP@/deep-manifest/sources.yaml:2:127: error: " DEEP "\n"
          "contra: error: @TMP@/deep-manifest/sources.yaml: the manifest has errors\n"},
  {.name = ".contra.yaml nested 100,000 deep", .cwd = "deep-config", .argv = {"report"}, .status = 2, /* named as the config file is found: relative to the working folder */
   .err = ".contra.yaml:1:73: error: " DEEP "\n"},
  /* Front matter that is not read is a warning: the text is still read. */
  {.name = "front matter nested 100,000 deep", .argv = {"claims", "@TMP@/deep-front.md"},
   .err = "@TMP@/deep-front.md:2:71: warning: " DEEP "\n", .out_has = {"1 claim from 1 source"}},

  /* A YAML file must be a regular file: an error, not a hang or a read without end. */
  {.name = "a manifest that links to /dev/zero", .argv = {"claims", "@TMP@/zero-manifest"}, .status = 2,
   .err = "@TMP@/zero-manifest/sources.yaml: error: cannot read: not a regular file\n"
          "contra: error: @TMP@/zero-manifest/sources.yaml: the manifest has errors\n"},
  {.name = "a FIFO among the rule files", .argv = {"rules", "check", "@TMP@/rules-fifo"}, .status = 2,
   .err = "@TMP@/rules-fifo/pipe.yaml: error: cannot read: not a regular file\n"
          "contra: error: 1 error in the rule files\n"},

  /* A rules folder is read once, however many links lead to it. */
  {.name = "links back up in the rules folder", .argv = {"rules", "check", "@TMP@/rules-loop"}, .err = "",
   .out_has = {"@TMP@/rules-loop: 1 files, 2 concepts, 2 aliases, 0 patterns, 0 rules, 0 examples, 0 views: ok"}},

  /* A corpus folder reads regular files; anything else is skipped with a warning,
   * before it is opened (a FIFO once hung the run; /dev/zero was read to 1 GiB). A
   * FIFO the user names is read, as cat would. */
  {.name = "a FIFO in the corpus", .argv = {"claims", "@TMP@/fifo-corpus"},
   .err = "@TMP@/fifo-corpus/pipe.txt: warning: skipped: a FIFO, not a regular file\n",
   .out_has = {"1 claim from 1 source"}},
  {.name = "a link to /dev/zero in the corpus", .argv = {"claims", "@TMP@/zero-corpus"},
   .err = "@TMP@/zero-corpus/zero.txt: warning: skipped: a character device, not a regular file\n",
   .out_has = {"1 claim from 1 source"}},
  {.name = "a FIFO listed in the manifest", .argv = {"claims", "@TMP@/listed-fifo"},
   .err = "@TMP@/listed-fifo/sources.yaml:4:5: warning: file 'pipe.txt' of source 'pipe' is a FIFO, not a "
          "regular file; skipped\n",
   .out_has = {"1 claim from 1 source"}},
  {.name = "a draft in a named FIFO", .argv = {"lint", "@TMP@/draft-fifo.md"}, .fifo = "@TMP@/draft-fifo.md",
   .fifo_text = MOU_2012, .status = 1, .err = "", .out_has = {"@TMP@/draft-fifo.md:1:4: error: ", "September 2012"}},

  /* A link to a file outside the folder is refused (it was read: the check was on the
   * path's text); one inside is read; --follow-outside reads both. */
  {.name = "a link outside the corpus", .argv = {"claims", "@TMP@/links"},
   .err = "@TMP@/links/outside.txt: warning: skipped: a link to @TMP@/secret/notes.txt, outside the corpus "
          "folder (--follow-outside reads it)\n",
   .out_has = {"@TMP@/links/inside.txt:1:4:", "2 claims from 2 sources"}},
  {.name = "a link outside the corpus, --follow-outside", .argv = {"claims", "--follow-outside", "@TMP@/links"},
   .err = "", .out_has = {"@TMP@/links/outside.txt:1:4:", "= 2012-09", "3 claims from 3 sources"}},
  {.name = "a link outside listed in the manifest", .argv = {"claims", "@TMP@/listed-outside"},
   .err = "@TMP@/listed-outside/sources.yaml:4:5: warning: file 'outside.txt' of source 'outside' is a link to "
          "@TMP@/secret/notes.txt, outside the corpus folder; skipped (--follow-outside reads it)\n",
   .out_has = {"1 claim from 1 source"}},

  /* A loop of links is not a missing file (it was "does not exist"). */
  {.name = "a loop of links in the manifest", .argv = {"claims", "@TMP@/loop"}, .status = 2,
   .err = "@TMP@/loop/sources.yaml:4:5: error: file 'loop.txt' of source 'loop' cannot be read: Too many "
          "levels of symbolic links\n"
          "contra: error: @TMP@/loop/sources.yaml: a listed file cannot be read\n"},

  /* A draft (or a file dumped) that cannot be read is an error diagnostic with its
   * severity (it once said "binary.md: not a text file" with no "error:"). */
  {.name = "a draft that is not text", .argv = {"lint", "@TMP@/binary.md"}, .status = 2,
   .err = "@TMP@/binary.md: error: not a text file: NUL byte at byte offset 6\n"},
  {.name = "dump of a file that is not text", .argv = {"dump", "sentences", "@TMP@/binary.md"}, .status = 2,
   .err = "@TMP@/binary.md: error: not a text file: NUL byte at byte offset 6\n"},

  /* Standard input is refused at its first NUL, without waiting for an end that may
   * never come (it was read whole first: /dev/zero until memory ran out). */
  {.name = "a draft on standard input that is not text and never ends", .argv = {"lint", "-"},
   .input = "GIF89a\0\0\0", .input_length = 9, .hold_input = TRUE, .status = 2,
   .err = "<stdin>: error: not a text file: NUL byte at byte offset 6\n"},
  {.name = "a draft on standard input", .argv = {"lint", "-", "--stdin-filename", "draft.md"},
   .input = MOU_2012, .input_length = sizeof MOU_2012 - 1, .status = 1, .err = "",
   .out_has = {"draft.md:1:4: error: ", "September 2012"}},

  /* Under AddressSanitizer, glib's interned strings are not reported as leaks
   * (tests/lsan.supp); in other builds this row checks the count. */
  {.name = "more interned strings than glib's first table holds", .argv = {"rules", "check", "@TMP@/big-lexicon"},
   .err = "", .out_has = {"@TMP@/big-lexicon: 1 files, 3001 concepts, 6000 aliases"}},
};

static void
test_case (void **state)
{
  const InputCase *c = *state;
  Run run = {c->cwd, c->argv, c->input, c->input_length, c->hold_input, c->fifo, c->fifo_text};
  CliRun result = run_contra (&run);

  if (result.status != c->status)
    fprintf (stderr, "exit status %d, expected %d\nstdout:\n%s\nstderr:\n%s\n", result.status, c->status,
             result.out, result.err);
  assert_int_equal (result.status, c->status);
  g_autofree char *err = expand (c->err);
  assert_string_equal (result.err, err);
  for (guint i = 0; i < G_N_ELEMENTS (c->out_has) && c->out_has[i] != NULL; i++)
    {
      g_autofree char *want = expand (c->out_has[i]);
      if (strstr (result.out, want) == NULL)
        fprintf (stderr, "stdout lacks \"%s\":\n%s\n", want, result.out);
      assert_non_null (strstr (result.out, want));
    }
  cli_run_clear (&result);
}

/* lint <(cat draft.md): the draft is a pipe the shell names /dev/fd/N. */
static void
test_process_substitution (void **state)
{
  (void) state;
  g_autofree char *bash = g_find_program_in_path ("bash");
  if (bash == NULL)
    skip ();

  g_autofree char *script = g_strdup_printf ("exec \"$CONTRA_BIN\" lint <(cat '%s/conflict.md')", tmp);
  const char *argv[] = {bash, "-c", script, NULL};
  g_autofree char *out = NULL, *err = NULL;
  int wait_status = 0;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) env = g_environ_setenv (g_get_environ (), "NO_COLOR", "1", TRUE);

  assert_true (g_spawn_sync (cli_source_root (), (char **) argv, env, G_SPAWN_DEFAULT, watchdog, NULL, &out, &err,
                             &wait_status, &error));
  if (!WIFEXITED (wait_status) || WEXITSTATUS (wait_status) != 1)
    fprintf (stderr, "status %d\nstdout:\n%s\nstderr:\n%s\n", wait_status, out, err);
  assert_true (WIFEXITED (wait_status));
  assert_int_equal (WEXITSTATUS (wait_status), 1);
  assert_string_equal (err, "");
  assert_non_null (strstr (out, ":1:4: error: "));
  assert_non_null (strstr (out, "September 2012"));
}

int
main (void)
{
  struct CMUnitTest tests[G_N_ELEMENTS (cases) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    tests[i] = (struct CMUnitTest){cases[i].name, test_case, NULL, NULL, (void *) &cases[i]};
  tests[G_N_ELEMENTS (cases)] =
    (struct CMUnitTest){"a draft from <(cat draft.md)", test_process_substitution, NULL, NULL, NULL};
  return cmocka_run_group_tests_name ("inputs", tests, setup, teardown);
}
