using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// The snippet words and section tokens learnt at open: every section's words known once the snapshot has warmed up, with the
/// terms a snippet would find, and each section's tokens those of its text.
/// </summary>
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
    public async Task WarmedSnapshotKeepsEverySectionsTokensByItsOwnText()
    {
        var s = _engine.Snapshot;
        await s.Warmed.WaitAsync(TimeSpan.FromMinutes(1));
        var fresh = new WordTerms(DutchAnalyzer.WordByWord(s.Resources));
        var sections = _engine.Documents.SelectMany(d => d.Sections).Where(x => !string.IsNullOrWhiteSpace(x.Text)).ToList();
        foreach (var section in sections)
        {
            Assert.Equal(fresh.Tokens(PlainText.FromMarkdown(section.Text)), s.SectionTokens.Of(section.Text));
            // Found by the section's own string, not by an equal one (a body or summary with the same words).
            Assert.Null(s.SectionTokens.Of(new string(section.Text.AsSpan())));
        }
        Assert.Equal(sections.Count, s.SectionTokens.Count);
    }

    [Fact]
    public void LearningStopsWhenAskedOrAtHalfTheBound()
    {
        var analyzer = DutchAnalyzer.WordByWord(_engine.Snapshot.Resources);
        var texts = new[] { "inwoners bellen", "boze brief", "balie kort", "wijkteam avond" };

        var asked = 0;
        var stopped = new WordTerms(analyzer);
        var stoppedTokens = new SectionTokens();
        stoppedTokens.Learn(texts, stopped, () => ++asked > 2);
        Assert.Equal(3, asked);
        Assert.True(stopped.Knows("boze") && !stopped.Knows("balie"));
        Assert.Equal(2, stoppedTokens.Count);
        Assert.NotNull(stoppedTokens.Of(texts[1]));
        Assert.Null(stoppedTokens.Of(texts[2]));

        // Room for 6 words: learning stops once 3 are known, after the text that reached them.
        var bounded = new WordTerms(analyzer, maxWords: 6);
        new SectionTokens().Learn(texts, bounded, () => false);
        Assert.True(bounded.Knows("boze") && bounded.Knows("brief"));
        Assert.False(bounded.Knows("balie"));
    }
}
