namespace TipBot.Indexer.Search;

/// <summary>The hash of a word's characters for the flat word tables (<see cref="WordTokenTable"/>, <see cref="WordSet"/>).</summary>
internal static class WordHash
{
    // FNV-1a over the characters, then mixed so the low bits (the slot) depend on every character. Not randomised: a
    // table holds one library's words for one build or analysis, and its answers do not depend on where a word lands.
    public static int Of(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word) h = (h ^ c) * 16777619u;
        h ^= h >> 15;
        h *= 0x2c1b3c6du;
        h ^= h >> 12;
        return (int)(h & 0x7fffffff);
    }
}
