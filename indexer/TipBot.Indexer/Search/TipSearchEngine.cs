using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TipBot.Indexer.Library;

namespace TipBot.Indexer.Search;

/// <summary>The Dutch tip search over one built index: ranking, best section, snippet and the answered flag.</summary>
public sealed class TipSearchEngine : ITipSearch, IDisposable
{
    public const int MaxTop = 100;
    private const int RerankDepth = 50;
    private const int MaxPhraseDepth = 64;

    /// <summary>How many recent searches an engine remembers unless told otherwise.</summary>
    public const int DefaultResultCacheSize = 1024;

    private readonly IndexSnapshot _snapshot;
    private readonly SearchResultCache _results;

    /// <param name="resultCacheSize">Recent searches answered again without searching (0: none).</param>
    public TipSearchEngine(IndexSnapshot snapshot, RankingOptions? options = null, int resultCacheSize = DefaultResultCacheSize)
    {
        _snapshot = snapshot;
        Options = options ?? RankingOptions.Default;
        _results = new SearchResultCache(resultCacheSize);
    }

    public RankingOptions Options { get; }

    /// <summary>Builds an in-memory index over the given documents.</summary>
    public static TipSearchEngine InMemory(IReadOnlyList<KnowledgeDocument> documents, SearchResources? resources = null, RankingOptions? options = null)
    {
        resources ??= SearchResources.ForLibrary(documents, null, null, []);
        var dir = new RAMDirectory();
        IndexBuilder.Write(dir, documents, resources);
        return new TipSearchEngine(new IndexSnapshot(dir, documents, resources, ownsDirectory: true), options);
    }

    public IndexSnapshot Snapshot => _snapshot;

    public IReadOnlyList<KnowledgeDocument> Documents => _snapshot.Documents;

    public KnowledgeDocument? Get(string id) => id is not null && _snapshot.ById.TryGetValue(id, out var d) ? d : null;

    public SearchResult Search(SearchQuery query) => _results.GetOrAdd(query, q => Run(q, null));

    /// <summary>Searches without the result cache and records what the ranking saw of the leading candidates in <paramref name="trace"/>.</summary>
    public SearchResult Search(SearchQuery query, RankingTrace trace) => Run(query, trace);

    private SearchResult Run(SearchQuery query, RankingTrace? trace)
    {
        var text = query.Text ?? "";
        var top = Math.Clamp(query.Top, 1, MaxTop);
        var skip = Math.Clamp(query.Skip, 0, 10_000);
        var s = _snapshot;
        var offerRequest = OfferRequest.IsIn(text);
        var groups = QueryAnalysis.Analyze(s, text, offerRequest);
        var filter = IsUnfiltered(query) ? s.DocumentFilter : new QueryWrapperFilter(FilterQuery(query));

        if (groups.Count == 0)
        {
            // Nothing to search for (empty text, only stop words): list what the filters allow, not an answer.
            var all = s.Searcher.Search(new MatchAllDocsQuery(), filter, skip + top);
            var listed = all.ScoreDocs.Skip(skip).Select(sd => Hit(sd, groups, new TermMatcher(groups), -1)).OfType<SearchHit>().ToList();
            return new SearchResult(text, false, listed);
        }

        using var postings = s.Postings.Rent();
        var luceneQuery = QueryFactory.Build(groups, Options.DocumentFields, fuzzy: true, s.NearTerms, s.TermStates, postings);
        var found = TopDocsMaxScore.Search(s.Searcher, luceneQuery, filter, Math.Max(skip + top, RerankDepth));
        if (found.ScoreDocs.Length == 0) return new SearchResult(text, false, []);

        // BM25 has no coordination factor: one rare word in a title can beat a document that has every
        // word of the question. Re-rank the candidates by how much of the question each one covers.
        var matcher = new TermMatcher(groups, s.NearTerms);
        // What earlier answered questions like this one were answered with (RankingOptions.MemoryWeight), for the order only: read
        // with the question's terms.
        var memoryWords = Options.MemoryWeight > 0 && found.ScoreDocs.Length > 1
            ? Options.Memory.AnswerWords(QuestionMemoryLearner.QuestionGroups(groups), Options.MemorySettings) : null;
        var readTerms = memoryWords is { Count: > 0 } ? QuestionTerms(groups).Concat(memoryWords.Keys) : QuestionTerms(groups);
        var candidateTerms = CandidateTerms.Read(s.Reader, found.ScoreDocs.Select(sd => sd.Doc), readTerms, termStates: s.TermStates, postings: postings, maxima: TermMaxScores.Of(s.Searcher));
        // The terms of a candidate's whole-document entry, as the coverage, the judge and the trace read them.
        IReadOnlySet<string> TermsOfCandidate(int doc, KnowledgeDocument d) => candidateTerms.All(doc, s.TermsOfDocumentAt(doc, d));
        var sectionScores = Options.SectionWeight > 0 ? SectionScores(groups, postings) : null;
        var longQuestion = Options.IsLongForOrder(text);
        // The order (not the judge's match) weighs the asker's own thing more: what "onze brieven" or "mijn team" is about. Not in
        // a request for the library's offer, where the asker's own is who it is for ("een workshop voor ons team").
        var orderMatcher = !offerRequest && Options.PossessedWeight != 1 && groups.Any(g => g.Possessed)
            ? new TermMatcher(PossessedWords.Weighted(groups, Options.PossessedWeight), s.NearTerms) : null;
        var ranked = found.ScoreDocs
            .Select(sd => (ScoreDoc: sd, Doc: DocumentOf(sd.Doc)))
            .Where(c => c.Doc is not null)
            .Select(c =>
            {
                var terms = TermsOfCandidate(c.ScoreDoc.Doc, c.Doc!);
                var coverage = matcher.Coverage(terms);
                var bm25 = c.ScoreDoc.Score + Options.SectionWeight * (sectionScores?.GetValueOrDefault(c.Doc!.Id) ?? 0);
                var match = Options.Combine(bm25, coverage);
                var order = longQuestion || orderMatcher is not null ? Options.OrderScore(bm25, orderMatcher?.Coverage(terms) ?? coverage, longQuestion) : match;
                return new Candidate(c.ScoreDoc, c.Doc!, coverage, order * Options.KindWeight(c.Doc!.Kind), match);
            })
            .OrderByDescending(c => c.Score)
            .ToList();
        // How much of the question a candidate is about (its TopicalTerms: title, tags, summary, repeated body words), not only mentions.
        IReadOnlySet<string> TopicalOf(Candidate c) => candidateTerms.Topical(c.ScoreDoc.Doc, () => TopicalTerms.Of(s.IndexAnalyzer, c.Doc));
        double FocusOf(Candidate c) => matcher.Coverage(TopicalOf(c));
        // A document the question's words did not find (scored 0), as a candidate: what of the question it holds.
        Candidate? Fetched(ScoreDoc sd) => DocumentOf(sd.Doc) is { } d
            ? new Candidate(new ScoreDoc(sd.Doc, 0f), d, matcher.Coverage(TermsOfCandidate(sd.Doc, d)), 0, 0)
            : null;
        // A tip the related bonus brings level with a case or workshop it is related to goes just above it: the library's
        // answers are tips, and the example shows the tip at work (the reason for ExampleWeight). Not when the example is more
        // about the question than the tip (a question about that story), nor when the question asks for that workshop.
        bool TipPassesExample(Candidate tip, Candidate example) =>
            tip.Doc.Kind == DocumentKind.Tip && example.Doc.Kind is DocumentKind.Case or DocumentKind.Workshop
            && FocusOf(tip) >= FocusOf(example) && !LibraryOffer.IsAskedFor(groups, TopicalOf(example));
        if (Options.RelatedBonus > 0) ranked = WithRelatedBonus(ranked, TipPassesExample, trace);
        // The groups each candidate's sections hold, when the second pass read them: the page's snippets look theirs up there.
        SectionMasks? sectionMasks = null;
        if (Options.SectionShareExponent > 0 && ranked.Count > 2) ranked = WithSectionShare(ranked, groups, matcher, postings, out sectionMasks, trace);
        if (longQuestion && Options.PlainWordWeight > 0 && ranked.Count > 1) WithPlainWordMatch(ranked, text);
        if (Options.PhraseWeight > 0 && ranked.Count > 1) WithPhraseRuns(ranked, text, trace);
        if (Options.FeedbackWeight > 0 && groups.Count >= Options.FeedbackMinWords && ranked.Count > 1) ranked = WithFeedback(ranked, filter);
        // Not for a long question: its plain reading above orders the leaders, the first too, by the words as typed.
        if (Options.RelatedLift > 1 && !longQuestion && ranked.Count > 1) ranked = WithRelatedLift(ranked, Options.RelatedLift);
        var focus = 0.0;
        if (ranked.Count > 0)
        {
            // The leaders again by how much of the question they are about, not only mention: a tip that names
            // a question word once in passing should not stay above the tip whose title and summary carry it.
            var leaders = ranked.Take(Options.FocusDepth)
                .Select(c => (Candidate: c, Focus: FocusOf(c)))
                .Select(x => (x.Candidate, x.Focus, Score: x.Candidate.Score * (Options.FocusFloor + x.Focus)))
                .OrderByDescending(x => x.Score)
                .ToList();
            focus = leaders[0].Focus;
            ranked = leaders.Select(x => x.Candidate).Concat(ranked.Skip(leaders.Count)).ToList();
        }
        // Whether the library answers the question does not depend on the kind weight: the judge reads the best match before
        // it, so a case that answers the question still answers it when an equal tip is shown first.
        var judged = ranked.Count > 0 ? BestMatch(ranked) : null;
        if (judged is not null && !ReferenceEquals(judged, ranked[0]))
            focus = FocusOf(judged);
        // The judge's own tests of one candidate (with its focus), and the question's form (FactQuestion) with that candidate.
        // A long question's asking part (QuestionPart), read once and only when the judge or the form asks for it.
        QuestionPart.Part? askingPart = null;
        TermMatcher? askingMatcher = null;
        var askingWeight = 0.0;
        var askingRead = false;
        QuestionPart.Part? AskingPart()
        {
            if (!askingRead)
            {
                askingRead = true;
                askingPart = QuestionPart.Of(text, groups, t => QueryAnalysis.Analyze(s, t, offerRequest));
                if (askingPart is { } part)
                {
                    var partGroups = groups.Where((_, i) => part.Groups.Contains(i)).ToList();
                    askingMatcher = new TermMatcher(partGroups, s.NearTerms);
                    askingWeight = partGroups.Sum(g => g.Weight);
                }
            }
            return askingPart;
        }
        (double, double)? AskingPartOf(Candidate c) => AskingPart() is null ? null
            : (askingMatcher!.Coverage(TermsOfCandidate(c.ScoreDoc.Doc, c.Doc)), askingMatcher.Coverage(TopicalOf(c)) * askingWeight);
        // What a long question asks for is read in its asking part: an e-mail's context may tell what the asker does not know
        // ("ik weet niet hoeveel ik moet loslaten") while its question asks for advice ("zijn er ervaringen met eigenaarschap?").
        // A question without a word of any form is answered by its form, and so is its part, which is then not read.
        // Read once: the judged candidate and the second reading's ask the same question's form.
        string? formText = null;
        string FormText() => formText ??= groups.Count >= Options.LongQuestionWords && FactQuestion.MayAsk(text) && AskingPart() is { } asked ? asked.Text : text;
        bool JudgeAccepts(Candidate c, double f) => AnswerJudge.IsAnswered(c.Coverage, f, c.ScoreDoc.Score, groups, Options, AnswerJudge.RarestWeight(s.Reader), text,
            g => matcher.Holds(g, TermsOfCandidate(c.ScoreDoc.Doc, c.Doc)), () => AskingPartOf(c), g => ProperNames.IsNameIn(c.Doc, g));
        bool FormAccepts(Candidate c, double f) => FactQuestion.IsAnsweredBy(FormText(), c.Doc, f, Options.MinProcedureFocus, () => LibraryOffer.IsAskedFor(groups, TopicalOf(c)), text);
        var judgeAccepts = judged is not null && JudgeAccepts(judged, focus);
        var answered = judgeAccepts && FormAccepts(judged!, focus);
        // A request for someone from outside to think along is a request for the library's coaching offer, which the document
        // about that offer answers whatever the question's words: that document goes first and answers it. When no candidate
        // is about the offer and the request names the outside, it comes from the index (it need share no word with the question).
        // The document about the coaching offer (CoachOffer), looked for in the index too when fromIndex says so.
        Candidate? TheCoachOffer(Func<bool> fromIndex) => CoachOffer(ranked, c => LibraryOffer.IsCoachOffer(TopicalOf(c)),
            () => fromIndex() ? CoachOfferDocuments.Find(s.Searcher, filter, Options.DocumentFields, RerankDepth) : [], Fetched);
        Candidate? pinned = null;
        var coachPinned = false;
        if (OutsideHelpRequest.IsIn(text) && TheCoachOffer(() => OutsideHelpRequest.NamesTheOutside(text)) is { } offer)
        {
            answered = true;
            ranked = [offer, .. ranked.Where(c => !ReferenceEquals(c, offer))];
            pinned = offer;
            coachPinned = true;
        }
        // A request that names one of the library's offers ("interactiecoach aanvragen", "kan iemand van jullie een workshop geven
        // bij ons") puts the document about it first: for a coach, the document about the coaching offer, as above; for a
        // workshop, the best-placed workshop that would lead without the kind weight or holds as much of the question as the
        // first hit (asked for, a workshop is the answer, not an example of a tip; "training voor ons team aanvragen" asks for
        // one too, QueryAnalysis' offerRequest, and a tip that says "training" often holds no more of the question than the
        // workshop). Whether it is answered is the judge's ("mailadres om een workshop te boeken" is not).
        else if (offerRequest && LibraryOffer.Named(groups) is { } named && ranked.Count > 0
            && (named == DocumentKind.Coach
                ? TheCoachOffer(() => true)
                : ranked.Find(c => c.Doc.Kind == DocumentKind.Workshop
                    && (c.Score >= ranked[0].Score * Options.KindWeight(DocumentKind.Workshop) || c.Coverage >= ranked[0].Coverage))) is { } asked)
        {
            ranked = [asked, .. ranked.Where(c => !ReferenceEquals(c, asked))];
            pinned = asked;
        }
        if (trace is not null && judged is not null)
            trace.Judge = JudgeTraceOf(ranked, judged, focus, groups, text, matcher, AnswerJudge.RarestWeight(s.Reader), coachPinned, pinned is not null && !coachPinned,
                judgeAccepts, FocusOf, c => TermsOfCandidate(c.ScoreDoc.Doc, c.Doc), JudgeAccepts, FormAccepts, TopicalOf, AskingPartOf);
        // The second reading: the judge refused the document it read, but a candidate just behind, nearly as good a match, passes
        // its tests; that one goes first and answers (RankingOptions.SecondReadingDepth). Not when the question's form refused
        // what the judge accepted (a fact or a rule no document states), nor after a request's pin.
        var answeredBySecond = false;
        if (!judgeAccepts && pinned is null && judged is not null && SecondReading(ranked, judged, c => FocusOf(c) is var f && JudgeAccepts(c, f) && FormAccepts(c, f)) is { } second)
        {
            ranked = [second with { Score = Math.Max(second.Score, ranked[0].Score) }, .. ranked.Where(c => !ReferenceEquals(c, second))];
            answered = true;
            answeredBySecond = true;
        }
        // Last, after the judge: the leaders again with what earlier answered questions like this one were answered with
        // (RankingOptions.MemoryWeight); a document the judge's second reading or a request put first stays there. A first that
        // holds little of the question may give way to a tip the memory speaks for (RankingOptions.MemoryFirstCoverage).
        var memoryTotal = memoryWords is { Count: > 0 } ? memoryWords.Values.Sum() : 0;
        if (memoryWords is { Count: > 0 } && ranked.Count > 1)
        {
            var from = pinned is not null || answeredBySecond ? Math.Max(1, Options.MemoryFrom) : Options.MemoryFrom;
            if (pinned is null && !answeredBySecond && from == 1 && ranked[0].Coverage < Options.MemoryFirstCoverage)
                MemoryFirst(ranked, memoryWords, memoryTotal, c => TermsOfCandidate(c.ScoreDoc.Doc, c.Doc));
            WithMemory(ranked, from, memoryWords, memoryTotal, c => TermsOfCandidate(c.ScoreDoc.Doc, c.Doc));
        }
        if (trace is not null) Record(trace, ranked, pinned, groups, text, longQuestion, matcher, FocusOf,
            c => TermsOfCandidate(c.ScoreDoc.Doc, c.Doc), memoryWords, memoryTotal);

        var page = ranked.Skip(skip).Take(top).ToList();
        var sections = BestSections(groups, page, postings);
        var reachable = SectionsGroups(sections, page, matcher, postings, sectionMasks);
        var hits = page
            .Select(c => Hit(new ScoreDoc(c.ScoreDoc.Doc, (float)c.Score), groups, matcher, sections.TryGetValue(c.Doc.Id, out var best) ? best.Index : FirstSectionWithText(c.Doc),
                candidateTerms, reachable is not null && reachable.TryGetValue(c.Doc.Id, out var groupsIn) ? groupsIn : null))
            .OfType<SearchHit>().ToList();
        return new SearchResult(text, answered, hits);
    }

    public SearchResult MoreLikeThis(string id, int top = 3)
    {
        var s = _snapshot;
        var doc = Get(id);
        if (doc is null || doc.Kind == DocumentKind.Coach) return new SearchResult(id ?? "", false, []);
        var like = LikeQuery(doc);
        var filter = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Entry, IndexFields.DocEntry)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Kind, IndexBuilder.KindName(DocumentKind.Coach))), Occur.MUST_NOT },
            { new TermQuery(new Term(IndexFields.Id, doc.Id)), Occur.MUST_NOT },
        };
        var found = s.Searcher.Search(like, new QueryWrapperFilter(filter), Math.Clamp(top, 1, MaxTop));
        var hits = found.ScoreDocs.Select(sd => DocumentOf(sd.Doc) is { } d ? ToHit(d, sd.Score, "", d.Summary) : null).OfType<SearchHit>().ToList();
        return new SearchResult(doc.Id, hits.Count > 0, hits);
    }

    public void Dispose() => _snapshot.Dispose();

    /// <param name="Score">
    /// The ranking score: <paramref name="Match"/> (for a long question BM25 combined with coverage by
    /// <see cref="RankingOptions.LongCoverageExponent"/>) times the kind weight, plus any related bonus.
    /// </param>
    /// <param name="Match">BM25 combined with coverage, before the kind weight and any bonus: what the judge reads.</param>
    /// <param name="Related">Whether the related bonus weighed it against one of the leaders (see WithRelatedLift).</param>
    private sealed record Candidate(ScoreDoc ScoreDoc, KnowledgeDocument Doc, double Coverage, double Score, double Match, bool Related = false);

    // The document about the library's coaching offer: the best-placed tip about it (the offer itself), else the best-placed
    // case or workshop about it (a coach at work); when no candidate is about it, the index's best tip about it, else its best
    // document about it (fromIndex, best first; made a candidate by fetched). Null when the library has none the search's
    // filter lets through.
    private static Candidate? CoachOffer(List<Candidate> ranked, Func<Candidate, bool> aboutTheCoach, Func<ScoreDoc[]> fromIndex,
        Func<ScoreDoc, Candidate?> fetched)
    {
        if ((ranked.Find(c => c.Doc.Kind == DocumentKind.Tip && aboutTheCoach(c)) ?? ranked.Find(c => aboutTheCoach(c))) is { } candidate) return candidate;
        var found = fromIndex().Select(fetched).OfType<Candidate>().ToList();
        return found.Find(c => c.Doc.Kind == DocumentKind.Tip) ?? found.FirstOrDefault();
    }

    // The first of the second reading's candidates that accepts passes; null when none does. A question about something the
    // library does not cover seldom has a candidate that passes the judge's tests right behind the one it read, and one that
    // passes far behind it is as often a tip that names the question's words in passing (docs/eval.md, h/second).
    private Candidate? SecondReading(List<Candidate> ranked, Candidate judged, Func<Candidate, bool> accepts) =>
        SecondReadingCandidates(ranked, judged).FirstOrDefault(accepts);

    // The candidates the second reading may take, in order: places 2 to SecondReadingDepth (1 to it with SecondReadingFromFirst),
    // the judged one left out, whose match is at least SecondReadingShare of the judged one's.
    private IEnumerable<Candidate> SecondReadingCandidates(List<Candidate> ranked, Candidate judged)
    {
        var depth = Math.Min(Options.SecondReadingDepth, ranked.Count);
        for (var i = Options.SecondReadingFromFirst ? 0 : 1; i < depth; i++)
        {
            if (!ReferenceEquals(ranked[i], judged) && ranked[i].Match >= Options.SecondReadingShare * judged.Match) yield return ranked[i];
        }
    }

    // The first hit unless a later one matches the question better before the kind weight (a case above an equal tip).
    private static Candidate BestMatch(List<Candidate> ranked)
    {
        var best = ranked[0];
        for (var i = 1; i < ranked.Count; i++)
        {
            if (ranked[i].Match > best.Match) best = ranked[i];
        }
        return best;
    }

    // Related documents (front matter "related") of the best hits are often the next-best answers. The first leader a
    // candidate is related to (leaders are in score order, so the one that lends most) lends it a share of its score,
    // whatever the candidate's own coverage: a related tip often treats the question in other words. The bonus never
    // lifts a candidate above that leader (a tie keeps the leader first: the sort is stable and the leader comes first),
    // but for a tip it brings level with a case or workshop that tipPassesExample lets pass.
    // Loops rather than LINQ (a few iterators and lambdas per candidate were a tenth of a search's garbage); a list in
    // which no candidate's score rises is already in order, as the stable sort would leave it, and is not sorted again.
    private List<Candidate> WithRelatedBonus(List<Candidate> ranked, Func<Candidate, Candidate, bool> tipPassesExample, RankingTrace? trace)
    {
        var leaders = Math.Min(3, ranked.Count);
        List<Candidate>? changed = null;
        var rose = false;
        // Whether any leader lists a document as related: if none does, a candidate that lists none is related to none, and its
        // id is not read (most candidates of a large library; each id read was a cache miss).
        var leadersList = false;
        for (var k = 0; k < leaders; k++) leadersList |= ranked[k].Doc.Related.Count > 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            var c = ranked[i];
            if (!leadersList && c.Doc.Related.Count == 0) continue;
            for (var k = 0; k < leaders; k++)
            {
                var l = ranked[k];
                if (l.Doc.Id == c.Doc.Id || !(Contains(l.Doc.Related, c.Doc.Id) || Contains(c.Doc.Related, l.Doc.Id))) continue;
                trace?.RelatedToLeader.Add(c.Doc.Id);
                var score = Math.Min(c.Score + l.Score * Options.RelatedBonus, Math.Max(c.Score, l.Score));
                if (score > c.Score && score == l.Score && tipPassesExample(c, l)) score = Math.BitIncrement(score);
                if (score > c.Score || Options.RelatedLift > 1)
                {
                    changed ??= [.. ranked];
                    changed[i] = c with { Score = score, Related = true };
                    rose |= score > c.Score;
                }
                break;
            }
        }
        // Only marked as related (for WithRelatedLift), no score raised: the order stands as it was.
        return changed is null ? ranked : rose ? changed.OrderByDescending(c => c.Score).ToList() : changed;
    }

    // After the passes that keep the first in place: a candidate the related bonus weighed against a leader times
    // RankingOptions.RelatedLift, so it may now pass any candidate, the first too. The bonus alone lifts it at most level with
    // that leader, but a document related to a leading one is more often relevant than its score says (docs/eval.md, h/ltr
    // and h/related). A stable sort: ties keep their order.
    private static List<Candidate> WithRelatedLift(List<Candidate> ranked, double lift)
    {
        List<Candidate>? changed = null;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (!ranked[i].Related) continue;
            changed ??= [.. ranked];
            changed[i] = ranked[i] with { Score = ranked[i].Score * lift };
        }
        return changed is null ? ranked : changed.OrderByDescending(c => c.Score).ToList();
    }

    // The second pass: every candidate below the first by how much of what it holds of the question its best section holds
    // (RankingOptions.SectionShareFactor, at most 1, so none passes the first). The first place stays: the judge reads the
    // best match, and the focus order of the leaders is its own rule.
    // The first's sections are read with the rest's (its share is not used): the page's snippets then find all of theirs in
    // what was read (masks), where they read every question term's postings again.
    private List<Candidate> WithSectionShare(List<Candidate> ranked, IReadOnlyList<QueryTermGroup> groups, TermMatcher matcher, PostingsPool.Lease postings,
        out SectionMasks? masks, RankingTrace? trace)
    {
        masks = null;
        if (matcher.AllMatchingTerms() is not { } terms) return ranked;
        var docs = new int[ranked.Count];
        for (var i = 0; i < ranked.Count; i++) docs[i] = ranked[i].ScoreDoc.Doc;
        if (SectionShare.BestSectionCoverage(_snapshot, docs, groups, terms, postings, out masks) is not { } sections) return ranked;
        var rest = new List<Candidate>(docs.Length - 1);
        for (var i = 1; i < ranked.Count; i++)
        {
            var c = ranked[i];
            if (trace is not null) trace.SectionShares[c.Doc.Id] = c.Coverage > 0 && sections[i] >= 0 ? Math.Min(1.0, sections[i] / c.Coverage) : -1;
            rest.Add(c with { Score = c.Score * Options.SectionShareFactor(sections[i], c.Coverage) });
        }
        return [ranked[0], .. rest.OrderByDescending(c => c.Score)];
    }

    // The phrase pass: each of the leading candidates (RankingOptions.PhraseDepth, at most MaxPhraseDepth) but the first times
    // 1 + PhraseWeight x the share of the question's word pairs with a function word it holds as runs (PhraseRuns), each pair
    // weighing ln(candidates read / candidates that hold it), the first included, so a pair all of them hold weighs nothing. The first place stays, as in the second pass
    // (the judge and the focus order decide it): a candidate may pass it on a pair's rarity alone, and a case that holds the
    // question's words as its title ("... centraal") would push a tip down. The ones read are sorted again in place by their
    // new scores, stably (ties keep their order, as the other sorts do); scores only rise, so those below stay below. A score
    // is then shown at most as the first's (a tie keeps the first first), so the hits' scores stay in order.
    private void WithPhraseRuns(List<Candidate> ranked, string text, RankingTrace? trace)
    {
        Span<ulong> first = stackalloc ulong[PhraseRuns.MaxPairs];
        Span<ulong> second = stackalloc ulong[PhraseRuns.MaxPairs];
        var pairs = PhraseRuns.QuestionPairs(text, first, second, out var shapes);
        if (pairs == 0) return;
        first = first[..pairs];
        second = second[..pairs];
        var depth = Math.Min(Math.Min(Options.PhraseDepth, MaxPhraseDepth), ranked.Count);
        Span<ulong> held = stackalloc ulong[depth];
        for (var i = 0; i < depth; i++) held[i] = PhraseRuns.HeldBy(ranked[i].Doc, first, second, shapes);
        Span<double> weight = stackalloc double[pairs];
        var all = 0.0;
        for (var p = 0; p < pairs; p++)
        {
            var holders = 0;
            for (var i = 0; i < depth; i++) holders += (int)((held[i] >> p) & 1);
            weight[p] = holders > 0 ? Math.Log((double)depth / holders) : 0;
            all += weight[p];
        }
        if (all <= 0) return;
        Span<double> score = stackalloc double[depth];
        for (var i = 1; i < depth; i++)
        {
            var share = 0.0;
            for (var p = 0; p < pairs; p++)
            {
                if (((held[i] >> p) & 1) != 0) share += weight[p];
            }
            score[i] = ranked[i].Score * (1 + Options.PhraseWeight * share / all);
            if (trace is not null) trace.PhraseShares[ranked[i].Doc.Id] = share / all;
        }
        for (var i = 2; i < depth; i++)
        {
            var c = ranked[i];
            var s = score[i];
            var k = i - 1;
            for (; k >= 1 && score[k] < s; k--)
            {
                ranked[k + 1] = ranked[k];
                score[k + 1] = score[k];
            }
            ranked[k + 1] = c;
            score[k + 1] = s;
        }
        for (var i = 1; i < depth; i++)
        {
            var capped = Math.Min(score[i], ranked[0].Score);
            if (capped != ranked[i].Score) ranked[i] = ranked[i] with { Score = capped };
        }
    }

    // The judge's trace (RankingTrace.Judge): the question's forms and weights, and the judged candidate, then those the second
    // reading may take (SecondReadingCandidates), each with the hand judge's and the question form's decision.
    private JudgeTrace JudgeTraceOf(List<Candidate> ranked, Candidate judged, double focus, IReadOnlyList<QueryTermGroup> groups, string text,
        TermMatcher matcher, double rarestWeight, bool coachPinned, bool offerPinned, bool judgeAccepts, Func<Candidate, double> focusOf,
        Func<Candidate, IReadOnlySet<string>> termsOf, Func<Candidate, double, bool> judgeTest, Func<Candidate, double, bool> formTest,
        Func<Candidate, IReadOnlySet<string>> topicalOf, Func<Candidate, (double Coverage, double TopicalWeight)?> askingPartOf)
    {
        List<Candidate> read = [judged, .. SecondReadingCandidates(ranked, judged)];
        JudgedCandidate Read(Candidate c)
        {
            var terms = termsOf(c);
            var f = ReferenceEquals(c, judged) ? focus : focusOf(c);
            var topical = topicalOf(c);
            var part = groups.Count >= Options.LongQuestionWords ? askingPartOf(c) : null;
            var head = AnalysedDocument.Of(c.Doc, _snapshot.IndexAnalyzer).TopicalTerms(int.MaxValue);
            static bool Exact(QueryTermGroup g, IReadOnlySet<string> t) =>
                (g.Alternatives.Count > 0 && QueryAnalysis.Words(g.Alternatives[0]).All(t.Contains)) || (g.Parts.Count > 0 && g.Parts.All(t.Contains));
            return new JudgedCandidate(c.Doc.Id, c.Coverage, f, c.ScoreDoc.Score, c.Match, (double)groups.Count(g => matcher.Holds(g, terms)) / groups.Count,
                AnswerJudge.UnknownWords(groups, g => matcher.Holds(g, terms)), judgeTest(c, f), formTest(c, f))
            {
                Words = groups.Select(g => new JudgedWord(string.Join("|", g.Alternatives) + (g.Parts.Count > 0 ? " parts " + string.Join("+", g.Parts) : ""), g.Alternatives.Count, g.Weight, g.Unknown,
                    matcher.Holds(g, terms), Exact(g, terms), g.Unknown && matcher.Holds(g, terms) && !g.AllTerms.Any(terms.Contains), matcher.Holds(g, topical),
                    matcher.Holds(g, head))
                {
                    NearInLibrary = g.Unknown && g.Alternatives.Any(a => TermMatcher.IsFuzzyCandidate(a) && _snapshot.NearTerms(a).Count > 0),
                    Name = matcher.Holds(g, terms) && ProperNames.IsNameIn(c.Doc, g),
                }).ToList(),
                PartCoverage = part?.Coverage ?? -1,
                PartTopicalWeight = part?.TopicalWeight ?? -1,
            };
        }
        var runnerUp = ranked.FirstOrDefault(c => !ReferenceEquals(c, judged));
        return new JudgeTrace(groups.Count, groups.Count >= Options.LongQuestionWords, AnswerJudge.IsVetoed(text), FirstPerson.IsIn(text),
            FirstPersonPlural.IsIn(text), YesNoAdvice.IsIn(text), YesNoAdvice.IsImpersonal(text), PublicAsOthers.IsToldSituation(text), groups.Sum(g => g.Weight),
            AnswerJudge.UnknownWeight(groups), rarestWeight, runnerUp?.Coverage ?? 0,
            runnerUp is null || judged.Match <= 0 ? 0 : runnerUp.Match / judged.Match, coachPinned, offerPinned, judgeAccepts, read.Select(Read).ToList())
        {
            HowToAct = groups.Count >= Options.LongQuestionWords && HowToAct.IsAskedIn(text),
        };
    }

    // The memory's choice of the first place (RankingOptions.MemoryFirstCoverage): the tip in the leading places whose score times
    // 1 + MemoryWeight times its share of the memory's words is highest goes first when that beats the first's own so weighed.
    private void MemoryFirst(List<Candidate> ranked, IReadOnlyDictionary<string, double> words, double total, Func<Candidate, IReadOnlySet<string>> termsOf)
    {
        double Weighed(Candidate c) => MemoryLifted(c.Score, MemoryHeld(termsOf(c), words), total);
        var best = 0;
        var bestScore = Weighed(ranked[0]);
        for (var i = 1; i < Math.Min(Options.MemoryDepth, ranked.Count); i++)
        {
            if (ranked[i].Doc.Kind != DocumentKind.Tip) continue;
            var score = Weighed(ranked[i]);
            if (score > bestScore) (best, bestScore) = (i, score);
        }
        if (best == 0) return;
        var tip = ranked[best];
        ranked.RemoveAt(best);
        ranked.Insert(0, tip with { Score = Math.Max(tip.Score, ranked[0].Score) });
    }

    // A score lifted by the memory (RankingOptions.MemoryWeight): times 1 + MemoryWeight times the share of the memory's answer
    // words' weight (held of total) the candidate holds.
    private double MemoryLifted(double score, double held, double total) => score * (1 + Options.MemoryWeight * held / total);

    // The summed weight of the memory's answer words a candidate's terms hold.
    private static double MemoryHeld(IReadOnlySet<string> terms, IReadOnlyDictionary<string, double> words)
    {
        var held = 0.0;
        foreach (var (word, weight) in words)
        {
            if (terms.Contains(word)) held += weight;
        }
        return held;
    }

    // The memory's pass: each of the leaders from place `from` (RankingOptions.MemoryDepth) times 1 + MemoryWeight times the share
    // of the memory's answer words (by weight) it holds, then those places sorted again, stably. Scores only rise, so no
    // candidate below them passes one of them.
    private void WithMemory(List<Candidate> ranked, int from, IReadOnlyDictionary<string, double> words, double total, Func<Candidate, IReadOnlySet<string>> termsOf)
    {
        var depth = Math.Min(Options.MemoryDepth, ranked.Count);
        if (depth - from < 2) return;
        var read = new (Candidate C, int I)[depth - from];
        for (var i = from; i < depth; i++)
        {
            var c = ranked[i];
            var held = MemoryHeld(termsOf(c), words);
            read[i - from] = (held > 0 ? c with { Score = MemoryLifted(c.Score, held, total) } : c, i);
        }
        var sorted = read.OrderByDescending(x => x.C.Score).ThenBy(x => x.I).ToList();
        for (var i = from; i < depth; i++) ranked[i] = sorted[i - from].C;
        // The places before the pass keep their order and show a score no lower than the next one's, so the scores a caller
        // reads (the bot's coach ranking divides by the best) fall with the order.
        for (var i = from - 1; i >= 0; i--)
        {
            if (ranked[i].Score < ranked[i + 1].Score) ranked[i] = ranked[i] with { Score = ranked[i + 1].Score };
        }
    }

    // The trace's query traits and leading candidates (RankingTrace.Depth) of the final order.
    private static void Record(RankingTrace trace, List<Candidate> ranked, Candidate? pinned, IReadOnlyList<QueryTermGroup> groups, string text,
        bool longQuestion, TermMatcher matcher, Func<Candidate, double> focusOf, Func<Candidate, IReadOnlySet<string>> termsOf,
        IReadOnlyDictionary<string, double>? memoryWords, double memoryTotal)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        trace.Query = new QueryTraits(groups.Count, words, longQuestion);
        for (var i = 0; i < Math.Min(RankingTrace.Depth, ranked.Count); i++)
        {
            var c = ranked[i];
            var terms = termsOf(c);
            var held = groups.Count(g => matcher.Holds(g, terms));
            var bodyWords = c.Doc.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            trace.Candidates.Add(new CandidateFeatures(c.Doc.Id, c.Doc.Kind, i, c.Score, c.ScoreDoc.Score, c.Coverage,
                groups.Count == 0 ? 0 : (double)held / groups.Count, focusOf(c),
                trace.SectionShares.GetValueOrDefault(c.Doc.Id, -1), trace.PhraseShares.GetValueOrDefault(c.Doc.Id, -1),
                trace.RelatedToLeader.Contains(c.Doc.Id), bodyWords, ReferenceEquals(c, pinned))
            {
                MemoryShare = memoryTotal > 0 ? MemoryHeld(terms, memoryWords!) / memoryTotal : 0,
            });
        }
    }

    // The plain reading of a long question: each of the leading candidates (RankingOptions.PlainWordDepth), the first included,
    // times 1 + PlainWordWeight / (1 + its place among them by PlainWordMatch), and those read sorted again, stably (a tie keeps
    // the engine's order). Scores only rise, so the candidates below those read stay below them. The first place may change: the
    // judge reads the best match, which the pass does not touch.
    private void WithPlainWordMatch(List<Candidate> ranked, string text)
    {
        var depth = Math.Min(Math.Min(Options.PlainWordDepth, MaxPhraseDepth), ranked.Count);
        var documents = new KnowledgeDocument[depth];
        for (var i = 0; i < depth; i++) documents[i] = ranked[i].Doc;
        Span<double> plain = stackalloc double[depth];
        PlainWordMatch.Scores(text, documents, plain);
        // The place of each candidate by its plain score (ties: the engine's order).
        Span<int> order = stackalloc int[depth];
        for (var i = 0; i < depth; i++) order[i] = i;
        for (var i = 1; i < depth; i++)
        {
            var c = order[i];
            var k = i - 1;
            for (; k >= 0 && plain[order[k]] < plain[c]; k--) order[k + 1] = order[k];
            order[k + 1] = c;
        }
        var read = new Candidate[depth];
        for (var place = 0; place < depth; place++)
        {
            var i = order[place];
            read[i] = ranked[i] with { Score = ranked[i].Score * (1 + Options.PlainWordWeight / (1 + place)) };
        }
        var sorted = read.Select((c, i) => (c, i)).OrderByDescending(x => x.c.Score).ThenBy(x => x.i).Select(x => x.c).ToList();
        for (var i = 0; i < depth; i++) ranked[i] = sorted[i];
    }

    private static bool Contains(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id)) return true;
        }
        return false;
    }

    // Pseudo-relevance feedback: documents much like the best hit share its topic even when they use
    // other words than the question (paraphrases, long questions).
    private List<Candidate> WithFeedback(List<Candidate> ranked, Filter filter)
    {
        var leader = ranked[0];
        var like = LikeQuery(leader.Doc);
        var similar = _snapshot.Searcher.Search(like, filter, RerankDepth).ScoreDocs
            .Select(sd => (Id: _snapshot.IdOf(sd.Doc), sd.Score))
            .Where(x => x.Id is not null && x.Id != leader.Doc.Id)
            .ToDictionary(x => x.Id!, x => (double)x.Score, StringComparer.Ordinal);
        if (similar.Count == 0) return ranked;
        var max = similar.Values.Max();
        return ranked
            .Select(c => c with { Score = c.Score + Options.FeedbackWeight * leader.Score * similar.GetValueOrDefault(c.Doc.Id) / max })
            .OrderByDescending(c => c.Score)
            .ToList();
    }

    private Query LikeQuery(KnowledgeDocument doc)
    {
        var mlt = new MoreLikeThis(_snapshot.Reader)
        {
            Analyzer = _snapshot.IndexAnalyzer,
            FieldNames = [IndexFields.Body],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MaxQueryTerms = 25,
        };
        return mlt.Like(new StringReader(string.Join('\n', doc.Title, doc.Summary, string.Join(' ', doc.Tags), IndexBuilder.BodyText(doc))), IndexFields.Body);
    }

    /// <summary>Best section score per document id for the question.</summary>
    private Dictionary<string, double> SectionScores(IReadOnlyList<QueryTermGroup> groups, PostingsPool.Lease postings)
    {
        var filter = new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Entry, IndexFields.SectionEntry)));
        var q = QueryFactory.Build(groups, IndexFields.SectionFields, fuzzy: true, _snapshot.NearTerms, _snapshot.TermStates, postings);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var sd in _snapshot.Searcher.Search(q, filter, 500).ScoreDocs)
        {
            var id = _snapshot.IdOf(sd.Doc);
            if (id is not null && !result.ContainsKey(id)) result[id] = sd.Score;
        }
        return result;
    }

    /// <param name="reachable">The groups the best section's text holds (<see cref="SectionsGroups"/>), when known.</param>
    private SearchHit? Hit(ScoreDoc sd, IReadOnlyList<QueryTermGroup> groups, TermMatcher matcher, int sectionIndex, CandidateTerms? candidateTerms = null,
        ulong? reachable = null)
    {
        var d = DocumentOf(sd.Doc);
        if (d is null) return null;
        if (sectionIndex < 0)
        {
            sectionIndex = FirstSectionWithText(d);
            reachable = null;
        }
        var section = sectionIndex >= 0 ? d.Sections[sectionIndex] : null;
        var source = section?.Text is { Length: > 0 } t ? t : d.Body.Length > 0 ? d.Body : d.Summary;
        // The bound is the section entry's: only for a snippet of that section's own text.
        if (!ReferenceEquals(source, section?.Text)) reachable = null;
        var terms = matcher.MatchingTerms(matcher.DependsOnDocument ? DocumentTerms(sd.Doc, d, candidateTerms) : TermMatcher.EmptyTerms);
        var snippet = _snapshot.Snippet(source, terms, groups, reachable);
        return ToHit(d, float.IsNaN(sd.Score) ? 0 : sd.Score, section?.Heading ?? "", snippet);
    }

    private IReadOnlySet<string> DocumentTerms(int entry, KnowledgeDocument d, CandidateTerms? candidateTerms)
    {
        var docTerms = _snapshot.TermsOfDocumentAt(entry, d);
        return candidateTerms?.All(entry, docTerms) ?? docTerms;
    }

    private static SearchHit ToHit(KnowledgeDocument d, float score, string section, string snippet) => new()
    {
        Id = d.Id,
        Kind = d.Kind,
        Title = d.Title,
        Summary = d.Summary,
        Section = section,
        Snippet = snippet,
        Score = score,
        Source = d.Source,
        Path = d.Path,
        Author = d.Author,
        Organisation = d.Organisation,
        Tags = d.Tags,
    };

    /// <summary>The best-matching section of each document of <paramref name="page"/>: document id -> section index and its entry.</summary>
    /// <remarks>
    /// One section query over all the documents at once instead of one per document: a section's score does not
    /// depend on the filter, and collecting every section of these documents keeps each one's best (ties to the
    /// lowest doc, as a per-document search of one hit would) exactly as before. Its disjunction-max nodes are ordered
    /// ones (<see cref="OrderedDisjunctionMaxQuery"/>), whose sums do not depend on how the scorers were moved, so a
    /// section scores the same whichever other sections are asked with it.
    /// </remarks>
    private Dictionary<string, (int Index, int Entry)> BestSections(IReadOnlyList<QueryTermGroup> groups, List<Candidate> page, PostingsPool.Lease postings)
    {
        var best = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        if (groups.Count == 0 || page.Count == 0) return best;
        // Array.Sort, not LINQ's stable Order: a tenth of this method's time went to its key buffers and comparer. Each
        // document's sections once: the docs of one id share one array of them (IndexSnapshot.SectionEntriesAt).
        var sections = page.Select(c => _snapshot.SectionEntriesAt(c.ScoreDoc.Doc)).Distinct<int[]>(ReferenceEqualityComparer.Instance).SelectMany(a => a).ToArray();
        Array.Sort(sections);
        if (sections.Length == 0) return best;
        var q = QueryFactory.Build(groups, IndexFields.SectionFields, fuzzy: true, _snapshot.NearTerms, _snapshot.TermStates, postings);
        // Scored without Lucene's search where the query allows it (ListedDocScores), else by it: the same docs, order and scores.
        var found = ListedDocScores.Search(_snapshot.Searcher, q, sections)
            ?? TopDocsMaxScore.Plain(_snapshot.Searcher, q, new DocListFilter(sections), sections.Length).ScoreDocs;
        foreach (var sd in found)
        {
            if (_snapshot.IdOf(sd.Doc) is not { } id || best.ContainsKey(id)) continue;
            best[id] = (_snapshot.SectionIndexOf(sd.Doc), sd.Doc);
        }
        return best;
    }

    /// <summary>
    /// Per page document id, the question groups the text of its snippet's section holds at most (bits), read from the
    /// postings; null when they do not fit in bits. A document missing from it has no bound.
    /// </summary>
    /// <remarks>
    /// With a misspelt word, every near term is read: a section's near terms are its document's, so the bits are the groups
    /// the document's own matching terms find in the section. A page document without a best section shows its first
    /// section with text; none of its sections matched the question, so the groups of all of them together (few, mostly
    /// none) bound that one's without reading which entry it is, and its snippet stops as early as the others' (it read
    /// the whole section, most of a new document's snippet time being its first-seen words).
    /// </remarks>
    /// <param name="known">What the second pass read, with the same terms: entries found there are not read again.</param>
    private Dictionary<string, ulong>? SectionsGroups(Dictionary<string, (int Index, int Entry)> sections, List<Candidate> page, TermMatcher matcher,
        PostingsPool.Lease postings, SectionMasks? known)
    {
        var ids = new List<string>(sections.Count);
        var entries = new List<int>(sections.Count);
        foreach (var (id, (_, entry)) in sections)
        {
            ids.Add(id);
            entries.Add(entry);
        }
        foreach (var c in page)
        {
            if (sections.ContainsKey(c.Doc.Id)) continue;
            foreach (var entry in _snapshot.SectionEntriesOf(c.Doc.Id))
            {
                ids.Add(c.Doc.Id);
                entries.Add(entry);
            }
        }
        if (entries.Count == 0) return null;
        var sorted = entries.ToArray();
        var owners = ids.ToArray();
        Array.Sort(sorted, owners);
        var masks = known is not null ? known.For(_snapshot, sorted, postings)
            : matcher.AllMatchingTerms() is { } terms ? SectionGroups.Read(_snapshot, sorted, terms, postings) : null;
        if (masks is null) return null;
        var result = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var i = 0; i < owners.Length; i++) result[owners[i]] = result.GetValueOrDefault(owners[i]) | masks[i];
        return result;
    }

    private static int FirstSectionWithText(KnowledgeDocument d)
    {
        for (var i = 0; i < d.Sections.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(d.Sections[i].Text)) return i;
        }
        return -1;
    }

    private KnowledgeDocument? DocumentOf(int luceneDoc) => _snapshot.DocumentOf(luceneDoc);

    /// <summary>The words of the question a candidate's coverage asks about: every term of its groups, and the index's terms near an unknown word.</summary>
    private IEnumerable<string> QuestionTerms(IReadOnlyList<QueryTermGroup> groups)
    {
        foreach (var g in groups)
        {
            foreach (var t in g.AllTerms) yield return t;
            if (!g.Unknown) continue;
            foreach (var a in g.Alternatives)
            {
                if (!TermMatcher.IsFuzzyCandidate(a)) continue;
                foreach (var t in _snapshot.NearTerms(a)) yield return t;
            }
        }
    }

    private static bool IsUnfiltered(SearchQuery q) =>
        q.Kind is null && string.IsNullOrWhiteSpace(q.Audience) && string.IsNullOrWhiteSpace(q.Perspective) && (q.Tags ?? []).All(string.IsNullOrWhiteSpace);

    private static BooleanQuery FilterQuery(SearchQuery q)
    {
        var filter = new BooleanQuery { { new TermQuery(new Term(IndexFields.Entry, IndexFields.DocEntry)), Occur.MUST } };
        if (q.Kind is { } kind) filter.Add(new TermQuery(new Term(IndexFields.Kind, IndexBuilder.KindName(kind))), Occur.MUST);
        else filter.Add(new TermQuery(new Term(IndexFields.Kind, IndexBuilder.KindName(DocumentKind.Coach))), Occur.MUST_NOT);
        if (!string.IsNullOrWhiteSpace(q.Audience)) filter.Add(new TermQuery(new Term(IndexFields.Audience, q.Audience.Trim().ToLowerInvariant())), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(q.Perspective)) filter.Add(new TermQuery(new Term(IndexFields.Perspective, q.Perspective.Trim().ToLowerInvariant())), Occur.MUST);
        foreach (var tag in q.Tags ?? [])
        {
            if (!string.IsNullOrWhiteSpace(tag)) filter.Add(new TermQuery(new Term(IndexFields.Tag, tag.Trim().ToLowerInvariant())), Occur.MUST);
        }
        return filter;
    }
}
