/* test_segmenter.c — sentence boundaries.
 *
 * Each row is a block's clean text and the sentences it must give. The last part
 * loads the shipped corpus and checks boundaries verified by hand.
 */
#include "table.h"

#include <string.h>

#include "text/document.h"
#include "text/markup.h"
#include "text/segmenter.h"

#define MAX_SENTENCES 8

typedef struct
{
  const char *name;
  const char *text;
  const char *sentences[MAX_SENTENCES + 1]; /* NULL-terminated */
} SentenceRow;

static const SentenceRow sentence_rows[] = {
  /* abbreviations */
  {"U.S. mid-sentence", "He visited the U.S. in 2015. Then he left.",
   {"He visited the U.S. in 2015.", "Then he left."}},
  {"U.S. before a name", "U.S. President Bill Clinton spoke. The end.",
   {"U.S. President Bill Clinton spoke.", "The end."}},
  {"U.S. before an institution", "Visiting U.S. Senator Bob Corker said the U.S. Senate may act.",
   {"Visiting U.S. Senator Bob Corker said the U.S. Senate may act."}},
  {"U.S. then a sentence opener", "Talks moved to the U.S. The next round is in Hanoi.",
   {"Talks moved to the U.S.", "The next round is in Hanoi."}},
  {"U.S. then In", "It was viewed by the U.S. In 2014, that changed.",
   {"It was viewed by the U.S.", "In 2014, that changed."}},
  {"U.S. in lower case context", "He would welcome the U.S. playing a larger role.",
   {"He would welcome the U.S. playing a larger role."}},
  {"U.S.-Vietnam", "U.S.-Vietnam relations grew. They grew fast.",
   {"U.S.-Vietnam relations grew.", "They grew fast."}},
  {"U.S. at the end", "It was organized by the U.S. Navy.", {"It was organized by the U.S. Navy."}},
  {"Gen.", "Gen. Phung Quang Thanh visited Washington.", {"Gen. Phung Quang Thanh visited Washington."}},
  {"Dr.", "Dr. Smith arrived. She spoke.", {"Dr. Smith arrived.", "She spoke."}},
  {"Mr.", "This visit of Mr. Lloyd Austin is considered important.",
   {"This visit of Mr. Lloyd Austin is considered important."}},
  {"St.", "He lives in St. Louis now.", {"He lives in St. Louis now."}},
  {"No. before a number", "See No. 1 and No. 2 here.", {"See No. 1 and No. 2 here."}},
  {"no. as a word", "He said no. Then he left.", {"He said no.", "Then he left."}},
  {"Dec. before a day", "It was signed on Dec. 16, 2013. It held.", {"It was signed on Dec. 16, 2013.", "It held."}},
  {"Jan. before a day", "Jan. 5 was cold.", {"Jan. 5 was cold."}},
  {"Vol., No., p.", "International Security, Vol. 30, No. 1, Summer 2005, p. 10. Next.",
   {"International Security, Vol. 30, No. 1, Summer 2005, p. 10.", "Next."}},
  {"initial", "John F. Kennedy was president. He died in 1963.",
   {"John F. Kennedy was president.", "He died in 1963."}},
  {"initial then an opener", "It was World War I. The war ended in 1918.",
   {"It was World War I.", "The war ended in 1918."}},
  {"a.m. then an opener", "It began at 9 a.m. The rain stopped.", {"It began at 9 a.m.", "The rain stopped."}},
  {"a.m. mid-sentence", "It began at 9 a.m. on Monday.", {"It began at 9 a.m. on Monday."}},
  {"e.g. never ends", "Some papers, e.g. The Times, agreed.", {"Some papers, e.g. The Times, agreed."}},
  {"Inc. at the end", "He works for Acme Inc. The firm grew.", {"He works for Acme Inc.", "The firm grew."}},
  /* numbers and money */
  {"decimal", "It surged to 9.49 million USD. It fell.", {"It surged to 9.49 million USD.", "It fell."}},
  {"dollars", "Carter would provide $18 million. This builds on it.",
   {"Carter would provide $18 million.", "This builds on it."}},
  {"year then a capital", "In 2002. In 2003 it grew.", {"In 2002.", "In 2003 it grew."}},
  {"percent then a digit", "It was 71%. 84 percent agree.", {"It was 71%.", "84 percent agree."}},
  /* quotes */
  {"closing quote after the period", "He termed it \"greater operational cooperation.\" While true, it was late.",
   {"He termed it \"greater operational cooperation.\"", "While true, it was late."}},
  {"curly closing quote", "Beijing can \u201Cwin the South China Sea.\u201D But before that, no.",
   {"Beijing can \u201Cwin the South China Sea.\u201D", "But before that, no."}},
  {"quoted sentence start", "He said: \u201CVietnam respects the right.\u201D In February it agreed.",
   {"He said: \u201CVietnam respects the right.\u201D", "In February it agreed."}},
  {"sentence ends inside a quote", "\"With this exchange, we heal. With this visit, we build,\" Carter said.",
   {"\"With this exchange, we heal.", "With this visit, we build,\" Carter said."}},
  {"question mark inside brackets", "Challenges remain (See: \"What's Next for US-Vietnam Relations?\"). For Washington, rights matter.",
   {"Challenges remain (See: \"What's Next for US-Vietnam Relations?\").", "For Washington, rights matter."}},
  {"question and exclamation", "Really? Yes! Fine.", {"Really?", "Yes!", "Fine."}},
  {"That's globalization!", "They don't trust them. That's globalization!",
   {"They don't trust them.", "That's globalization!"}},
  /* footnotes */
  {"footnote after a period", "It made efforts.[2] Next comes more.", {"It made efforts.[2]", "Next comes more."}},
  {"footnote after a closing quote", "To enhance its \u201Coff-shore patrolling capacity.\u201D[3]",
   {"To enhance its \u201Coff-shore patrolling capacity.\u201D[3]"}},
  {"footnote after a space", "In the Asia-Pacific region.\u201D [2] In September 2010, funds came.",
   {"In the Asia-Pacific region.\u201D [2]", "In September 2010, funds came."}},
  {"footnote after period and space", "To offset its advantages. [10] Based on this, it acted.",
   {"To offset its advantages. [10]", "Based on this, it acted."}},
  {"footnote at the end of a block", "In fiscal year 2015.[7] ", {"In fiscal year 2015.[7]"}},
  /* ellipses and dashes */
  {"ellipsis continuing in lower case", "The debates in the US Congress... resulted in a poor record.",
   {"The debates in the US Congress... resulted in a poor record."}},
  {"ellipsis then a capital", "He paused... Then he spoke.", {"He paused...", "Then he spoke."}},
  {"unicode ellipsis", "Wait\u2026 then go. Wait\u2026 Then go.", {"Wait\u2026 then go.", "Wait\u2026", "Then go."}},
  {"em dashes", "The vision statement \u2014 which is not legally-binding \u2014 was accompanied by deliverables.",
   {"The vision statement \u2014 which is not legally-binding \u2014 was accompanied by deliverables."}},
  {"dash before a quote", "The South China Sea - \"No regional country would oppose it. We attach importance.\"",
   {"The South China Sea - \"No regional country would oppose it.", "We attach importance.\""}},
  /* block ends */
  {"Asia./. at the end", "amid a rapidly changing Asia./.", {"amid a rapidly changing Asia./."}},
  {"Asia./. then more", "A changing Asia./. Next article.", {"A changing Asia./.", "Next article."}},
  {"heading without a period", "US, Vietnam Deepen Defense Ties", {"US, Vietnam Deepen Defense Ties"}},
  {"Chinese header line", "cntv | \u4F5C\u8005: Xin Qiang | \u65F6\u95F4: 2015-05-11 | \u8D23\u7F16: \u674E\u654F\u6377",
   {"cntv | \u4F5C\u8005: Xin Qiang | \u65F6\u95F4: 2015-05-11 | \u8D23\u7F16: \u674E\u654F\u6377"}},
  {"CJK full stops", "\u7B2C\u4E00\u53E5\u3002\u7B2C\u4E8C\u53E5\u3002", {"\u7B2C\u4E00\u53E5\u3002", "\u7B2C\u4E8C\u53E5\u3002"}},
  {"domain name", "Thoibao.de (Translated)", {"Thoibao.de (Translated)"}},
  {"French closing guillemet", "Collectionnez les miniatures. \u00BB", {"Collectionnez les miniatures. \u00BB"}},
  {"white space trimmed", "  First one.   Second one.  ", {"First one.", "Second one."}},
  {"no-break spaces trimmed", "\u00A0First.\u00A0\u00A0Second.\u00A0", {"First.", "Second."}},
  {"only white space", "   ", {NULL}},
  /* documented limits */
  {"limit: a lower-case start is not split", "It brings peace and stability. and prosperity.",
   {"It brings peace and stability. and prosperity."}},
  {"limit: U.S. before a name is not split", "He was based in the U.S. Vietnam has changed.",
   {"He was based in the U.S. Vietnam has changed."}},
};

static ContraBlock *
make_block (const char *text)
{
  ContraBlock *block = g_new0 (ContraBlock, 1);
  ContraRun run = {0, 0};

  block->kind = CONTRA_BLOCK_PARAGRAPH;
  block->text = g_strdup (text);
  block->length = strlen (text);
  block->end = block->length;
  block->runs = g_array_new (FALSE, FALSE, sizeof (ContraRun));
  g_array_append_val (block->runs, run);
  return block;
}

static void
test_sentences (void **state)
{
  const SentenceRow *row = *state;
  ContraBlock *block = make_block (row->text);
  g_autoptr (GArray) sentences = g_array_new (FALSE, FALSE, sizeof (ContraSentence));
  ContraSentence sentinel = {99, 0, 0};

  /* Appends: what the array held stays. */
  g_array_append_val (sentences, sentinel);
  contra_segment_block (block, 7, sentences);

  guint expected = 0;
  while (row->sentences[expected] != NULL)
    expected++;
  GString *got = g_string_new (NULL);
  for (guint i = 1; i < sentences->len; i++)
    {
      const ContraSentence *s = &g_array_index (sentences, ContraSentence, i);
      g_string_append_printf (got, "[%.*s]", (int) (s->end - s->start), block->text + s->start);
    }
  GString *want = g_string_new (NULL);
  for (guint i = 0; i < expected; i++)
    g_string_append_printf (want, "[%s]", row->sentences[i]);
  assert_string_equal (got->str, want->str);
  for (guint i = 1; i < sentences->len; i++)
    {
      const ContraSentence *s = &g_array_index (sentences, ContraSentence, i);
      assert_int_equal (s->block, 7);
      assert_true (s->start < s->end && s->end <= block->length);
    }
  assert_int_equal (g_array_index (sentences, ContraSentence, 0).block, 99);
  g_string_free (got, TRUE);
  g_string_free (want, TRUE);
  contra_block_free (block);
}

/* ---------------------------------------------------------------------------------
 * The corpus */

typedef struct
{
  const char *name;
  const char *file;       /* under corpus/ */
  const char *sentence;   /* exactly one sentence of the file */
  guint line;             /* where it starts */
  guint column;
} CorpusRow;

static const CorpusRow corpus_rows[] = {
  {"004: arms treaty, one sentence", "004_8e034bfb88b42231.txt",
   "In December 2006, the United States revised the \u201CInternational Arms Trade Treaty\u201D to allow for arms "
   "exports to Vietnam of \u201Cnon-lethal defensive weapons\u201D on a \u201Ccase-by-case\u201D basis.", 46, 74},
  {"004: footnote after a closing quote", "004_8e034bfb88b42231.txt",
   "Kerry offered 18 million USD of aid to Vietnam for 5 high-speed patrol ships to enhance Vietnam\u2019s "
   "\u201Coff-shore patrolling capacity.\u201D[3]", 23, 1159},
  {"004: footnote after a quote and a space", "004_8e034bfb88b42231.txt",
   "The two countries have continued to \u201Cintensify cooperation, and promote peace, stability and security in "
   "the Asia-Pacific region.\u201D [2]", 23, 1},
  {"004: decimal and footnote", "004_8e034bfb88b42231.txt",
   "The relative amount surged to 9.49 million USD in fiscal year 2013, and will climb to at least 10 million USD "
   "in fiscal year 2015.[7]", 44, 546},
  {"004: Vol., No., p.", "004_8e034bfb88b42231.txt",
   "[10]\u2003Robert Pape, \u201CSoft Balancing Against the United States,\u201D International Security, Vol. 30, "
   "No. 1, Summer 2005, p. 10.", 160, 1},
  {"004: Dec. 16, 2013", "004_8e034bfb88b42231.txt",
   "[3]\u2003Keith Johnson, \u201CKerry\u2019s Return to Vietnam Is All about Blocking China,\u201D Foreign Policy, "
   "Dec. 16, 2013,", 139, 1},
  {"004: Chinese header line", "004_8e034bfb88b42231.txt",
   "cntv | \u4F5C\u8005: Xin Qiang | \u65F6\u95F4: 2015-05-11 | \u8D23\u7F16: \u674E\u654F\u6377", 3, 1},
  {"004: 13th", "004_8e034bfb88b42231.txt",
   "In September 2009, the 13th Air Force Division of the United States Pacific Command and the Vietnam People\u2019s "
   "Army held their first \u201Chumanitarian, search and rescue mission,\u201D calling the mission \u201COperation "
   "Pacific Angel.\u201D", 38, 96},
  {"000: escaped dollar", "000_13a7ffee45129fbc.txt",
   "For instance, Carter announced that the United States would provide $18 million to the Vietnamese Coast Guard to "
   "purchase American Metal Shark patrol vessels.", 23, 105},
  {"000: U.S. Defense Secretary", "000_13a7ffee45129fbc.txt",
   "This week, the United States and Vietnam deepened their defense ties during a three-day trip by U.S. Defense "
   "Secretary Ashton Carter to the Southeast Asian state.", 17, 1},
  {"000: em dashes", "000_13a7ffee45129fbc.txt",
   "The vision statement \u2014 which is not legally-binding \u2014 was accompanied by concrete deliverables as well.", 23, 1},
  {"000: question in brackets", "000_13a7ffee45129fbc.txt",
   "Of course, as I have noted previously, while U.S.-Vietnam relations have grown significantly over the past few "
   "years, there are still formidable challenges ahead (See: \"What's Next for US-Vietnam Relations?\").", 25, 1},
  {"000: heading", "000_13a7ffee45129fbc.txt", "US, Vietnam Deepen Defense Ties", 9, 1},
  {"001: Markdown heading", "001_4acc4d2366affa89.txt",
   "The current and future of Vietnam \u2013 US defense relations by Lai Thai Binh", 5, 6},
  {"001: mailto link", "001_4acc4d2366affa89.txt",
   "Lai Thai Binh (binhlt@mofa.gov.vn) is deputy director general, Americas Department, Ministry of Foreign Affairs "
   "of Vietnam.", 7, 2},
  {"001: ellipsis", "001_4acc4d2366affa89.txt",
   "The embargo, together with the complexity and high-cost US weapon systems, the long process of approval, and the "
   "fear of debates on \"human right\" issues in the US Congress... resulted in a poor record of US sales of modern "
   "weapon systems to Vietnam.", 17, 960},
  {"001: joined after \"The\"", "001_4acc4d2366affa89.txt",
   "The US has focused on building and reinforcing relations with allies and partners to create a network of "
   "strategic relations but Vietnam advocated expanding military relations with all countries on the basis of "
   "respecting independence, sovereignty, and territorial integrity.", 13, 736},
  {"001: joined after \"said\"", "001_4acc4d2366affa89.txt",
   "In a recent interview in Laos, Secretary of State John Kerry said that the prime minister of Laos \u201Cwas very "
   "clear that he wants a unified ASEAN and he wants maritime rights protected, and he wants to avoid militarization "
   "and avoid the conflict.\u201D", 23, 527},
  {"002: Asia./.", "002_bb8406d2e8272ae1.txt",
   "Vietnam increasingly views the United States as a necessary partner in its search for an independent foreign "
   "policy amid a rapidly changing Asia./.", 10, 264},
  {"002: U.S. President", "002_bb8406d2e8272ae1.txt",
   "Since July 11, 1995, when U.S. President Bill Clinton announced the formal normalization of diplomatic relations "
   "between the United States of America and the Socialist Republic of Vietnam, U.S. relations with Vietnam have "
   "become deeper and more diverse.", 4, 1},
  {"002: U.S. favorably", "002_bb8406d2e8272ae1.txt",
   "Despite the infamous history of the Vietnam War, Vietnam today is one of the most pro-American countries in "
   "Asia, with 71% of Vietnamese people viewing the U.S. favorably in 2002.", 5, 1},
  {"002: U.S. Navy.", "002_bb8406d2e8272ae1.txt",
   "In June 2007, Vietnamese observers took part for the first time in the multinational naval exercise Cooperation "
   "Afloat Readiness and Training (CARAT), organized by the U.S. Navy.", 6, 376},
  {"002: commenter line", "002_bb8406d2e8272ae1.txt", "Qu\u1ED1c C\u01B0\u1EDDng 14/8/14 20:33", 44, 1},
  {"002: sentence after the commenter", "002_bb8406d2e8272ae1.txt",
   "Senator McCain made the statement during his talks with Vietnamese Defense Minister General Phung Quang Thanh in "
   "Hanoi.", 47, 1},
  {"003: Mr.", "003_547fc93670db27fd.txt",
   "This visit of Mr. Lloyd Austin is considered to \u201Cclear the way\u201D for a senior figure in the White House "
   "to visit Vietnam this year.", 2, 1},
  {"003: closing quote", "003_547fc93670db27fd.txt",
   "Robert Kaplan observes that if China can \u201Ccut off\u201D Vietnam there, Beijing can \u201Cwin the South China "
   "Sea.\u201D", 5, 323},
  {"003: quoted heading", "003_547fc93670db27fd.txt", "\u201CUnder the Dragon\u2019s Shadow\u201D", 4, 1},
  {"003: 3,000-ton", "003_547fc93670db27fd.txt",
   "In 2019, the US handed over the used 3,000-ton Hamilton-class patrol boat and 6 patrol boats to the Vietnam "
   "Coast Guard.", 13, 482},
};

static char *
corpus_path (const char *file)
{
  return g_build_filename (CONTRA_SOURCE_ROOT, "corpus", file, NULL);
}

static void
test_corpus_sentence (void **state)
{
  const CorpusRow *row = *state;
  g_autofree char *path = corpus_path (row->file);
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraDocument) doc = contra_document_load (path, &error);

  assert_null (error);
  assert_non_null (doc);
  contra_document_segment (doc);

  for (guint i = 0; i < doc->sentences->len; i++)
    {
      const ContraSentence *s = &g_array_index (doc->sentences, ContraSentence, i);
      g_autofree char *text = contra_sentence_text (doc, s);
      if (strcmp (text, row->sentence) != 0)
        continue;
      gsize start, end;
      guint line, column;
      contra_sentence_span (doc, s, &start, &end);
      contra_document_position (doc, start, &line, &column);
      assert_int_equal (line, row->line);
      assert_int_equal (column, row->column);
      return;
    }
  fail_msg ("no sentence is exactly: %s", row->sentence);
}

/* Whole-corpus invariants: no white space at sentence edges, spans inside the text
 * and in order, and the source under a sentence of a plain file is its text. */
static void
test_corpus_invariants (void **state)
{
  (void) state;
  g_autofree char *dir_path = g_build_filename (CONTRA_SOURCE_ROOT, "corpus", NULL);
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint files = 0;

  assert_non_null (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_has_suffix (name, ".txt"))
        continue;
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr (ContraDocument) doc = contra_document_load (path, NULL);
      assert_non_null (doc);
      contra_document_segment (doc);
      assert_true (doc->sentences->len > 0);
      files++;

      gsize previous_end = 0;
      for (guint i = 0; i < doc->sentences->len; i++)
        {
          const ContraSentence *s = &g_array_index (doc->sentences, ContraSentence, i);
          const ContraBlock *b = doc->blocks->pdata[s->block];
          g_autofree char *text = contra_sentence_text (doc, s);
          gsize start, end;

          assert_true (text[0] != '\0');
          assert_false (g_unichar_isspace (g_utf8_get_char (text)));
          assert_false (g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (text + strlen (text)))));
          contra_sentence_span (doc, s, &start, &end);
          assert_true (start < end && end <= doc->length);
          assert_true (start >= previous_end);
          assert_true (start >= b->start && end <= b->end);
          previous_end = end;
          if (doc->format == CONTRA_FORMAT_PLAIN && strchr (text, '$') == NULL)
            assert_memory_equal (doc->text + start, text, strlen (text));
        }
    }
  assert_int_equal (files, 5);
}

int
main (void)
{
  GArray *tests = TABLE_NEW ();
  TABLE_ADD (tests, "sentences", test_sentences, sentence_rows);
  TABLE_ADD (tests, "corpus", test_corpus_sentence, corpus_rows);
  table_add_test (tests, "corpus invariants", test_corpus_invariants);
  return table_run ("segmenter", tests);
}
