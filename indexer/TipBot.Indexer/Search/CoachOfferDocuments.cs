using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// The library's documents about its coaching offer (<see cref="LibraryOffer.IsCoachOffer"/>), found in the index itself: a
/// request for someone from outside to think along ("waar vind ik iemand van buiten die met ons project meekijkt") need share
/// no word with the coach tip, which is then not among a search's candidates.
/// </summary>
/// <remarks>
/// A document is about the offer when its title, tags or summary hold the coach or a compound ending in it ("interactiecoach");
/// every term of those fields is one it is about (<see cref="TopicalTerms"/>). Those terms are read from the three fields'
/// dictionaries once per index reader (a walk of their terms; a question that needs them pays it once per snapshot), and a
/// question searches them alone, scored by BM25 with the search's field boosts: the offer's own tip, which names it in its
/// title, tags and summary, comes before a document that names a coach once. Coach profiles are never among them.
/// </remarks>
internal static class CoachOfferDocuments
{
    private static readonly string[] HeadFields = [IndexFields.Title, IndexFields.Tags, IndexFields.Summary];

    /// <summary>At most this many coach terms per field are searched (a library has a handful; BooleanQuery allows 1,024 clauses).</summary>
    private const int MaxTermsPerField = 100;

    private static readonly ConditionalWeakTable<IndexReader, string[][]> TermsByReader = new();

    private static readonly Term CoachProfile = new(IndexFields.Kind, IndexBuilder.KindName(DocumentKind.Coach));

    /// <summary>
    /// The whole-document entries about the coaching offer that <paramref name="filter"/> lets through, best first, at most
    /// <paramref name="max"/>; <paramref name="boosts"/> are the search's field boosts (<see cref="RankingOptions.DocumentFields"/>).
    /// </summary>
    public static ScoreDoc[] Find(IndexSearcher searcher, Filter filter, IReadOnlyList<(string Field, float Boost)> boosts, int max)
    {
        var terms = TermsByReader.GetValue(searcher.IndexReader, CoachTerms);
        var offer = new BooleanQuery();
        for (var f = 0; f < HeadFields.Length; f++)
        {
            var boost = BoostOf(HeadFields[f], boosts);
            foreach (var term in terms[f]) offer.Add(new TermQuery(new Term(HeadFields[f], term)) { Boost = boost }, Occur.SHOULD);
        }
        if (offer.Clauses.Count == 0) return [];
        var query = new BooleanQuery { { offer, Occur.MUST }, { new TermQuery(CoachProfile), Occur.MUST_NOT } };
        return searcher.Search(query, filter, max).ScoreDocs;
    }

    private static float BoostOf(string field, IReadOnlyList<(string Field, float Boost)> boosts)
    {
        foreach (var (name, boost) in boosts)
        {
            if (name == field) return boost;
        }
        return 1f;
    }

    // Per head field, its terms that are the coach or end in it.
    private static string[][] CoachTerms(IndexReader reader)
    {
        var result = new string[HeadFields.Length][];
        for (var f = 0; f < HeadFields.Length; f++)
        {
            var found = new List<string>();
            var fieldTerms = MultiFields.GetTerms(reader, HeadFields[f]);
            if (fieldTerms is not null)
            {
                var termsEnum = fieldTerms.GetEnumerator();
                while (found.Count < MaxTermsPerField && termsEnum.MoveNext())
                {
                    var term = termsEnum.Term;
                    if (EndsWithCoach(term)) found.Add(term.Utf8ToString());
                }
            }
            result[f] = [.. found];
        }
        return result;
    }

    private static readonly byte[] CoachBytes = System.Text.Encoding.UTF8.GetBytes(LibraryOffer.CoachTerm);

    private static bool EndsWithCoach(BytesRef term) =>
        term.Length >= CoachBytes.Length && term.Bytes.AsSpan(term.Offset + term.Length - CoachBytes.Length, CoachBytes.Length).SequenceEqual(CoachBytes);
}
