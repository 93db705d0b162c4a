using Lucene.Net.Analysis;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>
/// The terms a document is about rather than mentions: everything in its title, tags and summary, and
/// body words it uses more than once. "Parkeervergunning" named once as an example does not make a tip
/// an answer to a question about parking permits.
/// </summary>
public static class TopicalTerms
{
    /// <summary>
    /// The document analysed again as the index writes it (the index keeps no term vectors). A search reads these
    /// from the postings for its candidates (<see cref="CandidateTerms"/>); this answers what those did not read.
    /// </summary>
    public static IReadOnlySet<string> Of(Analyzer indexAnalyzer, KnowledgeDocument d, int minBodyFrequency = 2) =>
        AnalysedDocument.Of(d, indexAnalyzer).TopicalTerms(minBodyFrequency);
}
