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

    /// <summary>The term's place and statistics in each segment.</summary>
    internal TermContext States { get; } = states;

    /// <summary>How many entries hold the term.</summary>
    internal int DocFreq => States.DocFreq;

    private PostingsPool.Lease Postings { get; } = postings;

    public override Weight CreateWeight(IndexSearcher searcher) => new PooledWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms) => terms.Add(Term);

    public override string ToString(string field) =>
        (Term.Field == field ? "" : Term.Field + ":") + Term.Text + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) => obj is PooledTermQuery other && other.Boost == Boost && other.Term.Equals(Term);

    public override int GetHashCode() => HashCode.Combine(Boost, Term);

    /// <summary>The term's weight: BM25 through <see cref="Bm25Tables"/> for the plain similarity, any other's own weight otherwise.</summary>
    internal sealed class PooledWeight : Weight
    {
        private readonly PooledTermQuery _query;
        private readonly IndexSearcher _searcher;
        private readonly Similarity _similarity;
        // The plain BM25 similarity's weight without its per-weight table (Bm25Tables); any other similarity's own weight.
        private readonly Bm25Tables? _bm25;
        private readonly float _idf;
        private readonly float[]? _table;
        private readonly Similarity.SimWeight? _stats;
        private float _weight;
        private float _queryNorm = 1f;
        private float _topLevelBoost = 1f;

        public PooledWeight(PooledTermQuery query, IndexSearcher searcher)
        {
            _query = query;
            _searcher = searcher;
            _similarity = searcher.Similarity;
            var collection = searcher.CollectionStatistics(query.Term.Field);
            _bm25 = Bm25Tables.Of(_similarity);
            if (_bm25 is not null)
            {
                _idf = Bm25Tables.Idf(query.States.DocFreq, collection.MaxDoc);
                _table = _bm25.Table(collection);
                _weight = _idf * query.Boost;
            }
            else
            {
                _stats = _similarity.ComputeWeight(query.Boost, collection, searcher.TermStatistics(query.Term, query.States));
            }
        }

        public override Query Query => _query;

        /// <summary>The term whose postings it scores.</summary>
        public Term Term => _query.Term;

        /// <summary>
        /// When its scorers score with <see cref="Bm25Tables.DocScorer"/>: the weight value they multiply by and the
        /// length table they read (a posting's score is then <see cref="Bm25Tables.DocScorer.Score(float, float, float)"/>).
        /// </summary>
        public bool ScoresAsBm25(out float weightValue, out float[] table)
        {
            weightValue = _bm25 is null ? 0 : Bm25Tables.DocScorer.WeightValue(_weight, _bm25.K1);
            table = _table!;
            return _bm25 is not null;
        }

        public override float GetValueForNormalization()
        {
            if (_stats is not null) return _stats.GetValueForNormalization();
            var queryWeight = _idf * _query.Boost;
            return queryWeight * queryWeight;
        }

        public override void Normalize(float queryNorm, float topLevelBoost)
        {
            _queryNorm = queryNorm;
            _topLevelBoost = topLevelBoost;
            if (_stats is not null) _stats.Normalize(queryNorm, topLevelBoost);
            else _weight = _idf * _query.Boost * topLevelBoost;
        }

        /// <summary>The BM25 <c>k1</c> its scorers use (with <see cref="ScoresAsBm25"/>).</summary>
        public float K1 => _bm25?.K1 ?? 0;

        /// <summary>
        /// The postings its scorer in <paramref name="context"/> would walk, null where it would have none: for a caller that
        /// scores them itself with <see cref="ScoresAsBm25"/> and <see cref="Norms"/>, without a scorer object per segment.
        /// </summary>
        public DocsEnum? Postings(AtomicReaderContext context, IBits? acceptDocs) =>
            _query.States.Get(context.Ord) is { } state ? _query.Postings.Docs(context, _query.Term.Field, _query.Term.Bytes, state, acceptDocs) : null;

        /// <summary>The norms its BM25 scorer in <paramref name="context"/> reads a doc's length from.</summary>
        public NumericDocValues? Norms(AtomicReaderContext context) => context.AtomicReader.GetNormValues(_query.Term.Field);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (Postings(context, acceptDocs) is not { } docs) return null;
            var scorer = _stats is not null
                ? _similarity.GetSimScorer(_stats, context)
                : new Bm25Tables.DocScorer(_weight, _bm25!.K1, _table!, Norms(context));
            return new PostingsScorer(this, docs, scorer);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc) return new ComplexExplanation(false, 0f, "no matching term");
            var freq = scorer.Freq;
            // Explained by the similarity itself, from the statistics and boosts this weight was given.
            var stats = _stats;
            if (stats is null)
            {
                stats = _similarity.ComputeWeight(_query.Boost, _searcher.CollectionStatistics(_query.Term.Field), _searcher.TermStatistics(_query.Term, _query.States));
                stats.Normalize(_queryNorm, _topLevelBoost);
            }
            var score = _similarity.GetSimScorer(stats, context).Explain(doc, new Explanation(freq, "termFreq=" + freq));
            var result = new ComplexExplanation(true, score.Value, $"weight({Query} in {doc}) [{_similarity.GetType().Name}], result of:");
            result.AddDetail(score);
            return result;
        }
    }

    /// <summary>As Lucene's term scorer: the postings' documents, each scored by the similarity from its frequency.</summary>
    internal sealed class PostingsScorer(Weight weight, DocsEnum docs, Similarity.SimScorer scorer) : Scorer(weight)
    {
        /// <summary>The postings it walks, for a caller reading many in a row (<see cref="TopDocsMaxScore"/>) without a call through the scorer for each.</summary>
        public DocsEnum Docs => docs;

        /// <summary>What scores a document from its frequency: <see cref="GetScore"/> is <c>Similarity.Score(DocID, Freq)</c>.</summary>
        public Similarity.SimScorer Similarity => scorer;

        public override int DocID => docs.DocID;

        public override int Freq => docs.Freq;

        public override int NextDoc() => docs.NextDoc();

        public override int Advance(int target) => docs.Advance(target);

        public override float GetScore() => scorer.Score(docs.DocID, docs.Freq);

        public override long GetCost() => docs.GetCost();
    }
}
