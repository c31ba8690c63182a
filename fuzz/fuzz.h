/* fuzz.h — what the fuzz targets share.
 *
 * Each fuzz-<name>.c defines LLVMFuzzerTestOneInput() and LLVMFuzzerInitialize()
 * (which calls fuzz_setup() at least) for one parser a user's file reaches. Built with
 * -Dfuzzing=true and clang, libFuzzer supplies main(); otherwise replay.c does, and
 * the program runs the target over every file of the folders it is given, so that
 * `meson test --suite fuzz` replays the seeds and past crashes in every build.
 *
 * A target fails only by crashing: a sanitizer report, an abort on a broken
 * invariant (fuzz_check), or a glib critical, which is made fatal here because a
 * g_return_if_fail that fires on input is a bug too.
 */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

#include "rules/ruleset.h"
#include "text/document.h"

G_BEGIN_DECLS

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Set-up every target does first: a glib warning, critical or error aborts (see
 * support.c for why not g_log_set_always_fatal). */
void fuzz_setup (void);

/* The rules shipped in the source tree's rules/, loaded once (aborts if they do not
 * load: the seeds are meaningless without them). */
const ContraRuleSet *fuzz_rules (void);

/* A path for a file called @name that only this process sees (a memory file, gone
 * when the process ends). Static string per name; do not free. */
const char *fuzz_temp_path (const char *name);

/* Writes @size bytes to @path, replacing it; aborts when it cannot. */
void fuzz_write_file (const char *path, const uint8_t *data, size_t size);

/* @data decoded as contra reads text (invalid bytes become U+FFFD), or NULL when it
 * holds a NUL byte (contra refuses such a file as "not text"). Free with g_free(). */
char *fuzz_text (const uint8_t *data, size_t size, gsize *length);

/* Checks what a loaded and segmented document promises: valid UTF-8 everywhere,
 * blocks and sentences within the text and on character boundaries, runs in order,
 * every position computable. Aborts when one does not hold. */
void fuzz_check_document (ContraDocument *document);

/* Aborts with @message when @condition is false: an invariant the code promises. */
#define fuzz_check(condition, message)                                                                                 \
  do                                                                                                                   \
    {                                                                                                                  \
      if (!(condition))                                                                                                \
        fuzz_fail (__FILE__, __LINE__, message);                                                                       \
    }                                                                                                                  \
  while (0)

G_NORETURN void fuzz_fail (const char *file, int line, const char *message);

G_END_DECLS
