using TipBot.Indexer.Library;
using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class CompoundDictionaryTests
{
    private static KnowledgeDocument Doc(string title, string summary, string[] tags, params (string Heading, string Text)[] sections) =>
        SampleLibrary.Doc("d-" + title.Length, DocumentKind.Tip, title, summary, tags, sections);

    [Fact]
    public void WordsAreRunsOfLettersLowerCasedAndFoldedAsTheAnalyzersFoldThem()
    {
        var words = CompoundDictionary.FromDocuments(
        [
            Doc("Burgerparticipatie in de Wijk", "Creëren met naïeve inwoners", ["klant-contact"],
                ("Straße en ﬁnancieel", "Collega's b.v. abc1 café’s wijkraad"), ("", "Wijkraad deze \u212Aelvin " + new string('x', 31))),
        ]).Words;

        // Lower-cased, accents folded (as ASCIIFoldingFilter folds: "ß" -> "ss", the "fi" ligature -> "fi", the Kelvin sign -> "k").
        Assert.Contains("burgerparticipatie", words);
        Assert.Contains("creeren", words);
        Assert.Contains("naieve", words);
        Assert.Contains("strasse", words);
        Assert.Contains("financieel", words);
        Assert.Contains("kelvin", words);
        Assert.Contains("wijkraad", words);
        Assert.Contains("klant", words);
        Assert.Contains("contact", words);
        // Tokens kept together by an apostrophe or dot, or with a digit, are not words; nor are the short and the overlong.
        Assert.DoesNotContain(words, w => w.Contains("collega") || w.Contains("cafe") || w.StartsWith("abc") || w.Length < CompoundSplitter.MinPart || w.Length > 30);
        // Stop words are left out, and the common parts are there whether the library uses them or not.
        Assert.DoesNotContain("deze", words);
        Assert.Contains("gemeente", words);
    }

    [Fact]
    public void TheWordsDoNotDependOnHowTheDocumentsAreSpreadOverThreads()
    {
        var library = KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Find(), "knowledge")).Documents;

        var all = CompoundDictionary.FromDocuments(library).Words.Order(StringComparer.Ordinal);
        var oneByOne = library.SelectMany(d => CompoundDictionary.FromDocuments([d]).Words).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(oneByOne, all);
    }
}
