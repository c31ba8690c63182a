/* cmd-dump.c — contra dump sentences|mentions|dates: what each stage sees. */
#include "cli/cli.h"
#include "corpus/corpus.h"
#include "extract/frames.h"
#include "extract/mentions.h"
#include "normalize/normalizer.h"
#include "output/json.h"
#include "text/document.h"
#include "text/tokens.h"

/* Each sentence's mentions, as the rule engine sees them (dates resolved in context). */
static void
dump_mentions (ContraDocument *document, const ContraRuleSet *rules, GString *out)
{
  g_autoptr (ContraTokens) tokens = contra_tokens_new ();
  g_autoptr (ContraMentions) mentions = contra_mentions_new ();
  g_autoptr (ContraPeople) people = contra_people_new ();
  g_autoptr (ContraTopic) topic = contra_topic_new (rules, document);
  g_autoptr (ContraDateEvents) events = contra_date_events_new ();
  ContraDateContext context = {document->published, CONTRA_DATE_INIT, FALSE, events};

  for (guint i = 0; i < document->sentences->len; i++)
    {
      const ContraSentence *sentence = &g_array_index (document->sentences, ContraSentence, i);
      const ContraBlock *block = g_ptr_array_index (document->blocks, sentence->block);
      const char *text = block->text + sentence->start;
      gsize start;
      guint line, column;

      contra_sentence_span (document, sentence, &start, NULL);
      contra_document_position (document, start, &line, &column);
      contra_tokens_scan (tokens, text, sentence->end - sentence->start);
      contra_mentions_find (mentions, rules, tokens, &context, people, FALSE);
      contra_topic_learn (topic, rules, tokens);
      contra_frames_read (mentions, rules, tokens, topic);
      g_string_append_printf (out, "%s:%u:%u: %.*s\n", document->path, line, column,
                              (int) (sentence->end - sentence->start), text);
      for (guint m = 0; m < mentions->mentions->len; m++)
        {
          const ContraMention *mention = &g_array_index (mentions->mentions, ContraMention, m);
          const ContraToken *a = &tokens->tokens[mention->first], *b = &tokens->tokens[mention->last - 1];
          g_autofree char *what = NULL;
          if (mention->kind == CONTRA_MENTION_CONCEPT)
            what = contra_terms_key (&mention->term, 1);
          else
            what = contra_value_format (&mention->value);
          g_string_append_printf (out, "    %-8s clause %u  \"%.*s\"  %s%s\n", contra_mention_kind_name (mention->kind),
                                  mention->clause, (int) (b->end - a->start), text + a->start, what,
                                  mention->modifier ? "  (modifier)" : "");
        }
    }
}

static void
print_timex (ContraDocument *document, const ContraTimex *timex, gsize start, gsize end, const char *text, gsize length,
             gboolean jsonl, GString *out)
{
  guint line, column;
  g_autofree char *quote = g_strndup (text, length);
  const char *mod = timex->type == CONTRA_TIMEX_DATE ? contra_date_timex_mod (&timex->date) : NULL;

  contra_document_position (document, start, &line, &column);
  if (!jsonl)
    {
      g_string_append_printf (out, "%s:%u:%u: %s %s%s%s \"%s\" [%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT "]\n",
                              document->path, line, column, contra_timex_type_name (timex->type), timex->value,
                              mod != NULL ? " mod=" : "", mod != NULL ? mod : "", quote, start, end);
      return;
    }

  ContraJson json;
  contra_json_init (&json, out, FALSE);
  contra_json_begin_object (&json);
  contra_json_member_string (&json, "path", document->path);
  contra_json_member_int (&json, "start", (gint64) start);
  contra_json_member_int (&json, "end", (gint64) end);
  contra_json_member_int (&json, "line", line);
  contra_json_member_int (&json, "column", column);
  contra_json_member_string (&json, "text", quote);
  contra_json_member_string (&json, "type", contra_timex_type_name (timex->type));
  contra_json_member_string (&json, "value", timex->value);
  if (mod != NULL)
    contra_json_member_string (&json, "mod", mod);
  contra_json_end_object (&json);
  g_string_append_c (out, '\n');
}

/* Each time expression, with the context the extractor gives the date reader: the
 * section's or document's date as reference, and as anchor the last date that
 * contra_date_context_note() accepts, which holds for its paragraph and the next one
 * within a section. Where no time
 * expression starts, the other normalisers are tried so that a number inside an
 * amount is not read as a year, as in the mention finder. */
static void
dump_dates (ContraDocument *document, gboolean jsonl, GString *out)
{
  g_autoptr (ContraTokens) tokens = contra_tokens_new ();
  g_autoptr (ContraDateEvents) events = contra_date_events_new ();
  ContraDateContext context = {CONTRA_DATE_INIT, CONTRA_DATE_INIT, FALSE, events};
  guint n_normalizers, anchor_paragraph = 0, anchor_section = 0;
  gboolean anchor_valid = FALSE;
  const ContraNormalizer *const *normalizers = contra_normalizers (&n_normalizers);

  for (guint s = 0; s < document->sentences->len; s++)
    {
      const ContraSentence *sentence = &g_array_index (document->sentences, ContraSentence, s);
      const ContraBlock *block = g_ptr_array_index (document->blocks, sentence->block);
      const ContraSection *section = g_ptr_array_index (document->sections, block->section);
      const char *text = block->text + sentence->start;

      if (anchor_valid && (block->section != anchor_section || block->paragraph > anchor_paragraph + 1))
        anchor_valid = FALSE;
      if (!anchor_valid)
        context.anchor = (ContraDate) CONTRA_DATE_INIT;
      context.reference = contra_date_is_set (&section->date) ? section->date : document->published;
      contra_tokens_scan (tokens, text, sentence->end - sentence->start);
      contra_date_context_sentence (&context, tokens);

      for (guint i = 0; i < tokens->n_tokens;)
        {
          ContraTimex timex = CONTRA_TIMEX_INIT;
          guint n = contra_timex_can_start (tokens, i) ? contra_timex_match (tokens, i, &context, &timex) : 0;

          if (n > 0)
            {
              const ContraToken *a = &tokens->tokens[i], *b = &tokens->tokens[i + n - 1];
              gsize start = contra_block_source_offset (block, sentence->start + a->start, FALSE);
              gsize end = contra_block_source_offset (block, sentence->start + b->end, TRUE);
              print_timex (document, &timex, start, end, text + a->start, b->end - a->start, jsonl, out);
              if (timex.type == CONTRA_TIMEX_DATE && contra_date_context_note (&context, tokens, i, &timex.date))
                {
                  anchor_valid = TRUE;
                  anchor_paragraph = block->paragraph;
                  anchor_section = block->section;
                }
              contra_timex_clear (&timex);
              i += n;
              continue;
            }
          for (guint k = 0; k < n_normalizers && n == 0; k++)
            {
              ContraValue value = CONTRA_VALUE_INIT;
              if (normalizers[k] != &contra_date_normalizer && normalizers[k]->can_start (tokens, i))
                n = normalizers[k]->match (tokens, i, &context, &value);
              contra_value_clear (&value);
            }
          /* A hedge read with its amount ("over six years", "up to 10") leaves the
           * duration that the number opens ("six years"): it is read from there. */
          for (guint k = i + 1; k < i + n; k++)
            {
              ContraTimex inner = CONTRA_TIMEX_INIT;
              guint m = contra_timex_can_start (tokens, k) ? contra_timex_match (tokens, k, &context, &inner) : 0;
              gboolean duration = m > 0 && inner.type == CONTRA_TIMEX_DURATION;
              contra_timex_clear (&inner);
              if (duration && k + m >= i + n)
                {
                  n = k - i;
                  break;
                }
            }
          i += n > 0 ? n : 1;
        }
    }
}

static void
dump_document (ContraDocument *document, GString *out)
{
  for (guint i = 0; i < document->sentences->len; i++)
    {
      const ContraSentence *sentence = &g_array_index (document->sentences, ContraSentence, i);
      const ContraBlock *block = g_ptr_array_index (document->blocks, sentence->block);
      const ContraSection *section = g_ptr_array_index (document->sections, block->section);
      gsize start, end;
      guint line, column, end_line, end_column;
      g_autofree char *text = contra_sentence_text (document, sentence);

      contra_sentence_span (document, sentence, &start, &end);
      contra_document_position (document, start, &line, &column);
      contra_document_position (document, end, &end_line, &end_column);
      g_string_append_printf (out, "%s:%u:%u-%u:%u [%s", document->path, line, column, end_line, end_column,
                              contra_section_kind_name (section->kind));
      if (section->author != NULL)
        g_string_append_printf (out, " by %s", section->author);
      g_string_append_printf (out, "] %s\n", text);
    }
}

static int
run (ContraCli *cli, int argc, char **argv)
{
  g_autoptr (GOptionContext) context
    = g_option_context_new ("sentences|mentions|dates [FILE...] - show what the rules see");

  g_option_context_set_main_group (context, contra_cli_common_group (cli, FALSE));
  g_option_context_set_description (
    context, "sentences  each sentence with its document, line:col range and section\n"
             "mentions   each sentence's concepts, values, lists and people, as the rules see them\n"
             "dates      each time expression: type (DATE, TIME, DURATION, SET) and TIMEX3 value;\n"
             "           --format text (default) or jsonl\n"
             "With no FILE, the corpus (its manifest applied).");
  if (!contra_cli_parse (cli, context, &argc, &argv))
    return CONTRA_EXIT_ERROR;
  if (argc < 2
      || (!g_str_equal (argv[1], "sentences") && !g_str_equal (argv[1], "mentions") && !g_str_equal (argv[1], "dates")))
    {
      contra_cli_error ("say 'contra dump sentences [FILE...]', 'contra dump mentions [FILE...]' or "
                        "'contra dump dates [FILE...]'");
      return CONTRA_EXIT_ERROR;
    }
  gboolean dates = g_str_equal (argv[1], "dates");
  gboolean jsonl = cli->format != NULL && g_str_equal (cli->format, "jsonl");
  if (cli->format != NULL && !g_str_equal (cli->format, "text") && !(dates && jsonl))
    {
      contra_cli_error ("unknown format '%s' for dump %s (known: text%s)", cli->format, argv[1],
                        dates ? ", jsonl" : "");
      return CONTRA_EXIT_ERROR;
    }
  if (!contra_cli_resolve (cli, CONTRA_SEVERITY_NONE))
    return CONTRA_EXIT_ERROR;
  gboolean mentions = g_str_equal (argv[1], "mentions");
  g_autoptr (ContraRuleSet) rules = mentions ? contra_cli_load_rules (cli) : NULL;
  if (mentions && rules == NULL)
    return CONTRA_EXIT_ERROR;

  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  g_autoptr (GError) error = NULL;
  const char *const *paths = argc > 2 ? (const char *const *) argv + 2 : (const char *const *) cli->corpus_paths;
  g_autoptr (ContraCorpus) corpus = contra_corpus_open (
    paths, cli->follow_outside ? CONTRA_CORPUS_FOLLOW_OUTSIDE : CONTRA_CORPUS_DEFAULT, diagnostics, &error);
  contra_cli_print_diagnostics (cli, diagnostics);
  if (corpus == NULL)
    {
      contra_cli_error ("%s", error->message);
      return CONTRA_EXIT_ERROR;
    }

  g_autoptr (ContraOutput) output = contra_cli_open_output (cli);
  gboolean skipped = FALSE;
  if (output == NULL)
    return CONTRA_EXIT_ERROR;
  for (guint i = 0; i < corpus->items->len; i++)
    {
      g_autoptr (GPtrArray) warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
      g_autoptr (GError) local = NULL;
      g_autoptr (ContraDocument) document = contra_corpus_load (corpus, i, warnings, &local);
      contra_cli_print_diagnostics (cli, warnings);
      if (document == NULL)
        {
          const ContraCorpusItem *item = g_ptr_array_index (corpus->items, i);
          g_autoptr (ContraDiagnostic) problem = contra_document_load_diagnostic (item->path, local);
          contra_diagnostic_print (problem, stderr);
          skipped = TRUE;
          continue;
        }
      if (dates)
        dump_dates (document, jsonl, output->buffer);
      else if (mentions)
        dump_mentions (document, rules, output->buffer);
      else
        dump_document (document, output->buffer);
      contra_output_spill (output);
    }
  if (!contra_cli_finish_output (cli, output))
    return CONTRA_EXIT_ERROR;
  return skipped ? CONTRA_EXIT_ERROR : CONTRA_EXIT_OK;

}

int
contra_cmd_dump (int argc, char **argv)
{
  ContraCli cli = {0};
  int status = run (&cli, argc, argv);

  contra_cli_clear (&cli);
  return status;
}
