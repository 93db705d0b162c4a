using Lucene.Net.Index;

namespace TipBot.Indexer.Search;

/// <summary>
/// The terms a document is about rather than mentions: everything in its title, tags and summary, and
/// body words it uses more than once. "Parkeervergunning" named once as an example does not make a tip
/// an answer to a question about parking permits.
/// </summary>
public static class TopicalTerms
{
    private static readonly string[] HeadFields = [IndexFields.Title, IndexFields.Tags, IndexFields.Summary];

    /// <summary>Read from the term vectors of one whole-document entry (one read per question, for its best hit).</summary>
    public static IReadOnlySet<string> Of(IndexReader reader, int entry, int minBodyFrequency = 2)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var vectors = reader.GetTermVectors(entry);
        if (vectors is null) return set;
        foreach (var field in HeadFields)
        {
            var terms = vectors.GetTerms(field);
            if (terms is null) continue;
            var e = terms.GetEnumerator();
            while (e.MoveNext()) set.Add(e.Term.Utf8ToString());
        }
        var body = vectors.GetTerms(IndexFields.Body);
        if (body is not null)
        {
            var e = body.GetEnumerator();
            while (e.MoveNext())
            {
                if (e.TotalTermFreq >= minBodyFrequency) set.Add(e.Term.Utf8ToString());
            }
        }
        return set;
    }
}
