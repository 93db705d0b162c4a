using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

public class WordTokenTableTests
{
    [Fact]
    public void EveryWordIsFoundWithItsOwnTokensAfterTheTableGrows()
    {
        var table = new WordTokenTable();
        // Far past the first size of the table, with words that share prefixes, lengths and (some) hashes' low bits.
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i}").Concat(["a", "ab", "ba", "burgerparticipatie"]).ToList();
        var firsts = new Dictionary<string, int>();
        foreach (var word in words)
        {
            var parts = word.Length % 3 == 0 ? Array.Empty<string>() : word.Length % 3 == 1 ? [word + "-stam"] : [word, word + "-deel"];
            firsts[word] = table.Add(word, parts, parts.Select((_, k) => k == 0 ? 1 : 0).ToList(), parts.Select((_, k) => k == 0 ? null : "part").ToList());
        }

        Assert.Equal(words.Count, table.Count);
        foreach (var word in words)
        {
            Assert.True(table.TryGet(word.ToCharArray(), out var first, out var count), word);
            Assert.Equal(firsts[word], first);
            Assert.Equal(word.Length % 3 == 0 ? 0 : word.Length % 3, count);
            for (var k = 0; k < count; k++)
            {
                var token = table.TokenAt(first + k);
                var expected = word.Length % 3 == 1 ? word + "-stam" : k == 0 ? word : word + "-deel";
                Assert.Equal(expected, token.Term);
                Assert.Equal(expected, new string(table.Chars, token.TermStart, token.TermLength));
                Assert.Equal(k == 0 ? 1 : 0, token.Increment);
                Assert.Equal(k == 0 ? null : "part", token.Type);
            }
        }
        Assert.False(table.TryGet("w20000", out _, out _));
        Assert.False(table.TryGet("w1x", out _, out _));
        Assert.False(table.TryGet("b", out _, out _));
    }

    [Fact]
    public void ClearForgetsEveryWordAndTheTableFillsAgain()
    {
        var table = new WordTokenTable();
        for (var i = 0; i < 5_000; i++) table.Add($"woord{i}", [$"term{i}"], [1], [null]);
        table.Clear();

        Assert.Equal(0, table.Count);
        Assert.False(table.TryGet("woord1", out _, out _));
        var first = table.Add("woord1", ["ander"], [1], [null]);
        Assert.True(table.TryGet("woord1", out var found, out var count));
        Assert.Equal((first, 1), (found, count));
        Assert.Equal("ander", table.TokenAt(found).Term);
    }
}
