using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>
/// The built-in English list's general work vocabulary (its h/english2 section: idioms and phrasal verbs of work) takes
/// an English question to the Dutch tip of the product's library, through the search entry point the bot uses.
/// </summary>
public sealed class EnglishWorkVocabularyTests : IDisposable
{
    private readonly KnowledgeIndex _index = new(Path.Combine(RepositoryRoot.Find(), "knowledge"));

    public void Dispose() => _index.Dispose();

    [Theory]
    // "reinvent the wheel => wiel uitvinden, leren": the tip says "voordat je het wiel opnieuw uitvindt".
    [InlineData("we don't want to reinvent the wheel", "leer-van-andere-organisaties")]
    // "speak up => signalen, lef" and "go wrong => misgaan, fouten": the tip on passing signals on and showing nerve.
    [InlineData("how to speak up when things go wrong", "uitvoerders-toon-lef-en-geef-signalen-door")]
    public void AnEnglishIdiomOfWorkFindsTheDutchTip(string question, string tip)
    {
        var result = _index.Search(new SearchQuery(question));

        Assert.True(result.Answered, question);
        Assert.Equal(tip, result.Hits[0].Id);
    }
}
