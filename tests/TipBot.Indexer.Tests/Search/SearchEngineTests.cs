using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class SearchEngineTests : IDisposable
{
    private readonly TipSearchEngine _engine = SampleLibrary.Engine();

    public void Dispose() => _engine.Dispose();

    private SearchResult Search(string text, int top = 5) => _engine.Search(new SearchQuery(text) { Top = top });

    [Fact]
    public void FindsTheTipForAPlainQuestion()
    {
        var r = Search("hoe ga ik om met boze bellers");
        Assert.True(r.Answered);
        Assert.Equal("boze-bellers", r.Hits[0].Id);
    }

    [Fact]
    public void ACompoundFindsTheWordsApart()
    {
        var r = Search("burgerparticipatie");
        Assert.True(r.Answered);
        Assert.Equal("participatie-van-burgers", r.Hits[0].Id);
    }

    [Fact]
    public void ASynonymFindsTheTip()
    {
        var r = Search("inwoners betrekken bij een plan");
        Assert.Equal("participatie-van-burgers", r.Hits[0].Id);
    }

    [Fact]
    public void AOneWaySynonymWorksInTheDirectionTheFileDescribes()
    {
        KnowledgeDocument[] docs =
        [
            SampleLibrary.Doc("sociale-media", DocumentKind.Tip, "Reageer snel op sociale media", "Webcare in gewone taal.", ["online"],
                ("", "Op sociale media verwachten mensen binnen een uur antwoord.")),
            SampleLibrary.Doc("facebookgroep", DocumentKind.Tip, "Start een facebookgroep voor de wijk", "Een eigen groep voor de buurt.", ["online"],
                ("", "Op facebook vinden buurtbewoners elkaar snel.")),
        ];
        var resources = SearchResources.ForLibrary(docs, "facebook => facebook, sociale media", null, new List<TipBot.Indexer.Library.Diagnostic>());
        using var engine = TipSearchEngine.InMemory(docs, resources);
        var ids = (string q) => engine.Search(new SearchQuery(q)).Hits.Select(h => h.Id).ToList();
        Assert.Contains("sociale-media", ids("facebook"));
        Assert.DoesNotContain("facebookgroep", ids("sociale media"));
    }

    [Fact]
    public void EnglishFindsDutchTips()
    {
        var r = Search("angry citizens");
        Assert.True(r.Answered);
        Assert.Contains(r.Hits.Take(2), h => h.Id == "boze-bellers");
    }

    [Fact]
    public void TyposAreTolerated()
    {
        // Only the ranking: in a seven-document library BM25 scores are too small to judge "answered" on.
        var r = Search("partcipatie burgrs");
        Assert.Equal("participatie-van-burgers", r.Hits[0].Id);
    }

    [Fact]
    public void AccentsDoNotMatter()
    {
        Assert.Equal("creeer-draagvlak", Search("creeren draagvlak").Hits[0].Id);
        Assert.Equal("creeer-draagvlak", Search("creëer draagvlak").Hits[0].Id);
    }

    [Theory]
    [InlineData("wat is de hondenbelasting")]
    [InlineData("reset mijn wachtwoord")]
    [InlineData("hoe vraag ik een parkeervergunning aan")]
    public void OffTopicQuestionsAreNotAnswered(string text) => Assert.False(Search(text).Answered);

    [Fact]
    public void CoachesAreNeverReturnedUnlessAskedFor()
    {
        foreach (var q in new[] { "Anna de Vries", "coach participatie boze bellers", "telefoon" })
        {
            Assert.DoesNotContain(Search(q, 20).Hits, h => h.Kind == DocumentKind.Coach);
        }
        Assert.DoesNotContain(_engine.MoreLikeThis("boze-bellers", 10).Hits, h => h.Kind == DocumentKind.Coach);
        var coaches = _engine.Search(new SearchQuery("participatie") { Kind = DocumentKind.Coach });
        Assert.Equal("coach-anna", Assert.Single(coaches.Hits).Id);
    }

    [Fact]
    public void TheBestSectionAndAMarkedSnippetAreReturned()
    {
        var hit = Search("gesprek beëindigen bij schelden").Hits[0];
        Assert.Equal("boze-bellers", hit.Id);
        Assert.Equal("Grenzen", hit.Section);
        Assert.Contains("**schelden**", hit.Snippet);
        Assert.Contains("**beëindigen**", hit.Snippet);
        Assert.Equal("tips/boze-bellers.md", hit.Path);
    }

    [Fact]
    public void SnippetMarksSynonymsOfTheQuestion()
    {
        var hit = Search("burgers aan de telefoon").Hits.First(h => h.Id == "boze-bellers");
        Assert.Contains("**inwoner**", hit.Snippet);
    }

    [Fact]
    public void FiltersNarrowTheResults()
    {
        Assert.All(_engine.Search(new SearchQuery("boze inwoners") { Kind = DocumentKind.Case }).Hits, h => Assert.Equal(DocumentKind.Case, h.Kind));
        Assert.Equal("participatie-van-burgers", Assert.Single(_engine.Search(new SearchQuery("inwoners") { Perspective = "buurten" }).Hits).Id);
        Assert.Empty(_engine.Search(new SearchQuery("inwoners") { Audience = "bestuurder" }).Hits);
        Assert.Equal("brieven-b1", Assert.Single(_engine.Search(new SearchQuery("brief") { Tags = ["b1"] }).Hits).Id);
    }

    [Fact]
    public void PagingSkipsAndTakes()
    {
        var all = Search("inwoners", 10).Hits.Select(h => h.Id).ToList();
        var page = _engine.Search(new SearchQuery("inwoners") { Skip = 1, Top = 2 }).Hits.Select(h => h.Id).ToList();
        Assert.Equal(all.Skip(1).Take(2), page);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("title:boos AND (")]
    [InlineData("*?~^ [a TO ] {} \\ / ! -- ++ &&||")]
    [InlineData("boze* bell?r~2 \"onaf")]
    [InlineData("\0\u200b\ud83d\ude00 émoji")]
    [InlineData("de het een van")]
    public void HostileInputNeverThrows(string text)
    {
        var r = _engine.Search(new SearchQuery(text) { Top = 5 });
        Assert.False(r.Answered && string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain(r.Hits, h => h.Kind == DocumentKind.Coach);
    }

    [Fact]
    public void AVeryLongQueryIsHandled()
    {
        var text = string.Concat(Enumerable.Repeat("boze bellers aan de telefoon ", 500));
        Assert.Equal("boze-bellers", Search(text).Hits[0].Id);
        Assert.NotNull(_engine.Search(new SearchQuery("x") { Top = int.MaxValue, Skip = -5 }));
    }

    [Fact]
    public void MoreLikeThisNeverReturnsTheDocumentItself()
    {
        var r = _engine.MoreLikeThis("boze-bellers", 5);
        Assert.NotEmpty(r.Hits);
        Assert.DoesNotContain(r.Hits, h => h.Id == "boze-bellers");
        Assert.Empty(_engine.MoreLikeThis("no-such-id").Hits);
    }

    [Fact]
    public void GetAndDocumentsIncludeCoaches()
    {
        Assert.Equal(SampleLibrary.Documents.Count, _engine.Documents.Count);
        Assert.Equal(DocumentKind.Coach, _engine.Get("coach-anna")?.Kind);
        Assert.Null(_engine.Get("nope"));
    }
}
