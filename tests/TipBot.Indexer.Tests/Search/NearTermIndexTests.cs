using TipBot.Indexer.Search;

namespace TipBot.Indexer.Tests.Search;

/// <summary>Looking a word's deletions up must find exactly the terms that comparing it with every term finds.</summary>
public sealed class NearTermIndexTests
{
    private const string Letters = "aaaaeeeeiioouubdghklmnprsttvwzjcfé";

    [Fact]
    public void NearTermsAreEveryTermWithinTheDistanceOnAGeneratedVocabulary()
    {
        var random = new Random(7);
        // Words of every length under one first letter (as the snapshot keeps them), with doubled letters and runs, whose
        // deletions collide often.
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        while (vocabulary.Count < 6000)
        {
            var length = random.Next(1, 19);
            var word = new char[length];
            word[0] = 'v';
            for (var i = 1; i < length; i++) word[i] = random.Next(6) == 0 ? word[i - 1] : Letters[random.Next(Letters.Length)];
            vocabulary.Add(new string(word));
        }
        var terms = vocabulary.ToList();
        var index = NearTermIndex.Build(terms);
        Assert.Equal(terms.Count, index.Count);

        var found = 0;
        var bothLimits = new HashSet<int>();
        for (var n = 0; n < 3000; n++)
        {
            var word = n % 10 == 9 ? RandomWord(random, random.Next(1, 22)) : Edited(random, terms[random.Next(terms.Count)], edits: random.Next(0, 4));
            var expected = terms.Where(t => TermMatcher.IsNear(word, t))
                .OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, index.Near(word));
            found += expected.Count;
            if (expected.Count > 0) bothLimits.Add(QueryFactory.MaxEdits(word));
        }
        Assert.True(found > 3000, $"only {found} near terms found");
        Assert.Equal([1, 2], bothLimits.Order());
    }

    [Fact]
    public void NothingIsNearAnEmptyOrOverlongWord()
    {
        var index = NearTermIndex.Build(["vraag", "vragen", "vraagt"]);
        Assert.Empty(index.Near(""));
        Assert.Empty(index.Near("vraagtekenzetting"));
        Assert.Equal(["vraag"], index.Near("vraga"));
        Assert.Equal(["vraag", "vraagt"], index.Near("vraagd"));
        Assert.Empty(NearTermIndex.Build([]).Near("vraag"));
    }

    [Fact]
    public void EveryWordIsMatchedWithAtMostTheEditsTheIndexKeeps()
    {
        for (var length = 0; length <= 200; length++) Assert.InRange(QueryFactory.MaxEdits(new string('a', length)), 0, NearTermIndex.Deletions);
    }

    private static string RandomWord(Random random, int length) =>
        "v" + new string(Enumerable.Range(1, length - 1).Select(_ => Letters[random.Next(Letters.Length)]).ToArray());

    // Insertions, deletions, substitutions and adjacent transpositions, never of the first letter (near terms share it).
    private static string Edited(Random random, string term, int edits)
    {
        var c = term.ToList();
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(1, c.Count + 1);
            switch (random.Next(4))
            {
                case 0:
                    c.Insert(at, Letters[random.Next(Letters.Length)]);
                    break;
                case 1 when at < c.Count && c.Count > 1:
                    c.RemoveAt(at);
                    break;
                case 2 when at < c.Count:
                    c[at] = Letters[random.Next(Letters.Length)];
                    break;
                case 3 when at + 1 < c.Count:
                    (c[at], c[at + 1]) = (c[at + 1], c[at]);
                    break;
            }
        }
        return new string([.. c]);
    }
}
