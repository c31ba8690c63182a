/* lang.h — the language data compiled into the program (private to src/lang/).
 *
 * The YAML files of lang/en/ are built into the program by lang/embed.py, so the
 * language object (lang/language.h) reads them without a path and the program runs
 * the same wherever it is installed.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One compiled-in file; the generated table ends with a NULL name. */
typedef struct {
  const char *name; /* "en/units.yaml" */
  const char *data; /* NUL-terminated */
  gsize length;
} ContraLangFile;

extern const ContraLangFile contra_lang_files[];

G_END_DECLS
