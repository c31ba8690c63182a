/* test_claim_binary.c — claims and sources in the index's binary form
 * (io/claim-binary.h).
 *
 * What a user relies on: a lint or report from the index says what it says from the
 * corpus, so a claim read back from its binary form is the claim that was written,
 * field for field (every-field.jsonl holds a claim of each shape, with every optional
 * field set somewhere); and a form damaged in any way is an error that says what is
 * wrong, never a claim read wrong, never a crash. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <string.h>

#include "base/checksum.h"
#include "base/diagnostic.h"
#include "base/error.h"
#include "io/claim-binary.h"
#include "io/claims-read.h"
#include "output/claim-json.h"

typedef struct {
  ContraRuleSet *rules;
  ContraClaimSet *set; /* every-field.jsonl, read as `contra report --claims` reads it */
} Fixture;

static int
setup (void **state)
{
  Fixture *f = g_new0 (Fixture, 1);
  g_autofree char *rules = g_build_filename (CONTRA_SOURCE_ROOT, "rules", NULL);
  g_autofree char *claims = g_build_filename (CONTRA_SOURCE_ROOT, "tests", "io", "every-field.jsonl", NULL);
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);
  g_autoptr (GError) error = NULL;

  f->rules = contra_ruleset_load (rules, diagnostics, NULL);
  f->set = contra_claim_set_new ();
  *state = f;
  if (f->rules == NULL || !contra_jsonl_read (claims, f->rules, f->set, &error))
    {
      fprintf (stderr, "%s\n", error != NULL ? error->message : "the rules do not load");
      return -1;
    }
  return 0;
}

static int
teardown (void **state)
{
  Fixture *f = *state;
  contra_claim_set_free (f->set);
  contra_ruleset_free (f->rules);
  g_free (f);
  return 0;
}

static char *
claim_line (const ContraClaimSet *set, const ContraClaim *claim)
{
  GString *line = g_string_new (NULL);
  contra_jsonl_write_claim (line, set, claim);
  return g_string_free (line, FALSE);
}

static GByteArray *
claim_form (const ContraClaim *claim)
{
  GByteArray *form = g_byte_array_new ();
  contra_claim_binary_write (form, claim);
  return form;
}

/* The checksum made right again after a change, as a forger would. */
static void
reseal (guint8 *data, gsize length)
{
  if (length < 16)
    return;
  guint64 sum = GUINT64_TO_LE (contra_checksum (data + 16, length - 16));
  memcpy (data + 8, &sum, sizeof sum);
}

/* Every claim and source of the file reads back as it was written: the same JSON line,
 * the same form again, and the claims of one sentence one quote. */
static void
test_every_field (void **state)
{
  Fixture *f = *state;
  g_autoptr (ContraClaimBinaryReader) reader = contra_claim_binary_reader_new (f->rules->lexicon);
  guint types = 0, flags = 0;

  assert_int_equal (f->set->sources->len, 2);
  assert_int_equal (f->set->claims->len, 12);
  for (guint i = 0; i < f->set->sources->len; i++)
    {
      const ContraSource *source = g_ptr_array_index (f->set->sources, i);
      g_autoptr (GByteArray) form = g_byte_array_new ();
      g_autoptr (GError) error = NULL;
      contra_source_binary_write (form, source);
      ContraSource *back = contra_source_binary_read (form->data, form->len, &error);
      assert_null (error);
      g_autoptr (GString) a = g_string_new (NULL), b = g_string_new (NULL);
      contra_jsonl_write_source (a, source);
      contra_jsonl_write_source (b, back);
      assert_string_equal (b->str, a->str);
      assert_true (contra_date_equal (&back->published, &source->published));
      assert_int_equal (back->is_draft, source->is_draft);
      contra_source_free (back);
    }

  ContraText last_quote = 0;
  for (guint i = 0; i < f->set->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (f->set->claims, i);
      g_autoptr (GByteArray) form = claim_form (claim);
      g_autoptr (GError) error = NULL;
      g_autoptr (ContraClaim) back = contra_claim_binary_read (reader, form->data, form->len, claim->source, &error);
      assert_null (error);
      assert_non_null (back);
      g_autofree char *expected = claim_line (f->set, claim), *got = claim_line (f->set, back);
      assert_string_equal (got, expected);
      /* What the JSON line does not show: interned pointers, the terms shared. */
      assert_ptr_equal (back->subject, claim->subject);
      assert_ptr_equal (back->terms, claim->terms);
      assert_ptr_equal (back->value_term, claim->value_term);
      assert_int_equal (back->source, claim->source);
      g_autoptr (GByteArray) again = claim_form (back);
      assert_int_equal (again->len, form->len);
      assert_memory_equal (again->data, form->data, form->len);
      /* The count and the list (claims 5 and 6) are of one sentence. */
      if (i == 6)
        assert_true (back->quote == last_quote);
      last_quote = back->quote;

      types |= 1u << back->value.type;
      flags |= (back->partial ? 1 : 0) | (back->always ? 2 : 0) | (back->status_at_most ? 4 : 0)
               | (back->section_author != NULL ? 8 : 0) | (back->status_rank == 0 ? 16 : 0)
               | (back->value.type == CONTRA_VALUE_DATE && back->value.u.date.flags != 0 ? 32 : 0)
               | (back->value.type >= CONTRA_VALUE_MONEY && back->value.type <= CONTRA_VALUE_COUNT
                      && back->value.u.amount.range
                    ? 64
                    : 0)
               | (back->time.flags != 0 ? 128 : 0) | (back->value.text == NULL ? 256 : 0)
               | (back->n_family < back->n_terms ? 512 : 0);
    }
  /* The file holds a value of every type and sets every optional field somewhere. */
  assert_int_equal (types, ((1u << (CONTRA_VALUE_NAME + 1)) - 1) & ~1u);
  assert_int_equal (flags, 1023);
}

/* Every form cut short, every byte changed (with the checksum left and made right),
 * bytes added: an error, or (a change the checks cannot tell from a claim, once
 * resealed) a claim; never a crash or a read past the end (ASan runs this too). */
static void
test_damage (void **state)
{
  Fixture *f = *state;
  g_autoptr (ContraClaimBinaryReader) reader = contra_claim_binary_reader_new (f->rules->lexicon);

  for (guint i = 0; i < f->set->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (f->set->claims, i);
      g_autoptr (GByteArray) form = claim_form (claim);
      for (gsize cut = 0; cut < form->len; cut++)
        for (guint sealed = 0; sealed < 2; sealed++)
          {
            g_autofree guint8 *bytes = g_memdup2 (form->data, cut);
            if (sealed)
              reseal (bytes, cut);
            g_autoptr (GError) error = NULL;
            assert_null (contra_claim_binary_read (reader, bytes, cut, 0, &error));
            assert_true (g_error_matches (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID));
            assert_true (g_str_has_prefix (error->message, "a claim's row: "));
          }
      for (gsize at = 0; at < form->len; at++)
        for (guint sealed = 0; sealed < 2; sealed++)
          for (guint k = 0; k < 2; k++)
            {
              g_autofree guint8 *bytes = g_memdup2 (form->data, form->len);
              bytes[at] ^= k == 0 ? 0xff : 0x01;
              if (sealed)
                reseal (bytes, form->len);
              g_autoptr (GError) error = NULL;
              g_autoptr (ContraClaim) back = contra_claim_binary_read (reader, bytes, form->len, 0, &error);
              /* The tag, or the checksum left as it was. */
              if (at < 8 || (!sealed && at >= 16))
                assert_null (back);
              assert_true (back != NULL || g_str_has_prefix (error->message, "a claim's row: "));
            }
      g_autoptr (GByteArray) longer = claim_form (claim);
      g_byte_array_append (longer, (const guint8 *) "x", 1);
      reseal (longer->data, longer->len);
      g_autoptr (GError) error = NULL;
      assert_null (contra_claim_binary_read (reader, longer->data, longer->len, 0, &error));
      assert_string_equal (error->message, "a claim's row: it has bytes after its end");
    }
}

/* What the messages say: a checksum that is not the bytes', a form of something else,
 * a concept the rules do not know, a date out of order. */
static void
test_messages (void **state)
{
  Fixture *f = *state;
  g_autoptr (ContraClaimBinaryReader) reader = contra_claim_binary_reader_new (f->rules->lexicon);
  const ContraClaim *senator = g_ptr_array_index (f->set->claims, 10);
  g_autoptr (GByteArray) form = claim_form (senator);
  g_autoptr (GError) error = NULL;

  form->data[form->len - 1] ^= 1;
  assert_null (contra_claim_binary_read (reader, form->data, form->len, 0, &error));
  assert_string_equal (error->message, "a claim's row: its checksum is not that of its bytes");
  g_clear_error (&error);

  /* A source's form is not a claim's, nor a claim's a source's. */
  g_autoptr (GByteArray) source = g_byte_array_new ();
  contra_source_binary_write (source, g_ptr_array_index (f->set->sources, 0));
  assert_null (contra_claim_binary_read (reader, source->data, source->len, 0, &error));
  assert_string_equal (error->message, "a claim's row: it is not in the form this contra writes");
  g_clear_error (&error);
  g_autoptr (GByteArray) claim = claim_form (senator);
  assert_null (contra_source_binary_read (claim->data, claim->len, &error));
  assert_string_equal (error->message, "a source's row: it is not in the form this contra writes");
  g_clear_error (&error);

  /* The term's "office/senator" (a string and its NUL, not the subject's key) made
   * "office/senatox". */
  static const char id[] = "office/senator";
  gsize at = 0;
  while (at + sizeof id <= claim->len && memcmp (claim->data + at, id, sizeof id) != 0)
    at++;
  assert_true (at + sizeof id <= claim->len);
  claim->data[at + sizeof id - 2] = 'x';
  reseal (claim->data, claim->len);
  assert_null (contra_claim_binary_read (reader, claim->data, claim->len, 0, &error));
  assert_string_equal (error->message, "a claim's row: it names a concept the rules do not know, "
                                       "\"office/senatox\" (were the claims made with other rules?)");
  g_clear_error (&error);

  /* The source's date, its first day after its last. */
  ContraSource late = *(const ContraSource *) g_ptr_array_index (f->set->sources, 0);
  late.published.first = late.published.last + 1;
  g_byte_array_set_size (source, 0);
  contra_source_binary_write (source, &late);
  assert_null (contra_source_binary_read (source->data, source->len, &error));
  assert_string_equal (error->message, "a source's row: a date is not one contra makes");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_every_field),
    cmocka_unit_test (test_damage),
    cmocka_unit_test (test_messages),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
