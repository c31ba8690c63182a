#include "output/writer.h"

static const ContraWriter *const writers[] = {
  &contra_text_writer,
  &contra_json_writer,
  &contra_jsonl_writer,
  &contra_markdown_writer,
  &contra_sarif_writer,
  &contra_github_writer,
  &contra_html_writer,
};

const ContraWriter *
contra_writer_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    if (g_str_equal (writers[i]->name, name))
      return writers[i];
  return NULL;
}

const char *
contra_writer_names (void)
{
  return "text, json, jsonl, markdown, sarif, github, html";
}

gboolean
contra_writer_shows (const ContraWriterOptions *options, const ContraFinding *finding)
{
  return options == NULL || contra_finding_shown (finding, options->min_severity);
}
