/* diagnostic.h — a message about a place in a file: rule errors, input warnings.
 *
 * Positions live in the structure, not only in the text: a diagnostic holds the
 * path, the 1-based line and column (columns in characters), the byte offset when it
 * is known, a severity and the message. contra_diagnostic_format() gives the
 * compiler-style line "path:line:col: severity: message".
 */
#pragma once

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

typedef enum {
  CONTRA_SEVERITY_NONE = 0,
  CONTRA_SEVERITY_NOTE = 1,
  CONTRA_SEVERITY_WARNING = 2,
  CONTRA_SEVERITY_ERROR = 3,
} ContraSeverity;

/* The severities' names by value, NULL-terminated: "none", "note", "warning",
 * "error" (a rule file may name the last three: contra_severity_names +
 * CONTRA_SEVERITY_NOTE). */
extern const char *const contra_severity_names[CONTRA_SEVERITY_ERROR + 2];

/* "note", "warning", "error" ("none" for CONTRA_SEVERITY_NONE). Static string. */
const char *contra_severity_name (ContraSeverity severity);

/* Parses "note", "warning", "error" (and "never"/"none" as CONTRA_SEVERITY_NONE).
 * Returns FALSE for anything else. */
gboolean contra_severity_parse (const char *name, ContraSeverity *out);

typedef struct {
  char *path;             /* as given by the caller; never NULL */
  guint line;             /* 1-based; 0 when the position is unknown */
  guint column;           /* 1-based, in characters; 0 when unknown */
  gsize offset;           /* byte offset in the file, or G_MAXSIZE when unknown */
  ContraSeverity severity;
  char *message;
  char *source_line;      /* the offending line, shown with a caret; may be NULL */
} ContraDiagnostic;

/* Returns a new diagnostic; free with contra_diagnostic_free(). */
ContraDiagnostic *contra_diagnostic_new (ContraSeverity severity,
                                         const char *path,
                                         guint line,
                                         guint column,
                                         const char *format,
                                         ...) G_GNUC_PRINTF (5, 6);

void contra_diagnostic_free (ContraDiagnostic *diagnostic);

/* Takes ownership of @line: the source line shown under the message. */
void contra_diagnostic_take_source_line (ContraDiagnostic *diagnostic, char *line);

/* "path:line:col: severity: message" (or "path: severity: message" when the position
 * is unknown), without a trailing newline. Free with g_free(). */
char *contra_diagnostic_format (const ContraDiagnostic *diagnostic);

/* Prints the formatted line and, when the source line is known, the line and a caret
 * under the column. */
void contra_diagnostic_print (const ContraDiagnostic *diagnostic, FILE *out);

/* Orders by path, line, column, then message: for deterministic output. */
gint contra_diagnostic_compare (gconstpointer a, gconstpointer b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraDiagnostic, contra_diagnostic_free)

G_END_DECLS
