using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>The snippet words learnt at open: every section's words known once the snapshot has warmed up, with the terms a snippet would find.</summary>
public sealed class WordTermsLearnTests : IDisposable
{
    private readonly TipSearchEngine _engine =
        TipSearchEngine.InMemory(KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents);

    public void Dispose() => _engine.Dispose();

    [Fact]
    public async Task WarmedSnapshotKnowsEverySectionsWordsWithTheirTerms()
    {
        var s = _engine.Snapshot;
        await s.Warmed.WaitAsync(TimeSpan.FromMinutes(1));
        var fresh = new WordTerms(DutchAnalyzer.WordByWord(s.Resources));
        var words = 0;
        foreach (var d in _engine.Documents)
        {
            foreach (var section in d.Sections.Where(x => !string.IsNullOrWhiteSpace(x.Text)))
            {
                var plain = PlainText.FromMarkdown(section.Text);
                foreach (var token in fresh.Tokens(plain))
                {
                    var word = plain[token.Start..token.End];
                    Assert.True(s.Words.Knows(word), $"'{word}' of {d.Id} not learnt");
                    Assert.Contains(token.Term, s.Words.Of(word));
                    words++;
                }
            }
        }
        Assert.True(words > 5_000, $"only {words} words checked");
    }

    [Fact]
    public void LearningStopsWhenAskedOrAtHalfTheBound()
    {
        var analyzer = DutchAnalyzer.WordByWord(_engine.Snapshot.Resources);
        var texts = new[] { "inwoners bellen", "boze brief", "balie kort", "wijkteam avond" };

        var asked = 0;
        var stopped = new WordTerms(analyzer);
        stopped.Learn(texts, () => ++asked > 2);
        Assert.Equal(3, asked);
        Assert.True(stopped.Knows("boze") && !stopped.Knows("balie"));

        // Room for 6 words: learning stops once 3 are known, after the text that reached them.
        var bounded = new WordTerms(analyzer, maxWords: 6);
        bounded.Learn(texts, () => false);
        Assert.True(bounded.Knows("boze") && bounded.Knows("brief"));
        Assert.False(bounded.Knows("balie"));
    }
}
