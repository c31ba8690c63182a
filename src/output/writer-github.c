/* writer-github.c — GitHub Actions workflow commands, one per finding:
 *   ::warning file=draft.md,line=11,col=1,endLine=11,endColumn=40,title=contra: rule::message
 * Data and property values are escaped as the runner expects (% \r \n, and : , in
 * properties), and never hold a control character (contra_escape_github()). */
#include "output/escape.h"
#include "output/render.h"
#include "output/writer.h"

static void
github_report (const ContraReport *report, const ContraWriterOptions *options, ContraOutput *output)
{
  GString *out = output->buffer;
  for (guint i = 0; i < report->findings->len; i++)
    {
      const ContraFinding *finding = g_ptr_array_index (report->findings, i);
      const ContraClaim *anchor = contra_render_anchor (report, finding);
      const char *command = finding->severity == CONTRA_SEVERITY_ERROR     ? "error"
                            : finding->severity == CONTRA_SEVERITY_WARNING ? "warning"
                                                                           : "notice";
      if (!contra_writer_shows (options, finding))
        continue;
      g_string_append_printf (out, "::%s file=", command);
      if (anchor != NULL)
        {
          contra_escape_github (out, contra_report_source (report, anchor)->path, TRUE);
          g_string_append_printf (out, ",line=%u,col=%u,endLine=%u,endColumn=%u", anchor->line, anchor->column,
                                  anchor->end_line, anchor->end_column);
        }
      else
        {
          contra_escape_github (out, finding->path ? finding->path : "", TRUE);
          g_string_append_printf (out, ",line=%u,col=%u", finding->line, finding->column);
        }
      g_string_append (out, ",title=");
      g_autofree char *title = g_strdup_printf ("contra %s: %s", contra_finding_kind_name (finding->kind),
                                                finding->rule ? finding->rule : "contra");
      contra_escape_github (out, title, TRUE);
      g_string_append (out, "::");
      contra_escape_github (out, finding->message, FALSE);
      g_string_append_c (out, '\n');
      contra_output_spill (output);
    }
}

const ContraWriter contra_github_writer = {
  "github", "GitHub Actions workflow commands (annotations)", github_report, NULL,
};
