/* error.h — GError domains, one per area of contra.
 *
 * Recoverable failures (I/O, bad input, bad rules) are reported through GError with
 * one of these domains; misuse of the API is a g_return_val_if_fail; running out of
 * memory aborts, as glib does.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CONTRA_INPUT_ERROR (contra_input_error_quark ())
#define CONTRA_RULES_ERROR (contra_rules_error_quark ())
#define CONTRA_USAGE_ERROR (contra_usage_error_quark ())

/* Problems with a document, a manifest or a configuration file. */
typedef enum {
  CONTRA_INPUT_ERROR_UNREADABLE,   /* the path cannot be opened or read */
  CONTRA_INPUT_ERROR_NOT_TEXT,     /* a NUL byte or binary content */
  CONTRA_INPUT_ERROR_TOO_LARGE,    /* over the size limit */
  CONTRA_INPUT_ERROR_INVALID,      /* malformed manifest, configuration or JSON */
} ContraInputError;

/* Problems with rule or lexicon files. */
typedef enum {
  CONTRA_RULES_ERROR_SYNTAX,       /* YAML that does not parse */
  CONTRA_RULES_ERROR_SCHEMA,       /* unknown key, wrong type, missing key, bad reference */
  CONTRA_RULES_ERROR_REGEX,        /* a regular expression that does not compile */
  CONTRA_RULES_ERROR_EXAMPLE,      /* a rule's example that does not hold */
} ContraRulesError;

typedef enum {
  CONTRA_USAGE_ERROR_BAD_OPTION,
} ContraUsageError;

GQuark contra_input_error_quark (void);
GQuark contra_rules_error_quark (void);
GQuark contra_usage_error_quark (void);

/* Exit statuses of the contra command (DESIGN.md, Command line). */
typedef enum {
  CONTRA_EXIT_OK = 0,       /* nothing at or above --fail-on */
  CONTRA_EXIT_FINDINGS = 1, /* something at or above --fail-on, or a failing rule example */
  CONTRA_EXIT_ERROR = 2,    /* usage or input error */
} ContraExit;

G_END_DECLS
