/* main.c — the contra command: picks a subcommand and hands it the arguments. */
#include <glib.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

#include "contra-config.h"

typedef struct {
  const char *name;
  const char *summary;
  int (*run) (int argc, char **argv);
} Command;

static const Command commands[] = {
  {"report", "report of conflicts and corroborations across the corpus", contra_cmd_report},
  {"lint", "check drafts against the corpus", contra_cmd_lint},
  {"claims", "list extracted claims (for rule authors, and for other tools)", contra_cmd_claims},
  {"index", "build or update the corpus's claim index (SQLite)", contra_cmd_index},
  {"rules", "validate the rules (check) or run the examples they carry (test)", contra_cmd_rules},
  {"dump", "show what the extractors see: contra dump sentences [FILE...]", contra_cmd_dump},
};

static void
usage (FILE *out)
{
  fprintf (out, "Usage: contra COMMAND [OPTIONS] [ARGUMENTS]\n\n"
                "contra compares sources and reports where they contradict each other.\n\n"
                "Commands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-8s %s\n", commands[i].name, commands[i].summary);
  fprintf (out, "\nRun 'contra COMMAND --help' for a command's options.\n"
                "Exit status: 1 when a finding shown is at or above --fail-on (or a rule example\n"
                "fails), 0 otherwise, 2 on a usage or input error.\n");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  /* Debug messages (G_MESSAGES_DEBUG=contra: the stages' timings) go to standard
   * error, never into a report written to standard output. */
  g_log_writer_default_set_use_stderr (TRUE);

  if (argc < 2)
    {
      usage (stderr);
      return CONTRA_EXIT_ERROR;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      usage (stdout);
      return CONTRA_EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version") || g_str_equal (argv[1], "-V"))
    {
      printf ("contra %s\n", CONTRA_VERSION);
      return CONTRA_EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  contra_cli_error ("unknown command '%s'", argv[1]);
  usage (stderr);
  return CONTRA_EXIT_ERROR;
}
