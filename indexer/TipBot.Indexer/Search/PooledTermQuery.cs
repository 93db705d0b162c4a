using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace TipBot.Indexer.Search;

/// <summary>
/// A term query scored exactly as <see cref="TermQuery"/> with known term states (same statistics, same BM25 per
/// document), whose scorers read postings from a <see cref="PostingsPool.Lease"/> instead of new cursors.
/// </summary>
internal sealed class PooledTermQuery(Term term, TermContext states, PostingsPool.Lease postings) : Query
{
    public Term Term { get; } = term;

    private TermContext States { get; } = states;

    /// <summary>How many entries hold the term.</summary>
    internal int DocFreq => States.DocFreq;

    private PostingsPool.Lease Postings { get; } = postings;

    public override Weight CreateWeight(IndexSearcher searcher) => new PooledWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms) => terms.Add(Term);

    public override string ToString(string field) =>
        (Term.Field == field ? "" : Term.Field + ":") + Term.Text + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) => obj is PooledTermQuery other && other.Boost == Boost && other.Term.Equals(Term);

    public override int GetHashCode() => HashCode.Combine(Boost, Term);

    private sealed class PooledWeight : Weight
    {
        private readonly PooledTermQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;

        public PooledWeight(PooledTermQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, query.States));
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float queryNorm, float topLevelBoost) => _stats.Normalize(queryNorm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (_query.States.Get(context.Ord) is not { } state) return null;
            var docs = _query.Postings.Docs(context, _query.Term.Field, _query.Term.Bytes, state, acceptDocs);
            return docs is null ? null : new PostingsScorer(this, docs, _similarity.GetSimScorer(_stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc) return new ComplexExplanation(false, 0f, "no matching term");
            var freq = scorer.Freq;
            var score = _similarity.GetSimScorer(_stats, context).Explain(doc, new Explanation(freq, "termFreq=" + freq));
            var result = new ComplexExplanation(true, score.Value, $"weight({Query} in {doc}) [{_similarity.GetType().Name}], result of:");
            result.AddDetail(score);
            return result;
        }
    }

    /// <summary>As Lucene's term scorer: the postings' documents, each scored by the similarity from its frequency.</summary>
    private sealed class PostingsScorer(Weight weight, DocsEnum docs, Similarity.SimScorer scorer) : Scorer(weight)
    {
        public override int DocID => docs.DocID;

        public override int Freq => docs.Freq;

        public override int NextDoc() => docs.NextDoc();

        public override int Advance(int target) => docs.Advance(target);

        public override float GetScore() => scorer.Score(docs.DocID, docs.Freq);

        public override long GetCost() => docs.GetCost();
    }
}
