/* fuzz-config.c — .contra.yaml, the configuration every command reads.
 *
 * The configuration is read by the command line's own code (src/cli/options.c,
 * linked in as it is), through contra_cli_resolve() with --config naming the input,
 * so the target follows that code as it changes. What it prints about a bad file
 * goes to standard error; the target points stderr at /dev/null meanwhile (the
 * sanitizers write to the file descriptor, not through stdio, so a crash still
 * shows). */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"

#define MAX_SIZE 16384

static FILE *null_stream;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  null_stream = fopen ("/dev/null", "w");
  if (null_stream == NULL)
    abort ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size > MAX_SIZE)
    return 0;
  const char *path = fuzz_temp_path (".contra.yaml");
  fuzz_write_file (path, data, size);

  ContraCli cli = {0};
  cli.config = g_strdup (path);
  FILE *saved = stderr;
  stderr = null_stream;
  if (contra_cli_resolve (&cli, CONTRA_SEVERITY_WARNING))
    {
      fuzz_check (cli.rules_dir != NULL && cli.corpus_paths != NULL && cli.corpus_paths[0] != NULL,
                  "a configuration read without a corpus or rules");
      fuzz_check (cli.jobs >= 0, "a negative number of jobs");
      (void) contra_cli_writer (&cli, FALSE, "a report");
    }
  stderr = saved;
  contra_cli_clear (&cli);
  return 0;
}
