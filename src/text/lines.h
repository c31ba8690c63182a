/* lines.h — byte offsets to 1-based lines and columns.
 *
 * A line ends at "\n", "\r\n" or a lone "\r", so CRLF and LF files number their lines
 * alike. Columns count characters, not bytes ("Quốc Cường" is 10 columns wide).
 * Queries that move forward through a line reuse the previous answer, so a claim-by-
 * claim walk through a single 50 MB line stays linear.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ContraLineIndex ContraLineIndex;

/* Indexes @text (valid UTF-8, @length bytes). The text is not copied and must outlive
 * the index. Free with contra_line_index_free(). */
ContraLineIndex *contra_line_index_new (const char *text, gsize length);
void contra_line_index_free (ContraLineIndex *index);

/* The number of lines (a final line without a newline counts; an empty text has 1). */
guint contra_line_index_count (const ContraLineIndex *index);

/* The 1-based line and column of byte @offset (offset == length is allowed: the
 * position after the last character). */
void contra_line_index_position (ContraLineIndex *index,
                                 gsize offset,
                                 guint *line,
                                 guint *column);

/* The byte offset at which 1-based @line begins. */
gsize contra_line_index_line_start (const ContraLineIndex *index, guint line);

/* The byte offset at which 1-based @line ends, before its line break. */
gsize contra_line_index_line_end (const ContraLineIndex *index, guint line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraLineIndex, contra_line_index_free)

G_END_DECLS
