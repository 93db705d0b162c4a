using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class WordSetTests
{
    [Fact]
    public void EveryWordIsFoundOnceAfterTheSetGrows()
    {
        var set = new WordSet();
        // Far past the first size of the set, with words that share prefixes and lengths.
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i}").Concat(["a", "ab", "ba", "burgerparticipatie", "één"]).ToList();

        Assert.All(words, w => Assert.True(set.Add(w), w));
        Assert.All(words, w => Assert.False(set.Add(w.ToCharArray()), w));

        Assert.Equal(words.Count, set.Count);
        Assert.All(words, w => Assert.True(set.Contains(w), w));
        Assert.False(set.Contains("w20000"));
        Assert.False(set.Contains("w1x"));
        Assert.False(set.Contains("b"));
        Assert.False(set.Contains(""));
    }

    [Fact]
    public void AddToGivesTheStringsOfItsWordsBesideTheSetsOwn()
    {
        var set = new WordSet();
        foreach (var w in new[] { "wijk", "burger", "wijk", "raad" }) set.Add(w);
        var words = new HashSet<string>(["burger", "gemeente"], StringComparer.Ordinal);

        set.AddTo(words);

        Assert.Equal(["burger", "gemeente", "raad", "wijk"], words.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnEmptyWordIsRefused() => Assert.Throws<ArgumentException>(() => new WordSet().Add(""));
}
